/**
 * A synthetic but realistic Vietnamese knowledge base in the project's own content model,
 * for the benchmark (scripts/bench.ts): documents with symbols across terms, lesson sets
 * with lessons, congresses, annual themes, organizations, sources and topics, with
 * citations written in prose the way the real pages write them. Deterministic from a seed,
 * so two runs (and the Starlight comparison) build byte-identical input.
 *
 * `pages` counts the entries that get a page of their own (every collection except the
 * glossary); the built site adds list pages, short-link redirects and topic handouts.
 * Every generated entry passes the content checker, so the benchmark builds exactly what
 * `npm run build` would build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { formatDate, formatNumber } from '../../src/lib/format.ts';
import { slugify } from '../../src/lib/slug.ts';
import * as W from './words.ts';

export interface CorpusPage {
  collection: string;
  id: string;
  title: string;
  /** the Markdown body, also what the Starlight comparison builds */
  body: string;
}

export interface Corpus {
  /** path relative to the content folder → file text */
  files: Map<string, string>;
  pages: CorpusPage[];
  counts: Record<string, number>;
  words: number;
}

/** mulberry32: small, fast and good enough to pick words; the point is determinism. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(items.length, int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(pick(items));
    return [...chosen];
  };
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof random>;

interface Doc {
  id: string;
  kind: string;
  symbol: string;
  issuer: string;
  term: string;
  date: Date;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** How the prose cites a document: formal with date and issuer, or with the term. */
function cite(rng: Rng, doc: Doc): string {
  return rng.next() < 0.6
    ? `${doc.kind} số ${doc.symbol} ngày ${formatDate(doc.date)} của ${doc.issuer}`
    : `${doc.kind} số ${doc.symbol} (khóa ${doc.term})`;
}

function sentence(rng: Rng, docs: readonly Doc[]): string {
  const subject = rng.pick(W.SUBJECTS);
  const core = `${rng.pick(W.VERBS)} ${rng.pick(W.OBJECTS)} ${rng.pick(W.MODIFIERS)}`;
  switch (rng.int(0, 5)) {
    case 0:
      return docs.length ? `Thực hiện ${cite(rng, rng.pick(docs))}, ${lower(subject)} ${core}.` : `${subject} ${core}.`;
    case 1:
      return `Kết quả là ${rng.pick(W.RESULTS)}, với ${formatNumber(rng.int(12, 98_000))} lượt đảng viên tham gia và ${rng.int(2, 95)}% chi bộ hoàn thành kế hoạch.`;
    case 2:
      return `Trong năm ${rng.int(2005, 2026)}, ${lower(subject)} ${core}; nhờ vậy ${rng.pick(W.RESULTS)}.`;
    case 3:
      return `Theo báo cáo sơ kết, ${lower(subject)} ${core}, đồng thời ${rng.pick(W.VERBS)} ${rng.pick(W.OBJECTS)}.`;
    default:
      return `${subject} ${core}.`;
  }
}

function paragraph(rng: Rng, docs: readonly Doc[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, docs)).join(' ');
}

/** A body of `sections` headed sections, ~35 sentences for a full page (~630 words). */
function body(rng: Rng, docs: readonly Doc[], headings: readonly string[], sentences: number): string {
  const per = Math.max(2, Math.round(sentences / headings.length));
  return headings
    .map((heading, i) => {
      const paras = [paragraph(rng, docs, Math.ceil(per / 2)), paragraph(rng, docs, Math.floor(per / 2))];
      const list = i === 1 ? `\n\n${Array.from({ length: 3 }, () => `- ${cap(rng.pick(W.OBJECTS))} ${rng.pick(W.MODIFIERS)}.`).join('\n')}` : '';
      return `## ${heading}\n\n${paras.join('\n\n')}${list}`;
    })
    .join('\n\n');
}

function file(data: Record<string, unknown>, text: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${text}\n`;
}

export function generateCorpus({ pages, seed = 1 }: { pages: number; seed?: number }): Corpus {
  const rng = random(seed);
  const files = new Map<string, string>();
  const out: CorpusPage[] = [];
  const n = Math.max(20, Math.floor(pages));
  const count = {
    'chu-de': Math.min(W.TOPICS.length, Math.max(4, Math.round(n * 0.01))),
    nguon: Math.max(2, Math.round(n * 0.03)),
    'to-chuc': Math.max(2, Math.round(n * 0.02)),
    'dai-hoi': Math.max(1, Math.round(n * 0.06)),
    'chu-de-nam': Math.max(1, Math.round(n * 0.05)),
    'bai-hoc': Math.max(1, Math.round(n * 0.22)),
    'van-ban': 0,
  };
  count['van-ban'] = n - Object.values(count).reduce((a, b) => a + b, 0);
  const add = (collection: string, id: string, title: string, data: Record<string, unknown>, text: string) => {
    files.set(`${collection}/${id}.md`, file(data, text));
    out.push({ collection, id, title, body: text });
  };

  // Topics, sources and organizations: what everything else refers to.
  const topics = W.TOPICS.slice(0, count['chu-de']).map((title) => slugify(title));
  W.TOPICS.slice(0, count['chu-de']).forEach((title, i) =>
    add('chu-de', topics[i]!, title, { title, description: `${title} trong các đảng bộ khối cơ quan: nghị quyết, bài học và cách làm.` }, paragraph(rng, [], 4)),
  );
  const sources = Array.from({ length: count.nguon }, (_, i) => `nguon-${i + 1}`);
  sources.forEach((id, i) => {
    const title = `${cap(rng.pick(W.OBJECTS))} ${rng.pick(W.MODIFIERS)} (bài ${i + 1})`;
    add('nguon', id, title, {
      title,
      publication: rng.pick(W.PUBLICATIONS),
      kind: rng.pick(['phỏng vấn', 'tham luận', 'bài viết'] as const),
      date: iso(new Date(Date.UTC(rng.int(2005, 2026), rng.int(0, 11), rng.int(1, 28)))),
      url: `https://bao.example.vn/bai-${i + 1}`,
    }, `## Bài này là gì\n\n${paragraph(rng, [], 6)}`);
  });
  const orgs = Array.from({ length: count['to-chuc'] }, (_, i) => {
    const province = W.PROVINCES[i % W.PROVINCES.length]!;
    const round = Math.floor(i / W.PROVINCES.length);
    return { id: slugify(`dang-bo-khoi-${province}${round ? `-${round + 1}` : ''}`), name: `Đảng bộ Khối các cơ quan tỉnh ${province}${round ? ` (đơn vị ${round + 1})` : ''}`, province };
  });

  // Documents, oldest first so each can implement or cite older ones.
  const docs: Doc[] = [];
  const numbers = new Map<string, number>();
  for (let i = 0; i < count['van-ban']; i++) {
    const { kind, code } = rng.pick(W.KINDS);
    const t = W.TERMS[Math.min(W.TERMS.length - 1, Math.floor((i / count['van-ban']) * W.TERMS.length))]!;
    const central = rng.next() < 0.35;
    const issuer = central ? rng.pick(['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư']) : `Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh ${rng.pick(orgs).province}`;
    const issuerCode = central ? 'TW' : 'ĐUK';
    // Numbering restarts every term, as Party numbering does; symbol + term stays unique.
    const key = `${code}/${issuerCode}/${t.term}`;
    const num = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, num);
    const symbol = `${String(num).padStart(2, '0')}-${code}/${issuerCode}`;
    const date = new Date(Date.UTC(t.from + rng.int(0, 4), rng.int(0, 11), rng.int(1, 28)));
    const doc: Doc = { id: `${slugify(symbol)}-${slugify(t.term)}`, kind, symbol, issuer, term: t.term, date };
    const older = docs.slice(-200);
    // A document implements only one issued before it (the content check rejects the reverse).
    const earlier = older.filter((d) => d.date.getTime() <= date.getTime());
    const subject = `Về ${rng.pick(W.OBJECTS)} ${rng.pick(W.MODIFIERS)}`;
    add('van-ban', doc.id, `${kind} số ${symbol}`, {
      symbol, kind, issuer, term: t.term, date: iso(date), subject,
      status: rng.pick(['còn hiệu lực', 'hết hiệu lực', 'chưa xác định']),
      ...(earlier.length && !central ? { implements: [rng.pick(earlier).id] } : {}),
      ...(older.length > 3 ? { related: rng.some(older, 0, 2).map((d) => d.id) } : {}),
      topics: rng.some(topics, 1, 3),
      sources: rng.some(sources, 1, 2),
    }, body(rng, older, ['Tóm tắt', 'Nội dung chính', 'Tổ chức thực hiện', 'Ghi chú'], 24));
    docs.push(doc);
  }

  // Congresses (ids first: lesson sets refer to them), lesson sets, annual themes.
  const congressIds = Array.from({ length: count['dai-hoi'] }, (_, i) => `dai-hoi-${i + 1}`);
  const setIds: string[] = [];
  for (let i = 0; i < count['bai-hoc']; i++) {
    const id = `bai-hoc-${i + 1}`;
    setIds.push(id);
    const org = rng.pick(orgs);
    const start = rng.int(2000, 2020);
    const lessons = Array.from({ length: rng.int(3, 6) }, (_, k) => ({
      id: `bh-${i + 1}-${k + 1}`,
      title: rng.pick(W.LESSON_TITLES),
      text: paragraph(rng, docs, 2),
      topics: rng.some(topics, 1, 2),
    }));
    const title = `Bài học kinh nghiệm nhiệm kỳ ${start}–${start + 5} của ${org.name}`;
    add('bai-hoc', id, title, {
      title, organization: org.id, period: `${start}–${start + 5}`, date: iso(new Date(Date.UTC(start + 5, rng.int(0, 11), rng.int(1, 28)))),
      congress: rng.pick(congressIds), lessons, topics: rng.some(topics, 1, 3), documents: rng.some(docs, 1, 3).map((d) => d.id),
      sources: rng.some(sources, 1, 2),
    }, body(rng, docs, ['Ai rút ra và khi nào', 'Bối cảnh'], 14));
  }
  congressIds.forEach((id) => {
    const org = rng.pick(orgs);
    const start = rng.int(2000, 2025);
    const ordinal = W.ROMAN[rng.int(4, 12)]!;
    const title = `Đại hội đại biểu ${org.name} lần thứ ${ordinal}, nhiệm kỳ ${start}–${start + 5}`;
    add('dai-hoi', id, title, {
      title, organization: org.id, ordinal, period: `${start}–${start + 5}`, date: iso(new Date(Date.UTC(start, rng.int(5, 9), rng.int(1, 28)))),
      theme: `${cap(rng.pick(W.OBJECTS))}; ${rng.pick(W.OBJECTS)} ${rng.pick(W.MODIFIERS)}`,
      goal: `${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)} ${rng.pick(W.MODIFIERS)}.`,
      breakthroughs: Array.from({ length: 3 }, () => `${cap(rng.pick(W.OBJECTS))} ${rng.pick(W.MODIFIERS)}`),
      tasks: Array.from({ length: 4 }, () => `${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)}`),
      results: Array.from({ length: 2 }, () => ({ text: `${cap(rng.pick(W.RESULTS))} (${rng.int(60, 100)}%).`, source: rng.pick(sources) })),
      documents: rng.some(docs, 1, 3).map((d) => d.id),
      lessonSets: rng.some(setIds, 0, 2),
      topics: rng.some(topics, 1, 4),
      sources: rng.some(sources, 1, 2),
    }, body(rng, docs, ['Bối cảnh', 'Phương hướng', 'Kết quả nhiệm kỳ trước'], 22));
  });
  for (let i = 0; i < count['chu-de-nam']; i++) {
    const org = orgs[i % orgs.length]!;
    const year = 2000 + Math.floor(i / orgs.length);
    const id = `${org.id}-${year}`;
    const theme = `Năm ${lower(rng.pick(W.OBJECTS))}`;
    add('chu-de-nam', id, `Chủ đề năm ${year}: ${theme}`, {
      year, organization: org.id, theme, focusLabel: 'các trọng tâm',
      focuses: Array.from({ length: rng.int(3, 5) }, () => `${cap(rng.pick(W.VERBS))} ${rng.pick(W.OBJECTS)}`),
      topics: rng.some(topics, 1, 3), sources: rng.some(sources, 1, 2),
    }, paragraph(rng, docs, 12));
  }
  orgs.forEach((org, i) => {
    add('to-chuc', org.id, org.name, {
      name: org.name, abbreviation: 'ĐUK', level: 'Đảng bộ trực thuộc tỉnh ủy',
      ...(i > 0 ? { parent: orgs[0]!.id } : {}),
      figures: [{ year: rng.int(2010, 2025), label: 'Đảng viên', value: rng.int(800, 30_000), source: rng.pick(sources) }],
      topics: rng.some(topics, 1, 3), sources: rng.some(sources, 1, 2),
    }, body(rng, docs, ['Giới thiệu', 'Tổ chức'], 12));
  });

  files.set('thuat-ngu.yaml', stringify([
    { id: 't-u', term: 'T.Ư', variants: ['TƯ', 'TW'], expansion: 'Trung ương', sources: [] },
    { id: 'duk', term: 'ĐUK', expansion: 'Đảng ủy Khối', sources: [] },
    { id: 'tccs', term: 'TCCS', expansion: 'tổ chức cơ sở đảng', sources: [] },
  ]));
  const words = out.reduce((sum, p) => sum + p.body.split(/\s+/).length, 0);
  return { files, pages: out, counts: count, words };
}

/** Writes the corpus as a content folder (replacing it): never point this at the project's content/. */
export function writeCorpus(corpus: Corpus, contentDir: string): void {
  const projectContent = resolve(import.meta.dirname, '..', '..', 'content');
  if (resolve(contentDir) === projectContent) throw new Error('writeCorpus: không bao giờ ghi kho tổng hợp vào content/ của dự án');
  rmSync(contentDir, { recursive: true, force: true });
  for (const [path, text] of corpus.files) {
    const full = join(contentDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
