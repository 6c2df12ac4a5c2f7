/**
 * The field reference for editors (docs/tham-chieu-truong.md), generated from the zod schemas:
 * each field's description, whether it is required, its kind of value, its allowed values and
 * default. `npm run docs:fields` writes it; a test fails when the file is stale.
 */
import { z } from 'astro/zod';
import { fieldInfo } from './field-info.ts';
import { COLLECTIONS, makeSchemas, type CollectionName } from './schemas.ts';

/** What each collection holds and where its files go, for the reference's headings. */
export const COLLECTION_GUIDE: Record<CollectionName, { label: string; where: string }> = {
  'van-ban': { label: 'Văn bản', where: '`content/van-ban/<số hiệu>-<năm>.md`, ví dụ `12-nq-tw-2012.md`' },
  'bai-hoc': { label: 'Bộ bài học kinh nghiệm', where: '`content/bai-hoc/<tổ chức>-<giai đoạn>.md`' },
  'dai-hoi': { label: 'Đại hội', where: '`content/dai-hoi/<tổ chức>-<nhiệm kỳ>.md`' },
  'chu-de-nam': { label: 'Chủ đề năm', where: '`content/chu-de-nam/<tổ chức>-<năm>.md`' },
  'to-chuc': { label: 'Tổ chức', where: '`content/to-chuc/<tên>.md`' },
  nguon: { label: 'Nguồn (bài báo, tham luận, tra cứu)', where: '`content/nguon/<nơi đăng>-<năm>-<người>.md`' },
  'chu-de': { label: 'Chủ đề', where: '`content/chu-de/<tên>.md` (hoặc `.mdx`)' },
  'thuat-ngu': { label: 'Thuật ngữ', where: 'một tệp `content/thuat-ngu.yaml`, mỗi thuật ngữ một mục `- id: …`' },
};

const docSchemas = makeSchemas((collection) => z.string().describe(`id của một mục trong content/${collection}/`));

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rows(shape: Record<string, z.ZodType>, prefix: string): string[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const info = fieldInfo(schema);
    const extra = [
      info.values ? `giá trị: ${info.values.map((v) => `\`${v}\``).join(', ')}` : '',
      info.defaultValue !== undefined && !(Array.isArray(info.defaultValue) && info.defaultValue.length === 0) && !(typeof info.defaultValue === 'object' && !Array.isArray(info.defaultValue))
        ? `mặc định: \`${String(info.defaultValue)}\``
        : '',
    ].filter(Boolean);
    const field = `${prefix}${name}`;
    const row = `| \`${field}\` | ${info.required ? 'có' : 'không'} | ${info.kind} | ${cell([info.description ?? '', ...extra].filter(Boolean).join('; '))} |`;
    const nested = info.fields ? rows(info.fields, `${field}${info.kind.startsWith('danh sách') ? '[]' : ''}.`) : [];
    return [row, ...nested];
  });
}

/** The whole reference, as Markdown. */
export function fieldReference(): string {
  const parts = [
    '# Tham chiếu trường',
    '',
    '<!-- Tệp này được sinh từ src/content/schemas.ts bằng `npm run docs:fields`; đừng sửa tay. -->',
    '',
    'Mọi trường của mọi loại nội dung, lấy từ lược đồ mà bản dựng dùng để kiểm tra. "Bắt buộc: có"',
    'nghĩa là thiếu trường này thì bản dựng dừng và chỉ ra dòng cần thêm. Trường `a[].b` là trường `b`',
    'của mỗi mục trong danh sách `a`. Cách làm từng bước: [hướng dẫn biên tập](huong-dan-bien-tap.md).',
  ];
  for (const collection of COLLECTIONS) {
    const guide = COLLECTION_GUIDE[collection];
    const info = fieldInfo(docSchemas[collection]);
    parts.push(
      '',
      `## ${guide.label} (\`${collection}\`)`,
      '',
      `Tệp: ${guide.where}.${collection === 'thuat-ngu' ? '' : ` Tạo khung: \`npm run new -- ${collection}\`.`}`,
      '',
      '| trường | bắt buộc | kiểu | nội dung |',
      '|---|---|---|---|',
      ...rows(info.fields ?? {}, ''),
    );
  }
  return `${parts.join('\n')}\n`;
}
