/**
 * Builds the Pagefind search index after Astro has written the pages, through
 * Pagefind's Node API (as Starlight does), so `astro build` alone gives a searchable site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/html-files.ts';
import { recordTiming } from '../lib/timings.ts';
import { announcePagesWritten } from '../lib/pages-written.ts';
import { SECTION } from '../lib/labels.ts';
import { countDWords, glossarySynonyms, htmlText, indexedHtml, type SearchData } from '../lib/search/vocabulary.ts';

/** Every section folder except the search page itself. */
export const INDEXED_GLOB = `{${Object.keys(SECTION).filter((s) => s !== 'tim-kiem').join(',')}}/**/*.html`;

export default function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'so-tay:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Every page is out (short links included): work that needs them may run during the wait.
        announcePagesWritten(outDir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind không khởi tạo được: ${errors.join('; ')}`);
        // Pagefind indexes in its own process; count the "đ" words meanwhile on this thread.
        // Only the sections' folders: the short-link stubs under l/ (one per lesson) are never
        // indexed, and skipping them rather than parsing them halves Pagefind's work.
        const adding = index.addDirectory({ path: outDir, glob: INDEXED_GLOB });
        const dCounts = countDWords(htmlFiles(outDir).map((f) => htmlText(indexedHtml(readFileSync(f, 'utf8')))));
        const added = await adding;
        if (added.errors.length) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Query-rewriting data for the search page: the index's "đ" words and the glossary.
        const data: SearchData = {
          dCounts,
          synonyms: glossarySynonyms(join(root, 'content', 'thuat-ngu.yaml')),
          pageCount: added.page_count,
        };
        writeFileSync(`${outDir}/pagefind/so-tay-search.json`, JSON.stringify(data));
        recordTiming('index', started);
        logger.info(`Pagefind: đã lập chỉ mục ${added.page_count} trang`);
      },
    },
  };
}
