/**
 * In a build, the pages read Astro's content store from its JSON file at run time instead of
 * from a module that holds it as one string literal.
 *
 * Astro's virtual module `astro:data-layer-content` is `export default JSON.parse("<the whole
 * data-store.json>")`: every entry's data and rendered HTML, tens of megabytes at 5,000 pages.
 * Compiling that module (V8 has to scan the literal character by character) took a quarter of
 * the time Astro spends generating pages, and the source stays in memory as long as the module
 * does. The same JSON, read and parsed when the module runs, takes a fraction of that
 * (docs/performance.md).
 *
 * Only a build's single-file store is rewritten, and only when the module has the expected
 * shape: with Astro's chunked storage, in `astro dev`, or after a change in Astro's output,
 * the module is left as Astro made it (slower, never wrong). The file's absolute path goes
 * into the build's server bundle only, which Astro deletes; nothing of it reaches the site.
 */

/** Astro's id for the resolved module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE = '\0astro:data-layer-content';

export const STORE_READ_MESSAGE = 'Kho nội dung được đọc từ tệp JSON khi dựng trang';

/** The module's new code, or undefined when Astro's code is not the single-file store it expects. */
export function storeModuleCode(code: string, storeFile: string): string | undefined {
  if (!code.startsWith('export default JSON.parse(')) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/** The Vite plugin that makes a build's pages read the store from `storeFile`; `log` says so once it has. */
export function storeFromFilePlugin(storeFile: string, log: (message: string) => void) {
  return {
    name: 'so-tay:data-store-from-file',
    transform(code: string, id: string) {
      if (id !== STORE_MODULE) return undefined;
      const replaced = storeModuleCode(code, storeFile);
      if (replaced === undefined) return undefined;
      // Said in the build log, which a build test checks: a silent fallback would only show as a slower build.
      log(`${STORE_READ_MESSAGE} (${storeFile})`);
      return { code: replaced, map: { mappings: '' } };
    },
  };
}
