/**
 * The Pagefind search index, built after Astro has written the pages, through Pagefind's
 * Node API (as Starlight does). `astro build` alone gives a searchable site: the integration
 * indexes in `astro:build:done`. `npm run build` (scripts/build.ts) instead runs Astro in a
 * child process with SO_TAY_SEARCH_INDEX=later and calls `writeSearchIndex()` once that
 * process has exited: Astro's memory is then given back before Pagefind's peak, which at
 * 10,000 pages is the difference between about 4.5 and 3 GB.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordTiming } from '../../lib/timings.ts';
import { SECTION } from '../../lib/labels.ts';
import { countDWords, glossarySynonyms, indexedTexts, type SearchData } from './vocabulary.ts';

/** Every section folder except the search page itself. */
export const INDEXED_GLOB = `{${Object.keys(SECTION).filter((s) => s !== 'tim-kiem').join(',')}}/**/*.html`;

/** Set by scripts/build.ts on its Astro process: the index is written after that process exits. */
export const INDEX_LATER_ENV = 'SO_TAY_SEARCH_INDEX';

/**
 * Indexes the built site in `outDir` into `outDir/pagefind/`; returns the number of pages indexed.
 * `dCounts`, when given, is the "đ" vocabulary (countDWords over indexedTexts) counted elsewhere,
 * e.g. by src/build/read-pages.ts, the process that checks the links and reads every page anyway;
 * Pagefind writes its files (its memory peak) only once that promise has settled, so the two
 * peaks never add up.
 */
export async function writeSearchIndex(outDir: string, root: string, dCounts?: Promise<SearchData['dCounts']>): Promise<number> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi tạo được: ${errors.join('; ')}`);
  // Pagefind indexes in its own process; the "đ" words are counted meanwhile (here, unless given).
  // Only the sections' folders: the short-link stubs under l/ (one per lesson) are never
  // indexed, and skipping them rather than parsing them halves Pagefind's work.
  const adding = index.addDirectory({ path: outDir, glob: INDEXED_GLOB });
  const counted = await (dCounts ?? countDWords(indexedTexts(outDir)));
  const added = await adding;
  if (added.errors.length) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Query-rewriting data for the search page: the index's "đ" words and the glossary.
  const data: SearchData = {
    dCounts: counted,
    synonyms: glossarySynonyms(join(root, 'content', 'thuat-ngu.yaml')),
    pageCount: added.page_count,
  };
  writeFileSync(`${outDir}/pagefind/so-tay-search.json`, JSON.stringify(data));
  recordTiming('index', started);
  return added.page_count;
}

export default function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'so-tay:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_LATER_ENV] === 'later') {
          logger.info('Pagefind: chỉ mục được lập sau khi Astro xong việc (scripts/build.ts)');
          return;
        }
        const pages = await writeSearchIndex(fileURLToPath(dir), root);
        logger.info(`Pagefind: đã lập chỉ mục ${pages} trang`);
      },
    },
  };
}
