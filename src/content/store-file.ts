/**
 * Astro's content store as a build leaves it on disk, read back after Astro has rendered the
 * pages: by the build steps that run once the pages are out (short links, the citations
 * report, the search data, the link check's file names), so that after Astro everything
 * reads the entries Astro validated, and nothing reads content/ again.
 *
 * This is Astro's internal format, not a public API: the file `data-store.json` in Astro's
 * cacheDir (astro/dist/content/paths.js, getDataStoreFile), written with devalue's
 * `stringify` of Map<collection, Map<id, entry>> (astro/dist/content/mutable-data-store.js).
 * It is isolated here; tests/build/determinism.test.ts reads a real build's store with it,
 * and fails when an Astro upgrade moves or reshapes the file. devalue is pinned to the
 * major version Astro uses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unflatten } from 'devalue';
import type { CollectionName } from './schemas.ts';

/** An entry as the store holds it: data validated by the collection's schema. */
export interface StoredEntry<Data = Record<string, unknown>> {
  id: string;
  data: Data;
  /** project-relative path of the file it was loaded from */
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

export type ContentStore = ReadonlyMap<string, ReadonlyMap<string, StoredEntry>>;

/** Where a build keeps the store, from the config's cacheDir. */
export function storeFile(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

export function readContentStore(file: string): ContentStore {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Không đọc được kho nội dung của Astro (${file}): bản dựng Astro chưa chạy xong, hoặc Astro đã đổi nơi lưu kho`);
  }
  const store = unflatten(JSON.parse(text) as number | unknown[]) as unknown;
  if (!(store instanceof Map)) throw new Error(`Kho nội dung của Astro (${file}) không còn đúng dạng Map<bộ sưu tập, Map<id, mục>>: kiểm tra lại sau khi nâng cấp Astro`);
  return store as ContentStore;
}

/** A collection's entries in the store, in the order they were loaded. */
export function storedEntries<Data = Record<string, unknown>>(store: ContentStore, collection: CollectionName): StoredEntry<Data>[] {
  return [...(store.get(collection)?.values() ?? [])] as StoredEntry<Data>[];
}

/**
 * Entries in the order src/content/read.ts lists their files (names sorted at each folder
 * level), whatever order the store holds them in: what the build reports and lists by file
 * must not depend on which entries an incremental build kept.
 */
export function byFileOrder<E extends { filePath?: string }>(entries: readonly E[]): E[] {
  const parts = new Map(entries.map((e) => [e, (e.filePath ?? '').split('/')]));
  return [...entries].sort((a, b) => {
    const pa = parts.get(a)!;
    const pb = parts.get(b)!;
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
    }
    return pa.length - pb.length;
  });
}
