/**
 * The content model, written once and used twice:
 *  - by Astro (src/content.config.ts), with `reference()` for cross-references;
 *  - by our own content checker (src/content/check), with a plain string in
 *    place of `reference()`, so it can report zod errors with file and line
 *    before Astro starts, and check references itself.
 *
 * Field names are English (code convention); each field's `.describe()` says in Vietnamese what
 * it holds: the content check quotes it in its messages, and `npm run docs:fields` writes the
 * field reference (docs/tham-chieu-truong.md) from it.
 */
import { z } from 'astro/zod';
import { DOCUMENT_KINDS } from './vocabulary.ts';

export const COLLECTIONS = [
  'van-ban',
  'bai-hoc',
  'dai-hoi',
  'chu-de-nam',
  'to-chuc',
  'nguon',
  'chu-de',
  'thuat-ngu',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Builds a reference field: Astro's `reference()` in the site, a slug string in the checker.
 * Generic so that the site's types see `{ collection, id }` for every reference.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** The document kinds the model accepts (src/content/vocabulary.ts). */
export { DOCUMENT_KINDS };

export const CONFIDENCE = ['cao', 'trung bình'] as const;

/** A document's legal status; "chưa xác định" (not stated) unless a source says otherwise. */
export const DOCUMENT_STATUSES = ['còn hiệu lực', 'hết hiệu lực', 'được thay thế', 'chưa xác định'] as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const romanPattern = /^[IVXLC]+$/;

/**
 * A calendar day. YAML gives a Date for `2012-01-16` and a string for "2012-01-16";
 * both are accepted, and impossible days such as 2012-02-30 are rejected
 * (a JavaScript Date would silently roll them over to March).
 */
export const day = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'không phải ngày hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2012-01-16' });
        return z.NEVER;
      }
      return value;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải ngày hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2012-01-16`,
      });
      return z.NEVER;
    }
    return date;
  });

const text = z.string().trim().min(1);
const roman = z.string().regex(romanPattern, 'khóa viết bằng số La Mã in hoa, ví dụ XI');
const slug = z.string().regex(slugPattern, 'chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ nq-tw-4');

/** Editors keep a renamed page's published slugs here; each becomes a redirect. */
const formerSlugs = z
  .array(slug)
  .default([])
  .describe('các đường dẫn cũ của trang đã đổi tên; mỗi đường dẫn thành một trang chuyển hướng');

export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const refs = (collection: CollectionName, what: string) =>
    z.array(ref(collection)).default([]).describe(`${what}: danh sách id trong content/${collection}/`);
  const sourcesOf = (what: string) =>
    z.array(ref('nguon')).min(1, `mỗi ${what} cần ít nhất một nguồn`).describe('các nguồn nêu những điều ghi ở đây: danh sách id trong content/nguon/, ít nhất một');
  const topics = refs('chu-de', 'các chủ đề');

  const document = z
    .object({
      symbol: text.optional().describe('số hiệu, ví dụ 12-NQ/TW; bỏ trống khi nguồn không nêu'),
      kind: z.enum(DOCUMENT_KINDS).describe('loại văn bản'),
      issuer: text.describe('cơ quan ban hành, ví dụ Ban Chấp hành Trung ương, Bộ Chính trị'),
      term: roman.optional().describe('khóa của cơ quan ban hành: một số La Mã in hoa, ví dụ XI'),
      date: day.optional().describe('ngày ban hành, dạng YYYY-MM-DD, ví dụ 2012-01-16'),
      subject: text.optional().describe('trích yếu, chép đúng nguyên văn'),
      confidence: z
        .object({
          date: z.enum(CONFIDENCE).optional().describe('độ tin cậy của ngày ban hành'),
          subject: z.enum(CONFIDENCE).optional().describe('độ tin cậy của trích yếu'),
        })
        .strict()
        .default({})
        .describe('độ tin cậy của dữ kiện tra cứu, khi không phải "cao"'),
      informalNames: z
        .array(text)
        .default([])
        .describe('cách bài viết gọi văn bản, ví dụ "Nghị quyết Trung ương 4 khóa XI"; trích dẫn như vậy sẽ được liên kết tới trang này'),
      status: z.enum(DOCUMENT_STATUSES).default('chưa xác định').describe('tình trạng hiệu lực, đúng như một nguồn trong content/nguon nêu; không bao giờ đoán'),
      effective: day.optional().describe('ngày có hiệu lực, khi nguồn nêu'),
      expires: day.optional().describe('ngày hết hiệu lực, khi nguồn nêu'),
      replacedBy: ref('van-ban').optional().describe('văn bản thay thế văn bản này, khi nguồn nêu (chiều ngược của "replaces")'),
      implements: refs('van-ban', 'các văn bản mà văn bản này triển khai, thực hiện (ban hành trước nó)'),
      replaces: refs('van-ban', 'các văn bản mà văn bản này thay thế'),
      guides: refs('van-ban', 'các văn bản mà văn bản này hướng dẫn'),
      related: refs('van-ban', 'các văn bản liên quan'),
      topics,
      sources: sourcesOf('văn bản'),
      formerSlugs,
    })
    .strict();

  const lesson = z
    .object({
      id: slug.describe('ID ổn định của bài học: neo và liên kết ngắn /l/<id>/; không suy ra từ lời văn, không bao giờ đổi hay dùng lại'),
      title: text.describe('tên ngắn của bài học'),
      text: text.describe('nội dung bài học bằng lời của sổ tay (Markdown)'),
      topics,
    })
    .strict();

  const lessonSet = z
    .object({
      title: text.describe('tên bộ bài học'),
      organization: ref('to-chuc').describe('tổ chức rút ra bài học: id trong content/to-chuc/'),
      period: text.optional().describe('giai đoạn rút ra bài học, ví dụ 2015–2020'),
      date: day.optional().describe('ngày nêu bài học (ngày của nguồn), dạng YYYY-MM-DD'),
      congress: ref('dai-hoi').optional().describe('đại hội nêu bài học: id trong content/dai-hoi/'),
      lessons: z.array(lesson).min(1, 'mỗi bộ cần ít nhất một bài học').describe('các bài học, ít nhất một'),
      topics,
      documents: refs('van-ban', 'các văn bản bộ bài học nhắc tới'),
      sources: sourcesOf('bộ bài học'),
      formerSlugs,
    })
    .strict();

  const congress = z
    .object({
      title: text.describe('tên đại hội'),
      organization: ref('to-chuc').describe('tổ chức họp đại hội: id trong content/to-chuc/'),
      ordinal: roman.optional().describe('lần thứ: một số La Mã in hoa, ví dụ III, khi nguồn nêu'),
      term: roman.optional().describe('khóa của ban chấp hành: một số La Mã in hoa, ví dụ XI, khi nguồn nêu'),
      period: text.describe('nhiệm kỳ, ví dụ 2015–2020'),
      date: day.optional().describe('ngày khai mạc, dạng YYYY-MM-DD'),
      theme: text.optional().describe('chủ đề đại hội, chép đúng nguyên văn'),
      goal: text.optional().describe('mục tiêu, chép đúng nguyên văn'),
      breakthroughs: z.array(text).default([]).describe('các khâu đột phá, như nguồn nêu'),
      tasks: z.array(text).default([]).describe('các nhiệm vụ, như nguồn nêu'),
      directions: z.array(text).default([]).describe('các phương hướng, như nguồn nêu'),
      results: z
        .array(
          z
            .object({
              text: text.describe('kết quả, bằng lời của sổ tay'),
              source: ref('nguon').describe('nguồn nêu kết quả: id trong content/nguon/'),
            })
            .strict(),
        )
        .default([])
        .describe('các kết quả nổi bật, mỗi kết quả một nguồn'),
      documents: refs('van-ban', 'các văn bản của đại hội'),
      lessonSets: refs('bai-hoc', 'các bộ bài học đại hội rút ra'),
      topics,
      sources: sourcesOf('đại hội'),
      formerSlugs,
    })
    .strict();

  const annualTheme = z
    .object({
      year: z.number().int().min(1930).max(2100).describe('năm: một số nguyên, ví dụ 2014'),
      organization: ref('to-chuc').describe('tổ chức chọn chủ đề năm: id trong content/to-chuc/'),
      theme: text.describe('chủ đề năm, chép đúng nguyên văn'),
      focusLabel: text.describe('cách nguồn gọi danh sách, ví dụ "năm trọng tâm", "hai khâu đột phá"'),
      focuses: z.array(text).min(1).describe('các nội dung trọng tâm, ít nhất một'),
      topics,
      sources: sourcesOf('chủ đề năm'),
      formerSlugs,
    })
    .strict();

  const figure = z
    .object({
      date: day.optional().describe('ngày số liệu phản ánh, dạng YYYY-MM-DD; dùng year khi chỉ biết năm'),
      year: z.number().int().optional().describe('năm số liệu phản ánh, khi không biết ngày'),
      label: text.describe('số liệu nói về gì, ví dụ "đảng viên"'),
      value: z.number().nonnegative().describe('giá trị: một số không âm, viết liền không dấu chấm, ví dụ 63000'),
      qualifier: z.enum(['hơn', 'khoảng']).optional().describe('"hơn" khi nguồn viết "hơn 63 nghìn"'),
      source: ref('nguon').describe('nguồn nêu số liệu: id trong content/nguon/'),
    })
    .strict()
    .refine((f) => f.date !== undefined || f.year !== undefined, {
      message: 'mỗi số liệu cần date (ngày) hoặc year (năm) mà số liệu đó phản ánh',
    });

  const organization = z
    .object({
      name: text.describe('tên đầy đủ'),
      abbreviation: text.optional().describe('tên viết tắt'),
      level: text.describe('cấp, ví dụ Đảng bộ khối'),
      parent: ref('to-chuc').optional().describe('tổ chức cấp trên: id trong content/to-chuc/'),
      founded: z
        .object({
          date: day.optional().describe('ngày thành lập, dạng YYYY-MM-DD'),
          document: ref('van-ban').optional().describe('văn bản thành lập: id trong content/van-ban/'),
          note: text.optional().describe('ghi chú'),
        })
        .strict()
        .optional()
        .describe('việc thành lập'),
      ended: z
        .object({
          year: z.number().int().describe('năm kết thúc'),
          note: text.describe('ghi chú'),
          confidence: z.enum(CONFIDENCE).default('cao').describe('độ tin cậy'),
        })
        .strict()
        .optional()
        .describe('việc kết thúc hoạt động'),
      figures: z.array(figure).default([]).describe('các số liệu, mỗi số liệu một nguồn'),
      topics,
      sources: sourcesOf('tổ chức'),
      formerSlugs,
    })
    .strict();

  const source = z
    .object({
      title: text.describe('tiêu đề bài, chép đúng nguyên văn'),
      publication: text.describe('nơi đăng, ví dụ Báo Nhân Dân'),
      kind: z.enum(['phỏng vấn', 'tham luận', 'bài viết', 'tra cứu']).describe('loại nguồn'),
      date: day.optional().describe('ngày đăng, dạng YYYY-MM-DD'),
      year: z.number().int().optional().describe('năm đăng, khi chỉ biết năm'),
      dateNote: text.optional().describe('nguồn nói gì về ngày của nó, khi không rõ ngày'),
      author: text.optional().describe('tác giả'),
      interviewee: text.optional().describe('người trả lời phỏng vấn'),
      url: z.url().optional().describe('địa chỉ bài gốc, ví dụ https://…'),
      formerSlugs,
    })
    .strict();

  const topic = z
    .object({
      title: text.describe('tên chủ đề'),
      description: text.describe('một câu mô tả chủ đề'),
      formerSlugs,
    })
    .strict();

  const glossaryTerm = z
    .object({
      id: slug.describe('id: chữ thường không dấu, số và dấu gạch nối, ví dụ t-u'),
      term: text.describe('thuật ngữ hoặc chữ viết tắt, ví dụ T.Ư'),
      variants: z.array(text).default([]).describe('các cách viết khác người đọc gõ, ví dụ TƯ, TW'),
      expansion: text.describe('nghĩa đầy đủ, ví dụ Trung ương'),
      note: text.optional().describe('ghi chú'),
      sources: refs('nguon', 'các nguồn'),
    })
    .strict();

  return {
    'van-ban': document,
    'bai-hoc': lessonSet,
    'dai-hoi': congress,
    'chu-de-nam': annualTheme,
    'to-chuc': organization,
    nguon: source,
    'chu-de': topic,
    'thuat-ngu': glossaryTerm,
  } satisfies Record<CollectionName, z.ZodType>;
}
