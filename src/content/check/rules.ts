/**
 * The checks Astro does not do (or only logs): zod errors with a line number,
 * references to missing entries, duplicate document identities, duplicate lesson IDs,
 * slug collisions and former slugs that shadow live pages.
 */
import { z } from 'astro/zod';
import { makeSchemas, type CollectionName } from '../schemas.ts';
import type { RawEntry } from '../read.ts';
import type { ContentProblem } from './problem.ts';
import { normalizeSymbol } from '../vocabulary.ts';
import { formatDate } from '../../lib/format.ts';
import { describeField } from '../field-info.ts';
import { yamlAdvice } from '../yaml-errors.ts';
import { issueAdvice, kindOfValue, vietnameseIssue } from './zod-issues.ts';
import { checkRelations } from './relations.ts';
import { checkMdx } from './mdx-syntax.ts';
import { isPlaceholder } from '../placeholders.ts';

/** Marker left by the checker's reference factory so references can be found after parsing. */
interface RefMarker {
  __ref: CollectionName;
  id: string;
}

const checkerSchemas = makeSchemas((collection) =>
  z
    .string({ error: `id của một mục trong "${collection}"` })
    .transform((id): RefMarker => ({ __ref: collection, id })),
);

/** Each collection's name in an editor's words, for messages (the check's and the scaffold's). */
export const COLLECTION_LABEL: Record<CollectionName, string> = {
  'van-ban': 'văn bản',
  'bai-hoc': 'bộ bài học',
  'dai-hoi': 'đại hội',
  'chu-de-nam': 'chủ đề năm',
  'to-chuc': 'tổ chức',
  nguon: 'nguồn',
  'chu-de': 'chủ đề',
  'thuat-ngu': 'thuật ngữ',
};

/** An entry whose data passed its schema (references are markers with the target's id). */
export interface ParsedEntry {
  raw: RawEntry;
  data: Record<string, unknown>;
}

function show(value: unknown): string {
  if (value === undefined) return 'không có (trường bị thiếu)';
  if (value instanceof Date) return formatDate(value);
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current == null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('') || '(frontmatter)';
}

function schemaProblems(raw: RawEntry, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const found = valueAt(raw.data, path);
    const schema = checkerSchemas[raw.collection];
    if (issue.code === 'unrecognized_keys') {
      const position = raw.positionOf([...path, issue.keys[0] ?? '']);
      return {
        file: raw.file,
        ...position,
        field: issue.keys.map((k) => dotted([...path, k])).join(', '),
        expected: `chỉ các trường của ${COLLECTION_LABEL[raw.collection]} (content/${raw.collection}/)`,
        found: `trường lạ ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: issueAdvice(issue, dotted(path), found, undefined),
      };
    }
    const description = describeField(schema, path);
    // zod's own message names only the type; the field's description says what is wanted.
    // (A message written in the schema — a date, a Roman numeral, a slug — already says it.)
    const generic = ['invalid_type', 'too_small', 'too_big', 'invalid_union'].includes(issue.code);
    const expected = description && generic ? `${issue.message} — ${description}` : issue.message;
    return {
      file: raw.file,
      ...raw.positionOf(path),
      field: dotted(path),
      expected,
      found: found === undefined ? 'không có (trường bị thiếu)' : `${show(found)} (${kindOfValue(found)})`,
      fix: issueAdvice(issue, dotted(path), found, description),
    };
  });
}

function collectRefs(value: unknown, path: (string | number)[], out: { path: (string | number)[]; ref: RefMarker }[]) {
  if (value == null || typeof value !== 'object' || value instanceof Date) return;
  if ('__ref' in value && 'id' in value) {
    out.push({ path, ref: value as RefMarker });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectRefs(item, [...path, i], out));
    return;
  }
  for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], out);
}

function parseAll(entries: readonly RawEntry[], problems: ContentProblem[]): ParsedEntry[] {
  const parsed: ParsedEntry[] = [];
  for (const raw of entries) {
    if (raw.yamlError) {
      const advice = yamlAdvice(raw.yamlError.code, raw.yamlError.message);
      problems.push({
        file: raw.file,
        line: raw.yamlError.line,
        column: raw.yamlError.column,
        field: raw.collection === 'thuat-ngu' ? '(YAML)' : '(frontmatter)',
        expected: 'YAML hợp lệ: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách',
        found: advice.found,
        fix: advice.fix,
      });
      continue;
    }
    const result = checkerSchemas[raw.collection].safeParse(raw.data ?? {}, { error: vietnameseIssue });
    if (!result.success) {
      problems.push(...schemaProblems(raw, result.error));
      continue;
    }
    parsed.push({ raw, data: result.data as Record<string, unknown> });
  }
  return parsed;
}

function checkSlugs(entries: readonly RawEntry[], problems: ContentProblem[]) {
  const seen = new Map<string, RawEntry>();
  for (const raw of entries) {
    if (raw.collection === 'thuat-ngu' && raw.id.startsWith('#')) continue;
    const key = `${raw.collection}/${raw.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: raw.file,
        ...(raw.collection === 'thuat-ngu' ? raw.positionOf(['id']) : {}),
        field: raw.collection === 'thuat-ngu' ? 'id' : '(tên tệp)',
        expected: `mỗi ${COLLECTION_LABEL[raw.collection]} một đường dẫn riêng`,
        found: `"${raw.id}" trùng với ${first.file}`,
        fix:
          raw.collection === 'thuat-ngu'
            ? 'đặt id khác cho một trong hai thuật ngữ'
            : `đổi tên một trong hai tệp: tên tệp bỏ dấu (đ→d) thành đường dẫn /${raw.collection}/${raw.id}/, nên hai tệp không được trùng sau khi bỏ dấu`,
      });
    } else {
      seen.set(key, raw);
    }
  }
  return seen;
}

function checkReferences(parsed: readonly ParsedEntry[], live: Map<string, RawEntry>, problems: ContentProblem[]) {
  for (const entry of parsed) {
    const refs: { path: (string | number)[]; ref: RefMarker }[] = [];
    collectRefs(entry.data, [], refs);
    for (const { path, ref } of refs) {
      if (live.has(`${ref.__ref}/${ref.id}`)) continue;
      const candidates = [...live.values()].filter((e) => e.collection === ref.__ref).map((e) => e.id);
      const near = candidates.filter((id) => id.includes(ref.id) || ref.id.includes(id)).slice(0, 3);
      problems.push({
        file: entry.raw.file,
        ...entry.raw.positionOf(path),
        field: dotted(path),
        expected: `id của một ${COLLECTION_LABEL[ref.__ref]} có trong content/${ref.__ref}/`,
        found: `"${ref.id}" (không có mục nào như vậy)`,
        fix: near.length
          ? `có phải ý bạn là ${near.map((id) => `"${id}"`).join(' hoặc ')}? Nếu không, thêm tệp content/${ref.__ref}/${ref.id}.md`
          : `sửa id, hoặc thêm tệp content/${ref.__ref}/${ref.id}.md`,
      });
    }
  }
}

/**
 * Party symbols restart every term, so a document's identity is its symbol plus its
 * date of issue (or, when the date is unknown, its term). Two entries are the same
 * document when the symbol agrees and neither the dates nor the terms tell them apart.
 */
function checkDocumentIdentity(parsed: readonly ParsedEntry[], problems: ContentProblem[]) {
  const docs = parsed.filter((e) => e.raw.collection === 'van-ban' && typeof e.data.symbol === 'string');
  // Grouped by symbol first, so only documents sharing a symbol are compared (linear in practice).
  const bySymbol = new Map<string, ParsedEntry[]>();
  for (const doc of docs) {
    const key = normalizeSymbol(String(doc.data.symbol));
    bySymbol.set(key, [...(bySymbol.get(key) ?? []), doc]);
  }
  for (const group of bySymbol.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = group[j]!;
        const b = group[i]!;
        const da = a.data.date instanceof Date ? a.data.date.getTime() : undefined;
        const db = b.data.date instanceof Date ? b.data.date.getTime() : undefined;
        const ta = a.data.term as string | undefined;
        const tb = b.data.term as string | undefined;
        const datesDiffer = da !== undefined && db !== undefined && da !== db;
        const termsDiffer = ta !== undefined && tb !== undefined && ta !== tb;
        if (datesDiffer || termsDiffer) continue;
        problems.push({
          file: b.raw.file,
          ...b.raw.positionOf(['symbol']),
          field: 'symbol',
          expected: 'mỗi văn bản (số hiệu + ngày ban hành hoặc khóa) chỉ có một tệp',
          found: `"${String(b.data.symbol)}" ${db !== undefined ? `ngày ${formatDate(new Date(db))}` : tb ? `khóa ${tb}` : 'không rõ ngày, khóa'} đã có ở ${a.raw.file}`,
          fix: 'nếu là cùng một văn bản, gộp hai tệp làm một; nếu là hai văn bản khác nhau (số hiệu Đảng đánh lại từ đầu mỗi khóa), ghi date hoặc term cho cả hai để phân biệt',
        });
      }
    }
  }
}

function checkLessonIds(parsed: readonly ParsedEntry[], problems: ContentProblem[]) {
  // Positions only for a problem: finding one may parse the frontmatter again (src/content/frontmatter-cache.ts).
  const seen = new Map<string, { raw: RawEntry; index: number }>();
  for (const entry of parsed.filter((e) => e.raw.collection === 'bai-hoc')) {
    const lessons = (entry.data.lessons as { id: string }[] | undefined) ?? [];
    lessons.forEach((lesson, index) => {
      const first = seen.get(lesson.id);
      if (first) {
        const firstLine = first.raw.lineOf(['lessons', first.index, 'id']);
        problems.push({
          file: entry.raw.file,
          ...entry.raw.positionOf(['lessons', index, 'id']),
          field: `lessons[${index}].id`,
          expected: 'ID bài học duy nhất trong toàn bộ kho (nó là neo và liên kết ngắn /l/<id>/)',
          found: `"${lesson.id}" đã dùng ở ${first.raw.file}${firstLine ? `:${firstLine}` : ''}`,
          fix: 'đặt ID mới cho bài học mới thêm; không bao giờ đổi ID của bài học đã công bố',
        });
      } else {
        seen.set(lesson.id, { raw: entry.raw, index });
      }
    });
  }
}

function checkFormerSlugs(parsed: readonly ParsedEntry[], live: Map<string, RawEntry>, problems: ContentProblem[]) {
  const claimed = new Map<string, string>();
  for (const entry of parsed) {
    const former = (entry.data.formerSlugs as string[] | undefined) ?? [];
    former.forEach((slug, index) => {
      const key = `${entry.raw.collection}/${slug}`;
      const liveEntry = live.get(key);
      const other = claimed.get(key);
      if (liveEntry || other) {
        problems.push({
          file: entry.raw.file,
          ...entry.raw.positionOf(['formerSlugs', index]),
          field: `formerSlugs[${index}]`,
          expected: 'một đường dẫn cũ không còn trang nào dùng',
          found: `"${slug}" đang là đường dẫn của ${liveEntry ? liveEntry.file : other}`,
          fix: 'xóa dòng này khỏi formerSlugs, hoặc đổi tên trang đang dùng đường dẫn đó',
        });
      } else {
        claimed.set(key, entry.raw.file);
      }
    });
  }
}

/** A document's legal dates must be in order, and a replaced document does not replace its replacement. */
function checkLegalStatus(parsed: readonly ParsedEntry[], problems: ContentProblem[]) {
  for (const doc of parsed.filter((e) => e.raw.collection === 'van-ban')) {
    const { effective, expires, date, replacedBy, replaces } = doc.data as { effective?: Date; expires?: Date; date?: Date; replacedBy?: string; replaces?: string[] };
    if (effective && expires && expires.getTime() < effective.getTime()) {
      problems.push({
        file: doc.raw.file,
        line: doc.raw.lineOf(['expires']),
        field: 'expires',
        expected: 'ngày hết hiệu lực không sớm hơn ngày có hiệu lực',
        found: `hết hiệu lực ${formatDate(expires)}, có hiệu lực ${formatDate(effective)}`,
        fix: 'đối chiếu lại hai ngày với nguồn; nếu nguồn chỉ nêu một ngày, bỏ ngày kia',
      });
    }
    if (date && effective && effective.getTime() < date.getTime()) {
      problems.push({
        file: doc.raw.file,
        line: doc.raw.lineOf(['effective']),
        field: 'effective',
        expected: 'ngày có hiệu lực không sớm hơn ngày ban hành',
        found: `có hiệu lực ${formatDate(effective)}, ban hành ${formatDate(date)}`,
        fix: 'đối chiếu lại ngày có hiệu lực (effective) và ngày ban hành (date) với nguồn',
      });
    }
    if (replacedBy && (replaces ?? []).includes(replacedBy)) {
      problems.push({
        file: doc.raw.file,
        line: doc.raw.lineOf(['replacedBy']),
        field: 'replacedBy',
        expected: 'văn bản thay thế khác với văn bản bị thay thế',
        found: `"${replacedBy}" vừa thay thế văn bản này (replacedBy) vừa bị văn bản này thay thế (replaces)`,
        fix: 'giữ một chiều đúng theo nguồn: bỏ "' + replacedBy + '" khỏi replacedBy hoặc khỏi replaces',
      });
    }
  }
}

/** Every string in `value` still holding the scaffold's placeholder, with its path. */
function placeholdersIn(value: unknown, path: (string | number)[], out: { path: (string | number)[]; text: string }[]) {
  if (isPlaceholder(value)) out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => placeholdersIn(v, [...path, i], out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) placeholdersIn(v, [...path, key], out);
  }
}

/** A page the scaffold wrote is not published until the editor has replaced its placeholders. */
export function checkPlaceholders(entries: readonly RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const raw of entries) {
    const found: { path: (string | number)[]; text: string }[] = [];
    placeholdersIn(raw.data, [], found);
    for (const { path, text } of found) {
      problems.push({
        file: raw.file,
        ...raw.positionOf(path),
        field: dotted(path),
        expected: 'nội dung thật, viết bằng lời của sổ tay theo nguồn',
        found: show(text),
        fix: 'thay cả chỗ “(cần điền: …)” bằng nội dung; nếu nguồn không nói, bỏ mục đó đi',
      });
    }
    // The body, after the frontmatter's closing "---".
    const lines = raw.source.split(/\r?\n/);
    const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1 : 0;
    lines.forEach((line, i) => {
      if (i < bodyStart || !isPlaceholder(line)) return;
      problems.push({
        file: raw.file,
        line: i + 1,
        column: line.normalize('NFC').indexOf('(cần điền: ') + 1,
        field: '(nội dung)',
        expected: 'nội dung thật, viết bằng lời của sổ tay theo nguồn',
        found: show(line.trim()),
        fix: 'thay cả chỗ “(cần điền: …)” bằng nội dung; nếu nguồn không nói, bỏ đoạn đó đi',
      });
    });
  }
  return problems;
}

export function runRules(entries: readonly RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = checkSlugs(entries, problems);
  const parsed = parseAll(entries, problems);
  checkReferences(parsed, live, problems);
  checkDocumentIdentity(parsed, problems);
  checkLessonIds(parsed, problems);
  checkFormerSlugs(parsed, live, problems);
  checkRelations(parsed, problems);
  checkLegalStatus(parsed, problems);
  problems.push(...checkMdx(entries));
  problems.push(...checkPlaceholders(entries));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
