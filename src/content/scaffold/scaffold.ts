/**
 * Writes a new content file from answers (flags or prompts): the id rule applied, the next free
 * lesson IDs for a lesson set, a duplicate identity refused with the existing file named, and
 * the new file checked by the content check before it is kept.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { isPlaceholder } from '../placeholders.ts';
import { slugify } from '../../lib/slug.ts';
import { checkContent, formatProblem } from '../check/index.ts';
import { entryFiles, readContent, type RawEntry } from '../read.ts';
import { COLLECTION_LABEL } from '../check/rules.ts';
import { normalizeSymbol } from '../vocabulary.ts';
import { SPECS, type Answers } from './collections.ts';

export type ScaffoldCollection = keyof typeof SPECS;


export type ScaffoldResult =
  | { ok: true; file: string; id: string; next: string[] }
  | { ok: false; errors: string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The questions still unanswered that the collection needs. */
export function missingAnswers(collection: ScaffoldCollection, answers: Answers): string[] {
  return SPECS[collection].questions.filter((q) => q.required && first(answers[q.flag]) === undefined).map((q) => q.flag);
}

/** `count` lesson IDs `<prefix>-<n>`, the lowest numbers no lesson in the knowledge base uses. */
export function nextLessonIds(entries: readonly RawEntry[], prefix: string, count: number): string[] {
  const used = new Set(
    entries
      .filter((e) => e.collection === 'bai-hoc')
      .flatMap((e) => ((e.data as { lessons?: { id?: unknown }[] } | undefined)?.lessons ?? []).map((l) => String(l.id))),
  );
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!used.has(`${prefix}-${n}`)) ids.push(`${prefix}-${n}`);
  return ids;
}

/** Two spellings of the same name (case, spaces, Unicode form) compare equal. */
const fold = (value: unknown) => String(value ?? '').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

const dayOf = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

/** An existing entry that is the same thing as the new one, by the collection's identity. */
function sameIdentity(collection: ScaffoldCollection, entries: readonly RawEntry[], data: Record<string, unknown>): RawEntry | undefined {
  const others = entries.filter((e) => e.collection === collection);
  const field = (e: RawEntry, key: string) => (e.data as Record<string, unknown> | undefined)?.[key];
  if (collection === 'van-ban' && typeof data.symbol === 'string') {
    const symbol = normalizeSymbol(data.symbol);
    return others.find((e) => {
      if (typeof field(e, 'symbol') !== 'string' || normalizeSymbol(String(field(e, 'symbol'))) !== symbol) return false;
      const [mine, theirs] = [dayOf(data.date), dayOf(field(e, 'date'))];
      if (mine && theirs) return mine === theirs;
      const [termA, termB] = [data.term, field(e, 'term')];
      return !(termA && termB && termA !== termB);
    });
  }
  if (collection === 'nguon' && typeof data.url === 'string') return others.find((e) => field(e, 'url') === data.url);
  const same = (e: RawEntry, keys: string[]) => keys.every((key) => data[key] !== undefined && fold(field(e, key)) === fold(data[key]));
  if (collection === 'dai-hoi') return others.find((e) => same(e, ['organization', 'period']));
  if (collection === 'chu-de-nam') return others.find((e) => same(e, ['organization', 'year']));
  if (collection === 'bai-hoc') return others.find((e) => same(e, ['title']));
  if (collection === 'to-chuc') return others.find((e) => same(e, ['name']));
  if (collection === 'chu-de' || collection === 'nguon') return others.find((e) => same(e, ['title']));
  return undefined;
}

export function scaffold(root: string, collection: ScaffoldCollection, input: Answers): ScaffoldResult {
  const spec = SPECS[collection];
  const missing = missingAnswers(collection, input);
  if (missing.length > 0) {
    return { ok: false, errors: missing.map((flag) => `thiếu --${flag}: ${spec.questions.find((q) => q.flag === flag)!.label}`) };
  }
  const entries = readContent(root);
  const answers: Answers = { ...input };
  if (collection === 'bai-hoc') {
    const count = Number(first(answers.lessons));
    if (!Number.isInteger(count) || count < 1 || count > 50) return { ok: false, errors: [`--lessons cần một số nguyên từ 1 đến 50, thấy "${first(answers.lessons)}"`] };
    const prefix = slugify(first(answers.prefix)!);
    if (!prefix) return { ok: false, errors: ['--prefix cần chữ không dấu hoặc số, ví dụ ld-2020'] };
    answers['lesson-ids'] = nextLessonIds(entries, prefix, count);
  }
  const id = slugify(first(answers.id) ?? spec.id(answers));
  if (!id) return { ok: false, errors: ['không suy ra được tên tệp; cho --id <tên-tệp-không-dấu>'] };
  const data = spec.frontmatter(answers);

  const existing = entryFiles(root, collection).find((f) => f.id === id);
  if (existing) return { ok: false, errors: [`đã có ${existing.file} (cùng đường dẫn /${collection}/${id}/); sửa tệp đó, hoặc cho --id khác nếu là mục khác`] };
  const twin = sameIdentity(collection, entries, data);
  if (twin) {
    return {
      ok: false,
      errors: [
        collection === 'van-ban'
          ? `văn bản ${String(data.symbol)}${data.date ? ` ngày ${String(data.date).split('-').reverse().join('/')}` : ''} đã có ở ${twin.file}; thêm nguồn mới vào sources của tệp đó thay vì tạo tệp mới`
          : `${COLLECTION_LABEL[collection]} này đã có ở ${twin.file}${collection === 'nguon' ? ' (cùng địa chỉ hoặc cùng tiêu đề)' : ''}; sửa tệp đó thay vì tạo tệp mới`,
      ],
    };
  }

  const file = `content/${collection}/${id}.md`;
  const path = join(root, file);
  if (existsSync(path)) return { ok: false, errors: [`đã có ${file}`] };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${spec.body ? `\n${spec.body}` : ''}`);
  // The new file goes through the same check as a build; a file that would stop it is not kept,
  // except for the placeholders just written for the editor to fill (the build refuses those).
  const problems = checkContent(root).filter((p) => p.file === file && !isPlaceholder(p.found));
  if (problems.length > 0) {
    rmSync(path);
    return { ok: false, errors: problems.map(formatProblem) };
  }
  return { ok: true, file, id, next: spec.next };
}
