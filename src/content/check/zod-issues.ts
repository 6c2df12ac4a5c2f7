/**
 * zod's issues in editors' Vietnamese. `vietnameseIssue` is passed to safeParse() as its error
 * map, so every issue kind gets a Vietnamese message (messages written in the schemas still
 * win); `issueAdvice` adds what to do about it.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const TYPE: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'có/không (true hoặc false)',
  date: 'một ngày dạng YYYY-MM-DD',
  array: 'một danh sách (mỗi mục một dòng "- …" thụt vào, hoặc [a, b])',
  object: 'một nhóm trường (các dòng "tên: giá trị" thụt vào bên dưới)',
};

/** How an editor would name a value found in YAML. */
export function kindOfValue(value: unknown): string {
  if (value === undefined) return 'không có';
  if (value === null) return 'để trống';
  if (value instanceof Date) return 'một ngày';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return 'chữ';
  if (typeof value === 'number') return Number.isInteger(value) ? 'một số nguyên' : 'một số';
  if (typeof value === 'boolean') return 'có/không';
  return 'một nhóm trường';
}

function size(origin: string | undefined, n: number | bigint): string {
  if (origin === 'string') return `${n} ký tự`;
  if (origin === 'array' || origin === 'set') return `${n} mục`;
  return String(n);
}

/** The Vietnamese message of any zod issue. */
export function vietnameseIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `trường bắt buộc: ${TYPE[issue.expected] ?? issue.expected}`;
      return TYPE[issue.expected] ?? String(issue.expected);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'không được để trống';
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'ít nhất một mục';
      return `ít nhất ${size(issue.origin, issue.minimum)}${issue.inclusive === false ? ' (không kể bằng)' : ''}`;
    case 'too_big':
      return `nhiều nhất ${size(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'một địa chỉ web đầy đủ, ví dụ https://nhandan.vn/…';
      if (issue.format === 'date' || issue.format === 'datetime') return 'một ngày dạng YYYY-MM-DD, ví dụ 2012-01-16';
      return `đúng định dạng ${issue.format}`;
    case 'not_multiple_of':
      return `một bội số của ${issue.divisor}`;
    case 'unrecognized_keys':
      return 'chỉ các trường có trong tham chiếu trường';
    case 'invalid_key':
      return 'tên trường hợp lệ';
    case 'invalid_element':
      return 'mỗi mục của danh sách hợp lệ';
    case 'invalid_union':
      return 'một giá trị đúng dạng';
    case 'invalid_value':
      return `một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'custom':
      return 'giá trị hợp lệ';
    default:
      return 'giá trị hợp lệ';
  }
}

/** What to do about an issue on `field`, whose value is `found`. */
export function issueAdvice(issue: z.core.$ZodIssue, field: string, found: unknown, description: string | undefined): string {
  const want = description ? ` (${description})` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `thêm dòng "${field.split('.').at(-1)}: …" vào đây${want}`;
      if (found === null) return `điền giá trị sau "${field}:"${want}, hoặc xóa cả dòng nếu trường không bắt buộc`;
      if (issue.expected === 'array') return `viết "${field}" thành danh sách: [${JSON.stringify(found)}] hoặc mỗi mục một dòng "- …"`;
      if (issue.expected === 'string' && typeof found === 'number') return `viết lại giá trị của "${field}"${want}`;
      return `viết "${field}" là ${TYPE[issue.expected] ?? issue.expected}${want}`;
    case 'too_small':
      return issue.origin === 'array' ? `thêm mục vào "${field}"${want}` : `điền "${field}"${want}`;
    case 'too_big':
      return `rút gọn "${field}"`;
    case 'invalid_format':
      return issue.format === 'url' ? 'chép nguyên địa chỉ bài gốc, bắt đầu bằng https://' : `sửa "${field}"${want}`;
    case 'invalid_value':
      return 'chép đúng một giá trị trong danh sách trên (kể cả dấu tiếng Việt)';
    case 'unrecognized_keys':
      return `xóa hoặc đổi tên trường lạ ${issue.keys.map((k) => `"${k}"`).join(', ')} (xem docs/tham-chieu-truong.md)`;
    default:
      return `sửa "${field}"${want}`;
  }
}
