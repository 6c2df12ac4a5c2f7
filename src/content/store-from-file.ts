/**
 * In a build, the pages read Astro's content store from its JSON file at run time instead of
 * from a module that holds it as one string literal.
 *
 * Astro's virtual module `astro:data-layer-content` is `export default JSON.parse("<the whole
 * data-store.json>")`: every entry's data and rendered HTML, tens of megabytes at 5,000 pages.
 * To make it, Astro reads the file, parses it once to validate it and escapes it into a literal,
 * which the bundler then takes in: the build's memory peak, and seconds of bundling. Compiling
 * the literal (V8 scans it character by character) cost more again when the pages ran. The same
 * JSON, read and parsed when the module runs, takes a fraction of that (docs/performance.md).
 *
 * So this plugin loads the module itself, before Astro's plugin does (a `load` hook ordered
 * `pre`: the first load that answers wins): for a build's single-file store only, and only when
 * the file is there (without it, Astro's own module is an empty store). The store's format is
 * Astro's; that its module is the file's JSON parsed is checked against Astro's own plugin by
 * tests/unit/data-store-from-file.test.ts, which fails when Astro changes it. The file's absolute
 * path goes into the build's server bundle only, which Astro deletes; nothing of it reaches the site.
 */
import { existsSync } from 'node:fs';

/** Astro's id for the resolved module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const STORE_MODULE = '\0astro:data-layer-content';

export const STORE_READ_MESSAGE = 'Kho nội dung được đọc từ tệp JSON khi dựng trang';

/** The module's code: the default export is `storeFile`'s JSON, read and parsed when the module runs. */
export function storeModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/** Whether Astro keeps the store in one file, from the config's `experimental.collectionStorage`. */
export function singleFileStore(storage: unknown): boolean {
  return storage === undefined || storage === 'single-file';
}

/**
 * The Vite plugin that makes a build's pages read the store from `storeFile`; `log` says so once
 * it has. Only for Astro's single-file store (singleFileStore): the caller does not add it otherwise.
 */
export function storeFromFilePlugin(storeFile: string, log: (message: string) => void) {
  return {
    name: 'so-tay:data-store-from-file',
    load: {
      order: 'pre' as const,
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler(id: string) {
        if (id !== STORE_MODULE || !existsSync(storeFile)) return undefined;
        // Said in the build log, which a build test checks: a silent fallback would only show as a slower build.
        log(`${STORE_READ_MESSAGE} (${storeFile})`);
        return { code: storeModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}
