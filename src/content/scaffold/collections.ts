/**
 * What `npm run new -- <collection>` asks for each collection, how the answers become
 * frontmatter, and the id rule that names the file. The questions' hints are the schemas'
 * descriptions, so the scaffold, the field reference and the error messages say the same.
 */
import { slugify } from '../../lib/slug.ts';
import { DOCUMENT_KINDS } from '../vocabulary.ts';
import { placeholder } from '../placeholders.ts';
import type { CollectionName } from '../schemas.ts';

export interface Question {
  /** the command-line flag, without "--" */
  flag: string;
  /** the question, in Vietnamese */
  label: string;
  required: boolean;
  /** the allowed answers, when the field is a choice */
  choices?: readonly string[];
  /** the collection whose ids the answer names */
  ref?: CollectionName;
  /** the flag may be given several times (a list) */
  multiple?: boolean;
}

export type Answers = Record<string, string | string[] | undefined>;

export interface CollectionSpec {
  questions: Question[];
  /** the entry's id (its file name), from the answers */
  id: (a: Answers) => string;
  /** the frontmatter, in the order editors read it */
  frontmatter: (a: Answers) => Record<string, unknown>;
  /** the Markdown body: headings with what to write under each */
  body: string;
  /** what to fill in next, printed after the file is written */
  next: string[];
}

const one = (a: Answers, key: string): string | undefined => {
  const value = a[key];
  return Array.isArray(value) ? value[0] : value?.trim() || undefined;
};
const many = (a: Answers, key: string): string[] => {
  const value = a[key];
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
};
const yearOf = (a: Answers): string | undefined => one(a, 'year') ?? one(a, 'date')?.slice(0, 4);
/** Leaves out the fields the editor did not give, so the file holds only what a source says. */
const compact = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

const source: Question = { flag: 'source', label: 'id của nguồn (tệp trong content/nguon/), ví dụ bao-a-2024-nguyen-van-a', required: true, ref: 'nguon', multiple: true };
const organization: Question = { flag: 'organization', label: 'id của tổ chức (tệp trong content/to-chuc/)', required: true, ref: 'to-chuc' };
const topic: Question = { flag: 'topic', label: 'các chủ đề (id trong content/chu-de/, cách nhau bằng dấu phẩy)', required: false, ref: 'chu-de', multiple: true };

const ASK_SOURCE = 'Viết bằng lời của sổ tay; chỉ chép nguyên văn số hiệu, ngày, số liệu, tên và chủ đề, kèm nguồn.';

export const SPECS: Record<Exclude<CollectionName, 'thuat-ngu'>, CollectionSpec> = {
  'van-ban': {
    questions: [
      { flag: 'symbol', label: 'số hiệu, ví dụ 12-NQ/TW (để trống nếu nguồn không nêu)', required: false },
      { flag: 'kind', label: 'loại văn bản', required: true, choices: DOCUMENT_KINDS },
      { flag: 'issuer', label: 'cơ quan ban hành, ví dụ Bộ Chính trị', required: true },
      { flag: 'term', label: 'khóa, số La Mã, ví dụ XII (để trống nếu không rõ)', required: false },
      { flag: 'date', label: 'ngày ban hành, YYYY-MM-DD (để trống nếu không rõ)', required: false },
      { flag: 'subject', label: 'trích yếu, chép nguyên văn (để trống nếu không rõ)', required: false },
      source,
      topic,
    ],
    id: (a) => slugify([one(a, 'symbol') ?? `${one(a, 'kind')} ${one(a, 'issuer')}`, yearOf(a)].filter(Boolean).join(' ')),
    frontmatter: (a) =>
      compact({
        symbol: one(a, 'symbol'),
        kind: one(a, 'kind'),
        issuer: one(a, 'issuer'),
        term: one(a, 'term'),
        date: one(a, 'date'),
        subject: one(a, 'subject'),
        informalNames: [],
        status: 'chưa xác định',
        topics: many(a, 'topic'),
        sources: many(a, 'source'),
      }),
    body: `## Tóm tắt\n\n${placeholder(`văn bản này là gì, do ai ban hành, nguồn nào nêu nó. ${ASK_SOURCE}`)}\n`,
    next: [
      'informalNames: cách bài báo gọi văn bản (ví dụ "Nghị quyết Trung ương 4 khóa XI"), để trích dẫn trong bài được liên kết tới trang này',
      'implements / replaces / guides / related: id các văn bản liên quan, nếu nguồn nêu',
      'phần "## Tóm tắt" bằng lời của bạn',
    ],
  },
  'bai-hoc': {
    questions: [
      { flag: 'title', label: 'tên bộ bài học', required: true },
      organization,
      { flag: 'period', label: 'giai đoạn, ví dụ 2015–2020', required: false },
      { flag: 'date', label: 'ngày nguồn nêu bài học, YYYY-MM-DD', required: false },
      { flag: 'congress', label: 'id của đại hội (content/dai-hoi/), nếu có', required: false, ref: 'dai-hoi' },
      { flag: 'lessons', label: 'số bài học', required: true },
      { flag: 'prefix', label: 'tiền tố ID bài học, ví dụ ld-2020 (ID sẽ là ld-2020-1, ld-2020-2, …)', required: true },
      source,
      topic,
    ],
    id: (a) => slugify(`${one(a, 'organization')} ${one(a, 'period') ?? yearOf(a) ?? ''}`),
    frontmatter: (a) =>
      compact({
        title: one(a, 'title'),
        organization: one(a, 'organization'),
        period: one(a, 'period'),
        date: one(a, 'date'),
        congress: one(a, 'congress'),
        lessons: many(a, 'lesson-ids').map((id, i) => ({
          id,
          title: placeholder(`tên bài học ${i + 1}`),
          text: placeholder(`bài học ${i + 1}, bằng lời của sổ tay`),
        })),
        topics: many(a, 'topic'),
        sources: many(a, 'source'),
      }),
    body: '',
    next: [
      'title và text của từng bài học (thay các chỗ “(cần điền: …)”: bản dựng từ chối trang còn chỗ chưa điền); đừng bao giờ đổi ID bài học đã công bố',
      'topics của từng bài học, documents (id các văn bản bộ bài học nhắc tới)',
    ],
  },
  'dai-hoi': {
    questions: [
      { flag: 'title', label: 'tên đại hội', required: true },
      organization,
      { flag: 'period', label: 'nhiệm kỳ, ví dụ 2020–2025', required: true },
      { flag: 'ordinal', label: 'lần thứ, số La Mã, ví dụ VIII', required: false },
      { flag: 'date', label: 'ngày khai mạc, YYYY-MM-DD', required: false },
      { flag: 'theme', label: 'chủ đề đại hội, chép nguyên văn', required: false },
      source,
    ],
    id: (a) => slugify(`${one(a, 'organization')} ${one(a, 'period')}`),
    frontmatter: (a) =>
      compact({
        title: one(a, 'title'),
        organization: one(a, 'organization'),
        ordinal: one(a, 'ordinal'),
        period: one(a, 'period'),
        date: one(a, 'date'),
        theme: one(a, 'theme'),
        sources: many(a, 'source'),
      }),
    body: `## Tóm tắt\n\n${placeholder(`đại hội này là gì, theo nguồn nào. ${ASK_SOURCE}`)}\n`,
    next: ['goal, breakthroughs, tasks, directions: chép nguyên văn như nguồn nêu', 'results (mỗi kết quả một source), documents, lessonSets'],
  },
  'chu-de-nam': {
    questions: [
      { flag: 'year', label: 'năm, ví dụ 2014', required: true },
      organization,
      { flag: 'theme', label: 'chủ đề năm, chép nguyên văn', required: true },
      { flag: 'focus-label', label: 'nguồn gọi danh sách là gì, ví dụ "năm trọng tâm"', required: true },
      { flag: 'focus', label: 'các nội dung trọng tâm, cách nhau bằng dấu phẩy', required: true, multiple: true },
      source,
    ],
    id: (a) => slugify(`${one(a, 'organization')} ${one(a, 'year')}`),
    frontmatter: (a) =>
      compact({
        year: number(one(a, 'year')),
        organization: one(a, 'organization'),
        theme: one(a, 'theme'),
        focusLabel: one(a, 'focus-label'),
        focuses: many(a, 'focus'),
        sources: many(a, 'source'),
      }),
    body: '',
    next: ['topics: id các chủ đề liên quan'],
  },
  'to-chuc': {
    questions: [
      { flag: 'name', label: 'tên đầy đủ của tổ chức', required: true },
      { flag: 'abbreviation', label: 'tên viết tắt (nếu có)', required: false },
      { flag: 'level', label: 'cấp, ví dụ Đảng bộ khối', required: true },
      { flag: 'parent', label: 'id của tổ chức cấp trên (content/to-chuc/), nếu có', required: false, ref: 'to-chuc' },
      source,
    ],
    id: (a) => slugify(one(a, 'name') ?? ''),
    frontmatter: (a) =>
      compact({
        name: one(a, 'name'),
        abbreviation: one(a, 'abbreviation'),
        level: one(a, 'level'),
        parent: one(a, 'parent'),
        sources: many(a, 'source'),
      }),
    body: `## Giới thiệu\n\n${placeholder(`tổ chức này là gì, theo nguồn nào. ${ASK_SOURCE}`)}\n`,
    next: ['founded (ngày, văn bản thành lập), figures (số liệu, mỗi số liệu một source), nếu nguồn nêu'],
  },
  nguon: {
    questions: [
      { flag: 'title', label: 'tiêu đề bài, chép nguyên văn', required: true },
      { flag: 'publication', label: 'nơi đăng, ví dụ Báo Nhân Dân', required: true },
      { flag: 'kind', label: 'loại nguồn', required: true, choices: ['phỏng vấn', 'tham luận', 'bài viết', 'tra cứu'] },
      { flag: 'date', label: 'ngày đăng, YYYY-MM-DD (để trống nếu chỉ biết năm)', required: false },
      { flag: 'year', label: 'năm đăng, khi không biết ngày', required: false },
      { flag: 'author', label: 'tác giả (nếu bài nêu)', required: false },
      { flag: 'interviewee', label: 'người trả lời phỏng vấn (nếu có)', required: false },
      { flag: 'url', label: 'địa chỉ bài gốc, https://… (nếu có)', required: false },
    ],
    id: (a) => {
      const person = (one(a, 'interviewee') ?? one(a, 'author'))?.split(',')[0];
      return slugify([one(a, 'publication'), yearOf(a), person].filter(Boolean).join(' '));
    },
    frontmatter: (a) =>
      compact({
        title: one(a, 'title'),
        publication: one(a, 'publication'),
        kind: one(a, 'kind'),
        date: one(a, 'date'),
        year: one(a, 'date') ? undefined : number(one(a, 'year')),
        author: one(a, 'author'),
        interviewee: one(a, 'interviewee'),
        url: one(a, 'url'),
      }),
    body: `## Bài này là gì\n\n${placeholder('ai viết, đăng ở đâu, khi nào, nhân dịp gì')}\n\n## Nội dung chính\n\n- ${placeholder('các ý chính, bằng lời của bạn')}\n`,
    next: [
      'phần "## Bài này là gì" và "## Nội dung chính" bằng lời của bạn, không chép lời bài báo',
      'rồi các văn bản, bộ bài học, đại hội mà bài nêu: npm run new -- van-ban … --source <id này>',
    ],
  },
  'chu-de': {
    questions: [
      { flag: 'title', label: 'tên chủ đề', required: true },
      { flag: 'description', label: 'một câu mô tả chủ đề', required: true },
    ],
    id: (a) => slugify(one(a, 'title') ?? ''),
    frontmatter: (a) => compact({ title: one(a, 'title'), description: one(a, 'description') }),
    body: '',
    next: ['gắn chủ đề vào văn bản, bài học: topics: [<id này>]'],
  },
};

export const SCAFFOLD_COLLECTIONS = Object.keys(SPECS) as (keyof typeof SPECS)[];
