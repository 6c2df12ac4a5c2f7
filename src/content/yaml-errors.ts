/**
 * YAML syntax errors for editors: where the mistake is (the `yaml` library reports some of
 * them where it noticed, which can be a line before or after) and what it means, in Vietnamese.
 */
import type { YAMLError } from 'yaml';

/** 1-based line and column of the character at `offset` in `text`. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Offset of the opening character on the last line before `offset` that leaves one unclosed. */
function lastUnclosed(text: string, offset: number, open: string, close: string): number | undefined {
  let start = 0;
  let found: number | undefined;
  for (const line of text.slice(0, offset).split('\n')) {
    const opens = line.split(open).length - 1;
    const unclosed = open === close ? opens % 2 === 1 : opens > line.split(close).length - 1;
    if (unclosed) found = start + (open === close ? line.lastIndexOf(open) : line.indexOf(open));
    start += line.length + 1;
  }
  return found;
}

/**
 * Where in the file an editor should look: the line that opened an unclosed quote or bracket,
 * the line after a value when that next line is the mis-indented one.
 */
export function yamlErrorPosition(yaml: string, error: YAMLError, offsetLines: number): { line: number; column: number } {
  let offset = error.pos[0];
  const unclosed = /Missing closing (["'])quote/.exec(error.message);
  if (unclosed) {
    offset = lastUnclosed(yaml, offset, unclosed[1]!, unclosed[1]!) ?? offset;
  } else if (/end with a \]/.test(error.message)) {
    offset = lastUnclosed(yaml, offset, '[', ']') ?? offset;
  } else if (/end with a \}/.test(error.message)) {
    offset = lastUnclosed(yaml, offset, '{', '}') ?? offset;
  } else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // Noticed at a value ("title: B") when the mistake is the indented line under it.
    // Unless the value itself holds ": " (title: Bài A: phỏng vấn), which is this line's mistake.
    const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = yaml.indexOf('\n', offset);
    const rest = yaml.slice(offset, lineEnd === -1 ? undefined : lineEnd);
    if (yaml.slice(lineStart, offset).trim() !== '' && !/:(\s|$)/.test(rest)) {
      const next = /\n[ \t]*(?=\S)/g;
      next.lastIndex = offset;
      const match = next.exec(yaml);
      if (match) offset = match.index + match[0].length;
    }
  }
  const { line, column } = positionAt(yaml, offset);
  return { line: line + offsetLines, column };
}

export interface YamlAdvice {
  /** what is wrong, in plain words */
  found: string;
  fix: string;
}

/** The yaml library's error codes, in editors' words. */
const ADVICE: Record<string, YamlAdvice> = {
  MISSING_CHAR: {
    found: 'thiếu một ký tự bắt buộc',
    fix: 'kiểm tra dòng này: mỗi dòng dạng "tên: giá trị", mỗi mục danh sách bắt đầu bằng "- "',
  },
  BAD_INDENT: {
    found: 'thụt lề không đúng',
    fix: 'các trường cùng cấp phải bắt đầu ở cùng một cột; thụt lề bằng dấu cách (thường 2), không dùng Tab',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    found: 'một dòng bị thụt lề sâu hơn trường ở trên nó, hoặc giá trị chứa ": " mà không đặt trong ngoặc kép',
    fix: 'đưa dòng này về cùng cột với các trường khác; nếu giá trị có dấu hai chấm, đặt cả giá trị trong ngoặc kép "…"',
  },
  MULTILINE_IMPLICIT_KEY: {
    found: 'tên trường bị xuống dòng hoặc thiếu dấu hai chấm sau tên trường',
    fix: 'viết "tên: giá trị" trên cùng một dòng, có dấu cách sau dấu hai chấm',
  },
  DUPLICATE_KEY: {
    found: 'một trường được viết hai lần',
    fix: 'giữ lại một dòng cho trường này và xóa dòng kia',
  },
  TAB_AS_INDENT: {
    found: 'thụt lề bằng phím Tab',
    fix: 'thay Tab bằng dấu cách (thường 2 dấu cách mỗi cấp)',
  },
  UNEXPECTED_TOKEN: {
    found: 'có chữ thừa sau giá trị',
    fix: 'nếu giá trị có dấu ngoặc kép ở giữa, đặt cả giá trị trong ngoặc đơn \'…\' hoặc bỏ ngoặc kép; xóa phần thừa',
  },
  BAD_SCALAR_START: {
    found: 'giá trị bắt đầu bằng một ký tự đặc biệt của YAML (ví dụ @, `, %, |, >)',
    fix: 'đặt cả giá trị trong ngoặc kép "…"',
  },
  BAD_DQ_ESCAPE: {
    found: 'dấu \\ trong ngoặc kép không hợp lệ',
    fix: 'viết \\\\ cho một dấu \\, hoặc dùng ngoặc đơn \'…\'',
  },
  BLOCK_IN_FLOW: {
    found: 'danh sách dạng dòng (- …) nằm trong ngoặc [ ] hoặc { }',
    fix: 'dùng một trong hai cách: [a, b] trên một dòng, hoặc mỗi mục một dòng bắt đầu bằng "- "',
  },
  MULTIPLE_DOCS: {
    found: 'có thêm một dòng --- trong frontmatter',
    fix: 'frontmatter chỉ nằm giữa dòng --- đầu tiên và dòng --- thứ hai; xóa dòng --- thừa',
  },
  BAD_ALIAS: { found: 'ký tự * mở đầu giá trị', fix: 'đặt cả giá trị trong ngoặc kép "…"' },
  MULTIPLE_ANCHORS: { found: 'ký tự & dùng nhiều lần', fix: 'đặt cả giá trị trong ngoặc kép "…"' },
  MULTIPLE_TAGS: { found: 'ký tự ! dùng nhiều lần', fix: 'đặt cả giá trị trong ngoặc kép "…"' },
  TAG_RESOLVE_FAILED: { found: 'giá trị bắt đầu bằng ! không hợp lệ', fix: 'đặt cả giá trị trong ngoặc kép "…"' },
  KEY_OVER_1024_CHARS: { found: 'tên trường quá dài (hoặc thiếu xuống dòng)', fix: 'mỗi trường một dòng "tên: giá trị"' },
  NO_FRONTMATTER: {
    found: 'tệp không bắt đầu bằng khối frontmatter giữa hai dòng ---',
    fix: 'dòng đầu tiên của tệp phải là ---, rồi các trường, rồi một dòng --- nữa (npm run new tạo sẵn khung này)',
  },
};

/** What a YAML error means and how to fix it; the library's English text is never shown alone. */
export function yamlAdvice(code: string, message: string): YamlAdvice {
  if (/Missing closing (["'])quote/.test(message)) {
    return {
      found: 'một dấu ngoặc kép (hoặc ngoặc đơn) được mở mà không đóng',
      fix: 'thêm dấu ngoặc đóng ở cuối giá trị trên dòng này; nếu giá trị có dấu " bên trong, đặt cả giá trị trong ngoặc đơn \'…\'',
    };
  }
  if (/end with a [\]}]/.test(message)) {
    return { found: 'dấu ngoặc [ hoặc { được mở mà không đóng', fix: 'thêm ] (hoặc }) ở cuối danh sách trên dòng này' };
  }
  if (/followed by map values/.test(message)) {
    return { found: 'một dòng không có dấu hai chấm, hoặc một mục danh sách thụt lề sai', fix: 'viết "tên: giá trị", hoặc đưa "- mục" về cùng cột với các mục khác' };
  }
  return ADVICE[code] ?? { found: 'cú pháp YAML không hợp lệ', fix: 'kiểm tra thụt lề, dấu hai chấm sau tên trường và dấu ngoặc kép ở dòng này' };
}
