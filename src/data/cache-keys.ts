/**
 * The `cacheKey` of each entry's page for Astro's incremental build (experimental.incrementalBuild,
 * src/site-config.ts): a page whose key, templates and config are those of the last build is
 * copied from Astro's cache instead of rendered. So a key must change whenever anything the page
 * shows may have changed, and pages show much of other entries (backlinks, citations, topics,
 * relations, lesson texts on topic pages). What a page shows of the knowledge base is:
 *
 *  1. other entries' frontmatter — titles, names, symbols, dates, relations, figures, order:
 *     one site-wide hash of every entry's frontmatter, lesson texts left out, so that editing a
 *     title anywhere renders every page again (rare, and always correct);
 *  2. in full (body, lesson texts, the citations found in its prose): its own entry and the
 *     entries linked with it — those it references or cites, and those referencing or citing it —
 *     by the digest the loader stored for each (src/loader/), which changes with the file's text
 *     and with the documents its citations can resolve to.
 *
 * Editing a lesson's text or an entry's body thus renders again only the pages of that entry and of
 * its neighbours. tests/build/incremental.test.ts compares such a rebuild with a cold build, byte for byte.
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import type { StoredCitations } from '../citations/scan.ts';
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';
import { entries } from './collections.ts';

type AnyEntry = CollectionEntry<CollectionName>;
const keyOf = (collection: string, id: string) => `${collection}/${id}`;
const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Every `{ collection, id }` reference anywhere in an entry's data. */
function referencesIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) referencesIn(v, out);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const { collection, id } = value as { collection?: unknown; id?: unknown };
    if (typeof collection === 'string' && typeof id === 'string' && (COLLECTIONS as readonly string[]).includes(collection)) {
      out.add(keyOf(collection, id));
      return;
    }
    for (const v of Object.values(value)) referencesIn(v, out);
  }
}

/** The entry's frontmatter as the site-wide part of every key sees it: without lesson texts. */
function frontmatter(entry: AnyEntry): unknown {
  const data = entry.data as { lessons?: { text?: string }[] };
  if (!Array.isArray(data.lessons)) return data;
  return { ...data, lessons: data.lessons.map(({ text: _text, ...rest }) => rest) };
}

function fullDigest(entry: AnyEntry): string {
  return entry.digest === undefined ? hash(JSON.stringify([entry.data, entry.body ?? ''])) : String(entry.digest);
}

interface KeyIndex {
  site: string;
  keys: Map<string, string>;
}

let index: Promise<KeyIndex> | undefined;
function keyIndex(): Promise<KeyIndex> {
  index ??= (async () => {
    const all: AnyEntry[] = [];
    for (const collection of COLLECTIONS) all.push(...((await entries(collection)) as AnyEntry[]));
    all.sort((a, b) => (keyOf(a.collection, a.id) < keyOf(b.collection, b.id) ? -1 : 1));
    const site = hash(JSON.stringify(all.map((e) => [e.collection, e.id, frontmatter(e)])));
    const neighbours = new Map<string, Set<string>>(all.map((e) => [keyOf(e.collection, e.id), new Set<string>()]));
    for (const entry of all) {
      const self = keyOf(entry.collection, entry.id);
      const linked = new Set<string>();
      referencesIn(entry.data, linked);
      const citations = entry.rendered?.metadata?.citations as StoredCitations | undefined;
      for (const c of citations?.found ?? []) if (c.docId && c.docCollection) linked.add(keyOf(c.docCollection, c.docId));
      for (const other of linked) {
        neighbours.get(self)!.add(other);
        neighbours.get(other)?.add(self);
      }
    }
    const digests = new Map(all.map((e) => [keyOf(e.collection, e.id), fullDigest(e)]));
    const keys = new Map<string, string>();
    for (const [key, linked] of neighbours) {
      const parts = [key, ...[...linked].filter((k) => k !== key).sort()].map((k) => `${k}=${digests.get(k) ?? ''}`);
      keys.set(key, hash(`${site}\n${parts.join('\n')}`));
    }
    return { site, keys };
  })();
  return index;
}

/** The cacheKey of the page(s) of one entry (its own page, a topic's handout). */
export async function entryCacheKey(collection: CollectionName, id: string): Promise<string> {
  const { site, keys } = await keyIndex();
  return keys.get(keyOf(collection, id)) ?? site;
}

/** The cacheKey of a page that shows only frontmatter (a former slug's redirect). */
export async function frontmatterCacheKey(): Promise<string> {
  return (await keyIndex()).site;
}
