/**
 * The Pagefind search index, built after Astro has written the pages, through Pagefind's
 * Node API (as Starlight does), with the data our query rewriting needs beside it.
 * `writeSearchIndex()` is called by the site integration in `astro:build:done` (a plain
 * `astro build` gives a searchable site), or by `npm run build` once its Astro process has
 * exited (scripts/build.ts), so that Astro's memory is given back before Pagefind's peak.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { SECTION } from '../../lib/labels.ts';
import { SEARCH_DATA_FILE, type SearchData, type Synonym } from '../data.ts';
import { countVocabulary, indexedTexts, type Vocabulary } from './vocabulary.ts';
import { pruneIndex, seedIndex } from './previous-index.ts';

/**
 * The glossary's synonyms for the search data, written beside Astro's content store (`store`,
 * its file) by the integration when its caller indexes after Astro (scripts/build.ts).
 */
export function synonymsFile(store: string): string {
  return join(dirname(store), 'so-tay-synonyms.json');
}

/** Every section folder except the search page itself. */
export const INDEXED_GLOB = `{${Object.keys(SECTION).filter((s) => s !== 'tim-kiem').join(',')}}/**/*.html`;

export interface IndexInputs {
  /** the glossary's abbreviations (glossarySynonyms over the thuat-ngu collection) */
  synonyms: Synonym[];
  /**
   * The "đ" words and the suggestion words (countVocabulary over indexedTexts), when counted elsewhere, e.g. by
   * the process that checks the links and reads every page anyway (src/build/read-pages.ts);
   * Pagefind writes its files (its memory peak) only once this promise has settled, so the two
   * peaks never add up. Counted here otherwise.
   */
  vocabulary?: Promise<Vocabulary>;
  /**
   * The last good output's Pagefind bundle (dist/pagefind/), when there is one: its files that the
   * new index names again are reused rather than compressed and written again (previous-index.ts).
   */
  previous?: string;
}

/** Indexes the built site in `outDir` into `outDir/pagefind/`; returns the number of pages indexed and the time it took. */
export async function writeSearchIndex(outDir: string, { synonyms, vocabulary, previous }: IndexInputs): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi tạo được: ${errors.join('; ')}`);
  // Pagefind indexes in its own process; the "đ" words are counted meanwhile (here, unless given).
  // Only the sections' folders: the short-link stubs under l/ (one per lesson) are never
  // indexed, and skipping them rather than parsing them halves Pagefind's work.
  const adding = index.addDirectory({ path: outDir, glob: INDEXED_GLOB });
  const counted = await (vocabulary ?? countVocabulary(indexedTexts(outDir)));
  const added = await adding;
  if (added.errors.length) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
  const bundle = `${outDir}/pagefind`;
  const write = async () => {
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
  };
  const seeded = previous ? seedIndex(previous, bundle) : 0;
  await write();
  if (seeded > 0) {
    try {
      pruneIndex(bundle);
    } catch (error) {
      // Pagefind's files are no longer what previous-index.ts knows: an index from scratch is
      // slower, never wrong.
      console.warn(`⚠ Không dùng lại được chỉ mục tìm kiếm của bản dựng trước (${error instanceof Error ? error.message : String(error)}); lập lại toàn bộ.`);
      rmSync(bundle, { recursive: true, force: true });
      await write();
    }
  }
  await pagefind.close();
  // Query-rewriting data for the search page: the index's "đ" words and the glossary.
  const data: SearchData = { dCounts: counted.dCounts, synonyms, pageCount: added.page_count, words: counted.words };
  writeFileSync(`${outDir}/pagefind/${SEARCH_DATA_FILE}`, JSON.stringify(data));
  return { pages: added.page_count, ms: performance.now() - started };
}
