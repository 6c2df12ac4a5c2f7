/**
 * The content model, written once and used twice:
 *  - by Astro (src/content.config.ts), with `reference()` for cross-references;
 *  - by our own content checker (src/content/check), with a plain string in
 *    place of `reference()`, so it can report zod errors with file and line
 *    before Astro starts, and check references itself.
 *
 * Field names are English (code convention); docs/content-model.md's "Frontmatter reference"
 * gives each one's Vietnamese meaning.
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
const formerSlugs = z.array(slug).default([]);

export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const refs = (collection: CollectionName) => z.array(ref(collection)).default([]);

  const document = z
    .object({
      /** số hiệu, e.g. 12-NQ/TW; omit when the sources do not state it */
      symbol: text.optional(),
      kind: z.enum(DOCUMENT_KINDS),
      issuer: text,
      /** khóa of the issuing body, Roman numerals */
      term: roman.optional(),
      date: day.optional(),
      /** trích yếu, verbatim */
      subject: text.optional(),
      /** how much each public-record fact can be trusted, when not high */
      confidence: z
        .object({ date: z.enum(CONFIDENCE).optional(), subject: z.enum(CONFIDENCE).optional() })
        .strict()
        .default({}),
      /** informal names used in prose, e.g. "Nghị quyết Trung ương 4 khóa XI" */
      informalNames: z.array(text).default([]),
      /** tình trạng hiệu lực as a source in content/nguon states it; never guessed */
      status: z.enum(DOCUMENT_STATUSES).default('chưa xác định'),
      /** ngày có hiệu lực, when a source states it */
      effective: day.optional(),
      /** ngày hết hiệu lực, when a source states it */
      expires: day.optional(),
      /** the document that replaced this one, when a source states it (the reverse of `replaces`) */
      replacedBy: ref('van-ban').optional(),
      implements: refs('van-ban'),
      replaces: refs('van-ban'),
      guides: refs('van-ban'),
      related: refs('van-ban'),
      topics: refs('chu-de'),
      sources: z.array(ref('nguon')).min(1, 'mỗi văn bản cần ít nhất một nguồn'),
      formerSlugs,
    })
    .strict();

  const lesson = z
    .object({
      /** stable ID: the anchor and short link; never derived from the wording */
      id: slug,
      title: text,
      /** the lesson in the knowledge base's own words (Markdown) */
      text: text,
      topics: refs('chu-de'),
    })
    .strict();

  const lessonSet = z
    .object({
      title: text,
      organization: ref('to-chuc'),
      /** period the lessons were drawn from, e.g. 2015–2020 */
      period: text.optional(),
      /** when the lessons were stated (the source's date) */
      date: day.optional(),
      congress: ref('dai-hoi').optional(),
      lessons: z.array(lesson).min(1),
      topics: refs('chu-de'),
      documents: refs('van-ban'),
      sources: z.array(ref('nguon')).min(1),
      formerSlugs,
    })
    .strict();

  const congress = z
    .object({
      title: text,
      organization: ref('to-chuc'),
      /** lần thứ, Roman numerals, when stated */
      ordinal: roman.optional(),
      /** khóa of the bloc's executive committee, when stated */
      term: roman.optional(),
      /** nhiệm kỳ, e.g. 2015–2020 */
      period: text,
      date: day.optional(),
      /** chủ đề đại hội, verbatim */
      theme: text.optional(),
      /** mục tiêu, verbatim */
      goal: text.optional(),
      /** lists as stated by the source, each with its own heading */
      breakthroughs: z.array(text).default([]),
      tasks: z.array(text).default([]),
      directions: z.array(text).default([]),
      results: z
        .array(z.object({ text, source: ref('nguon') }).strict())
        .default([]),
      documents: refs('van-ban'),
      lessonSets: refs('bai-hoc'),
      topics: refs('chu-de'),
      sources: z.array(ref('nguon')).min(1),
      formerSlugs,
    })
    .strict();

  const annualTheme = z
    .object({
      year: z.number().int().min(1930).max(2100),
      organization: ref('to-chuc'),
      /** chủ đề năm, verbatim */
      theme: text,
      /** how the source names the list, e.g. "năm trọng tâm", "hai khâu đột phá" */
      focusLabel: text,
      focuses: z.array(text).min(1),
      topics: refs('chu-de'),
      sources: z.array(ref('nguon')).min(1),
      formerSlugs,
    })
    .strict();

  const figure = z
    .object({
      /** the day the figure refers to; use year when only the year is known */
      date: day.optional(),
      year: z.number().int().optional(),
      label: text,
      value: z.number().nonnegative(),
      /** "hơn" when the source says "hơn 63 nghìn" */
      qualifier: z.enum(['hơn', 'khoảng']).optional(),
      source: ref('nguon'),
    })
    .strict()
    .refine((f) => f.date !== undefined || f.year !== undefined, {
      message: 'mỗi số liệu cần date (ngày) hoặc year (năm) mà số liệu đó phản ánh',
    });

  const organization = z
    .object({
      name: text,
      abbreviation: text.optional(),
      level: text,
      parent: ref('to-chuc').optional(),
      founded: z
        .object({ date: day.optional(), document: ref('van-ban').optional(), note: text.optional() })
        .strict()
        .optional(),
      ended: z
        .object({ year: z.number().int(), note: text, confidence: z.enum(CONFIDENCE).default('cao') })
        .strict()
        .optional(),
      figures: z.array(figure).default([]),
      topics: refs('chu-de'),
      sources: z.array(ref('nguon')).min(1),
      formerSlugs,
    })
    .strict();

  const source = z
    .object({
      title: text,
      publication: text,
      kind: z.enum(['phỏng vấn', 'tham luận', 'bài viết', 'tra cứu']),
      date: day.optional(),
      /** when only the year is stated */
      year: z.number().int().optional(),
      /** what the source says about its date, when not exact */
      dateNote: text.optional(),
      author: text.optional(),
      interviewee: text.optional(),
      url: z.url().optional(),
      formerSlugs,
    })
    .strict();

  const topic = z
    .object({
      title: text,
      description: text,
      formerSlugs,
    })
    .strict();

  const glossaryTerm = z
    .object({
      id: slug,
      term: text,
      /** other spellings readers type, e.g. TƯ, TW for T.Ư */
      variants: z.array(text).default([]),
      expansion: text,
      note: text.optional(),
      sources: refs('nguon'),
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
