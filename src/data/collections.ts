/**
 * Typed access to the collections, sorted the way readers expect, plus the derived
 * indexes (what cites a document, which lessons sit under a topic) computed once per
 * build rather than once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';
import { byFileOrder } from '../content/store-file.ts';
import type { StoredCitations } from '../citations/scan.ts';
import { compareVi } from '../lib/format.ts';
import { romanToNumber } from '../content/vocabulary.ts';

export type Doc = CollectionEntry<'van-ban'>;
export type LessonSet = CollectionEntry<'bai-hoc'>;
export type Lesson = LessonSet['data']['lessons'][number];
export type Congress = CollectionEntry<'dai-hoi'>;
export type AnnualTheme = CollectionEntry<'chu-de-nam'>;
export type Org = CollectionEntry<'to-chuc'>;
export type Source = CollectionEntry<'nguon'>;
export type Topic = CollectionEntry<'chu-de'>;
export type Term = CollectionEntry<'thuat-ngu'>;

const time = (date: Date | undefined) => date?.getTime() ?? 0;

/**
 * In a build every list is read and sorted once and shared by all pages (with thousands of
 * entries, per-page getCollection calls dominated the build); in `npm run dev` each call
 * reads afresh so edits show at once. Callers must not mutate what they get.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= load()) : load());
}

const lists = new Map<CollectionName, () => Promise<unknown>>();
/** A whole collection, unsorted, once per build (see once()). */
export function entries<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  let load = lists.get(collection);
  if (!load) {
    load = once(() => getCollection(collection));
    lists.set(collection, load);
  }
  return load() as Promise<CollectionEntry<C>[]>;
}

const indexes = new Map<CollectionName, () => Promise<Map<string, unknown>>>();
/**
 * One entry by collection and id, from the collection read once (see once()): Astro's getEntry
 * resolves and copies the entry at every call, and pages look the same few organizations,
 * congresses and sources up thousands of times in a build (docs/performance.md).
 */
export async function entryById<C extends CollectionName>(collection: C, id: string): Promise<CollectionEntry<C> | undefined> {
  let load = indexes.get(collection);
  if (!load) {
    load = once(async () => new Map((await entries(collection)).map((e) => [e.id, e])));
    indexes.set(collection, load);
  }
  return (await load()).get(id) as CollectionEntry<C> | undefined;
}

/** The entry a reference names (a schema's `reference()`), as entryById finds it. */
export function entryOf<C extends CollectionName>(ref: { collection: C; id: string }): Promise<CollectionEntry<C> | undefined> {
  return entryById(ref.collection, ref.id);
}

/** The entries references name, in their order (the content check has made sure each exists). */
export async function entriesOf<C extends CollectionName>(refs: readonly { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
  const found = await Promise.all(refs.map((ref) => entryOf(ref)));
  return found.filter((e) => e !== undefined) as CollectionEntry<C>[];
}

/** Documents newest first; undated ones last, by symbol. */
export const documents = once(async (): Promise<Doc[]> => {
  const all = await entries('van-ban');
  return [...all].sort(
    (a, b) =>
      time(b.data.date) - time(a.data.date) ||
      romanToNumber(b.data.term ?? '') - romanToNumber(a.data.term ?? '') ||
      compareVi(a.data.symbol ?? '', b.data.symbol ?? ''),
  );
});

/** Lesson sets newest first (by date, else by the end year of their period). */
function setTime(set: LessonSet): number {
  if (set.data.date) return set.data.date.getTime();
  const years = (set.data.period ?? '').match(/\d{4}/g);
  return years ? Date.UTC(Number(years[years.length - 1]), 0, 1) : 0;
}
export const lessonSets = once(async (): Promise<LessonSet[]> => {
  return [...(await entries('bai-hoc'))].sort((a, b) => setTime(b) - setTime(a) || compareVi(a.data.title, b.data.title));
});

function periodStart(period: string): number {
  return Number(/\d{4}/.exec(period)?.[0] ?? 0);
}
export const congresses = once(async (): Promise<Congress[]> => {
  return [...(await entries('dai-hoi'))].sort(
    (a, b) => periodStart(b.data.period) - periodStart(a.data.period) || compareVi(a.data.title, b.data.title),
  );
});
export const annualThemes = once(async (): Promise<AnnualTheme[]> => {
  return [...(await entries('chu-de-nam'))].sort((a, b) => b.data.year - a.data.year);
});
export const organizations = once(async (): Promise<Org[]> => {
  return [...(await entries('to-chuc'))].sort((a, b) => compareVi(a.data.name, b.data.name));
});
export const sources = once(async (): Promise<Source[]> => {
  const year = (s: Source) => s.data.date?.getUTCFullYear() ?? s.data.year ?? 0;
  return [...(await entries('nguon'))].sort(
    (a, b) => time(b.data.date) - time(a.data.date) || year(b) - year(a) || compareVi(a.data.title, b.data.title),
  );
});
export const topics = once(async (): Promise<Topic[]> => {
  return [...(await entries('chu-de'))].sort((a, b) => compareVi(a.data.title, b.data.title));
});
export const glossary = once(async (): Promise<Term[]> => {
  return [...(await entries('thuat-ngu'))].sort((a, b) => compareVi(a.data.term, b.data.term));
});

/** A page that refers to a document, for the "Được nhắc đến tại" list. */
export interface Citation {
  label: string;
  href: { collection: Exclude<CollectionName, 'thuat-ngu'>; id: string; hash?: string };
  how: string;
  /** the exact spots on that page whose prose cites the document (lesson or section anchors) */
  spots: { hash: string; label: string; text: string }[];
}

let citationIndex: Promise<Map<string, Citation[]>> | undefined;

/**
 * Every page that refers to each document, built once per build: frontmatter references
 * (a lesson set's documents, a relation between documents…) and citations written in prose
 * (bodies and lesson text, stored with each entry by the content loader), one entry per page
 * with the spots on it.
 */
export function citationsOf(docId: string): Promise<Citation[]> {
  citationIndex ??= (async () => {
    const index = new Map<string, Citation[]>();
    // (document, citing page) → its entry, so a document cited by thousands of pages stays linear.
    const byPage = new Map<string, Citation>();
    const add = (id: string, citation: Omit<Citation, 'spots'>, spot?: Citation['spots'][number]) => {
      const key = `${id}\0${citation.href.collection}/${citation.href.id}`;
      let entry = byPage.get(key);
      if (!entry) {
        entry = { ...citation, spots: [] };
        byPage.set(key, entry);
        const list = index.get(id) ?? [];
        list.push(entry);
        index.set(id, list);
      }
      if (spot && !entry.spots.some((s) => s.hash === spot.hash)) entry.spots.push(spot);
    };
    for (const set of await lessonSets()) {
      for (const ref of set.data.documents) add(ref.id, { label: set.data.title, href: { collection: 'bai-hoc', id: set.id }, how: 'bộ bài học' });
    }
    for (const congress of await congresses()) {
      for (const ref of congress.data.documents) add(ref.id, { label: congress.data.title, href: { collection: 'dai-hoi', id: congress.id }, how: 'đại hội' });
    }
    for (const org of await organizations()) {
      if (org.data.founded?.document) add(org.data.founded.document.id, { label: org.data.name, href: { collection: 'to-chuc', id: org.id }, how: 'thành lập tổ chức' });
    }
    for (const doc of await documents()) {
      const relations = [
        ...doc.data.implements.map((r) => [r, 'thực hiện văn bản này'] as const),
        ...doc.data.guides.map((r) => [r, 'hướng dẫn văn bản này'] as const),
        ...doc.data.replaces.map((r) => [r, 'thay thế văn bản này'] as const),
        ...doc.data.related.map((r) => [r, 'văn bản liên quan'] as const),
      ];
      for (const [ref, how] of relations) add(ref.id, { label: docTitle(doc), href: { collection: 'van-ban', id: doc.id }, how });
    }
    // Citations written in prose, found by the content loader and stored with each entry; files in content order.
    for (const collection of COLLECTIONS) {
      if (collection === 'thuat-ngu') continue;
      for (const entry of byFileOrder(await entries(collection))) {
        const citations = entry.rendered?.metadata?.citations as StoredCitations | undefined;
        for (const o of citations?.found ?? []) {
          // A document's own page mentioning itself is not a backlink.
          // Congress resolutions link to congress pages, which list no backlinks.
          if (!o.docId || o.docCollection === 'dai-hoi' || (collection === 'van-ban' && entry.id === o.docId)) continue;
          add(
            o.docId,
            { label: citations!.pageLabel, href: { collection, id: entry.id }, how: 'nhắc đến trong bài' },
            o.anchor ? { hash: o.anchor, label: o.anchorLabel ?? o.anchor, text: o.text } : undefined,
          );
        }
      }
    }
    return index;
  })();
  return citationIndex.then((index) => index.get(docId) ?? []);
}

/** "Nghị quyết số 12-NQ/TW" or, when the symbol is unknown, the kind and first informal name. */
export function docTitle(doc: Doc): string {
  if (doc.data.symbol) return `${doc.data.kind} số ${doc.data.symbol}`;
  return doc.data.informalNames[0] ?? doc.data.kind;
}

/** Every lesson tagged with a topic, across all sets, organizations and congresses; newest set first. */
export async function lessonsOnTopic(topicId: string): Promise<{ set: LessonSet; lesson: Lesson }[]> {
  const out: { set: LessonSet; lesson: Lesson }[] = [];
  for (const set of await lessonSets()) {
    for (const lesson of set.data.lessons) {
      if (lesson.topics.some((t) => t.id === topicId)) out.push({ set, lesson });
    }
  }
  return out;
}

/** Topic titles of a list of topic references (for search filters). */
export async function topicTitles(refs: readonly { id: string }[]): Promise<string[]> {
  const all = await topics();
  const byId = new Map(all.map((t) => [t.id, t.data.title]));
  return [...new Set(refs.map((r) => byId.get(r.id)).filter((t): t is string => !!t))];
}

/** Where each lesson lives: lesson ID → its set (the page whose #<lesson-id> anchor is the lesson's home). */
let lessonHomes: Promise<Map<string, { set: LessonSet; lesson: Lesson }>> | undefined;
export function lessonIndex(): Promise<Map<string, { set: LessonSet; lesson: Lesson }>> {
  lessonHomes ??= lessonSets().then((sets) => new Map(sets.flatMap((set) => set.data.lessons.map((lesson) => [lesson.id, { set, lesson }] as const))));
  return lessonHomes;
}

/** A lesson's text as HTML, rendered by the content loader with the page bodies' plugins and stored with its set. */
export async function lessonHtml(lessonId: string): Promise<string> {
  const home = (await lessonIndex()).get(lessonId);
  const html = (home?.set.rendered?.metadata?.lessons as Record<string, string> | undefined)?.[lessonId];
  if (html === undefined) throw new Error(`Bài học ${lessonId}: kho nội dung không có bản dựng HTML của bài (bộ nạp src/loader/ chưa chạy?)`);
  return html;
}
