/**
 * MDX syntax, checked before Astro compiles: an unclosed tag or a stray `{` or `<` stops the
 * build with the file, line and column of the mistake and what to do, in Vietnamese, instead of
 * the MDX compiler's English (which, for an unclosed tag, even lacks the line).
 * Parsing with remark-mdx is what Astro's MDX compile does first, so the same files fail.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { RawEntry } from '../read.ts';
import type { ContentProblem } from './problem.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

interface MdxMessage {
  reason?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

function advice(reason: string, ruleId: string | undefined): { found: string; fix: string } {
  const closing = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (closing) return { found: `thẻ <${closing[1]}> mở ở đây nhưng không có thẻ đóng </${closing[1]}>`, fix: `thêm </${closing[1]}> sau nội dung của thẻ, hoặc viết <${closing[1]} /> nếu thẻ không có nội dung` };
  const mismatch = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason);
  if (mismatch) return { found: `thẻ đóng </${mismatch[1]}> không khớp thẻ đang mở <${mismatch[2]}>`, fix: `đóng <${mismatch[2]}> bằng </${mismatch[2]}> trước, hoặc sửa tên thẻ cho khớp` };
  if (/closing brace/.test(reason)) return { found: 'dấu { mở một biểu thức mà không có dấu } đóng', fix: 'trong .mdx, { … } là mã; thêm }, hoặc viết \\{ nếu muốn chữ {' };
  if (ruleId === 'acorn' && /import\/exports/.test(reason)) return { found: 'dòng import/export không đúng cú pháp', fix: 'viết đủ, ví dụ import X from "./x.astro"; hoặc bỏ dòng này' };
  if (ruleId === 'acorn') return { found: 'biểu thức trong { } không đúng cú pháp', fix: 'sửa biểu thức, hoặc viết \\{ và \\} nếu muốn chữ { }' };
  if (/before name|after name|in name|Unexpected character/.test(reason)) return { found: 'dấu < không mở một thẻ hợp lệ', fix: 'trong .mdx, < mở một thẻ; viết &lt; (hoặc \\<) nếu muốn chữ <, ví dụ "&lt;3"' };
  if (/lazy line|Unexpected lazy/.test(reason)) return { found: 'một dòng trong thẻ hoặc trích dẫn bị thụt lề sai', fix: 'thụt lề dòng này cho khớp với dòng trên, hoặc để một dòng trống trước nó' };
  if (/end of file/.test(reason)) return { found: 'tệp kết thúc khi một thẻ hoặc biểu thức còn mở', fix: 'đóng thẻ (</…>) hoặc biểu thức (}) còn mở' };
  return { found: 'cú pháp MDX không hợp lệ', fix: 'kiểm tra thẻ <…> và dấu { } ở dòng này; nếu không cần thẻ, đổi tệp thành .md' };
}

/** Problems in the MDX bodies of `entries` (Markdown files are not parsed here). */
export function checkMdx(entries: readonly RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.file.endsWith('.mdx') || entry.yamlError) continue;
    // The frontmatter becomes blank lines, so the positions MDX gives are the file's own.
    const body = entry.source.replace(/^---\r?\n[\s\S]*?\r?\n?---(?=\r?\n|$)/, (front) => front.replace(/[^\n]/g, ''));
    try {
      parser.parse(body);
    } catch (error) {
      const message = error as MdxMessage;
      const reason = message.reason ?? String(error);
      // For an unclosed tag the message has no place, only the tag's range in parentheses.
      const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
      const line = message.line ?? message.place?.start?.line ?? message.place?.line ?? (inReason ? Number(inReason[1]) : undefined);
      const column = message.column ?? message.place?.start?.column ?? message.place?.column ?? (inReason ? Number(inReason[2]) : undefined);
      const { found, fix } = advice(reason, message.ruleId);
      problems.push({ file: entry.file, line, column, field: '(nội dung MDX)', expected: 'MDX hợp lệ: mỗi thẻ <…> được đóng, mỗi { có }', found, fix });
    }
  }
  return problems;
}
