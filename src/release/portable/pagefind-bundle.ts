/**
 * THE ONE MODULE THAT KNOWS PAGEFIND'S FILE LAYOUT AND HOW ITS pagefind.js LOADS (Pagefind 1.6;
 * `pagefind` is pinned to 1.6.x in package.json partly for this). The portable copy needs
 * Pagefind to run from file://, where its pagefind.js cannot: it is an ES module, reads its
 * index with fetch(), starts a Worker and finds its folder from import.meta.url. Pagefind's
 * maintainers answer "use a web server" (Pagefind issue #202), and its public API has no
 * option for another loader, so this step relies on what pagefind.js 1.6 does inside:
 *  - every file it reads (pagefind-entry.json, pagefind.<hash>.pf_meta, wasm.<lang>.pagefind,
 *    index/*.pf_index, fragment/*.pf_fragment, filter/*.pf_filter) goes through the global
 *    fetch() and then .json() or .arrayBuffer(), and the wasm is instantiated from those bytes;
 *  - it uses a Worker only when `typeof Worker` says one exists, and falls back to the main
 *    thread (the same search code) otherwise;
 *  - import.meta.url only derives the bundle folder when no basePath option is given.
 * So pagefind.js is rebundled by esbuild as one classic script (IIFE, exports on the global
 * soTayPagefind), with `fetch` bound, inside that script only, to a reader of the files' script
 * twins (src/search/client/portable/file-fetch.ts), `Worker` undefined and import.meta.url
 * undefined; and every index file gets its twin "<file>.js" (script-file.ts).
 * pagefindAssumptions() checks the generated pagefind.js for each of these points; the package
 * step refuses a bundle that fails it, and tests/unit/portable-pagefind.test.ts runs it on a
 * bundle that the installed Pagefind writes, so an upgrade that changes them fails a test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { listFiles } from '../manifest.ts';
import { scriptFile } from './script-file.ts';
import { SEARCH_DATA_FILE } from '../../search/data.ts';
import { PAGEFIND_GLOBAL, PORTABLE_PAGEFIND_FILE } from '../../search/client/portable/portable-pagefind.ts';

const FILE_FETCH = join(import.meta.dirname, '../../search/client/portable/file-fetch.ts');

/** Whether a file of the bundle (path relative to it) is one that pagefind.js reads with fetch. */
export function isIndexFile(path: string): boolean {
  return (
    path === 'pagefind-entry.json' ||
    /^pagefind\.[^/]+\.pf_meta$/.test(path) ||
    /^wasm\.[^/]+\.pagefind$/.test(path) ||
    /^(index\/[^/]+\.pf_index|fragment\/[^/]+\.pf_fragment|filter\/[^/]+\.pf_filter)$/.test(path)
  );
}

/** What this module relies on in pagefind.js, each with the text that shows it; the failing ones. */
export function pagefindAssumptions(source: string): string[] {
  const checks: [string, boolean][] = [
    ['Pagefind 1.6 (pagefind_version="1.6.…")', /pagefind_version\s*=\s*"1\.6\./.test(source)],
    ['one fetch() for every file of the bundle (performFetch → fetch(queued.input))', /await fetch\(queued\.input\)/.test(source)],
    ['the entry file pagefind-entry.json under basePath', source.includes('${this.basePath}pagefind-entry.json')],
    ['metadata pagefind.<hash>.pf_meta', source.includes('${this.basePath}pagefind.${index}.pf_meta')],
    ['wasm.<lang>.pagefind, instantiated from its bytes', source.includes('wasm.${language}.pagefind') && source.includes('module_or_path:final_wasm')],
    ['index/, fragment/, filter/ chunks', ['index/${hash}.pf_index', 'fragment/${hash}.pf_fragment', 'filter/${hash}.pf_filter'].every((s) => source.includes(s))],
    ['a Worker only when typeof Worker is defined, else the main thread', /typeof Worker\s*!==\s*"undefined"/.test(source) && source.includes('initFallback')],
    ['the basePath option wins over import.meta.url', source.includes('if(explicit)return explicit')],
    ['no other way to load (XMLHttpRequest, import(), importScripts)', !/XMLHttpRequest|importScripts|\bimport\(/.test(source)],
  ];
  return checks.filter(([, ok]) => !ok).map(([what]) => what);
}

/**
 * Turns the copy of Pagefind's bundle in `bundleDir` into one that runs from file://: the
 * classic build of pagefind.js and the script twin of each index file and of our search data.
 * The original files stay (the copy still works when served, and page code may prefetch them).
 */
export async function portablePagefind(bundleDir: string): Promise<void> {
  const entry = join(bundleDir, 'pagefind.js');
  const problems = pagefindAssumptions(readFileSync(entry, 'utf8'));
  if (problems.length) {
    throw new Error(`pagefind.js không còn như bản mang theo cần (src/release/portable/pagefind-bundle.ts): ${problems.join('; ')}`);
  }
  for (const path of listFiles(bundleDir)) {
    if (isIndexFile(path) || path === SEARCH_DATA_FILE) writeFileSync(join(bundleDir, `${path}.js`), scriptFile(readFileSync(join(bundleDir, path))));
  }
  await build({
    entryPoints: [entry],
    outfile: join(bundleDir, PORTABLE_PAGEFIND_FILE),
    bundle: true,
    format: 'iife',
    globalName: PAGEFIND_GLOBAL,
    inject: [FILE_FETCH],
    define: { Worker: 'undefined', 'import.meta.url': 'undefined' },
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
}
