/**
 * Deterministic builds: the same commit built twice, in two different folders (so an
 * absolute path leaking into the output is caught too), gives byte-identical files —
 * pages, Astro's hashed assets, the Pagefind index and our search data.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';
import { compareManifests, hashTree } from '../../src/release/manifest.ts';
import type { StoredCitations } from '../../src/citations/scan.ts';
import { readContent } from '../../src/content/read.ts';
import { COLLECTIONS } from '../../src/content/schemas.ts';
import { STORE_READ_MESSAGE } from '../../src/content/store-from-file.ts';
import { readContentStore, storedEntries, storeFile } from '../../src/content/store-file.ts';
import { cacheDirOf } from '../../src/site-config.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * The environment a person's shell gives the build: without what Vitest injects (its
 * import.meta.env mirror BASE_URL=/, MODE, DEV… and NODE_ENV=test). With them, a
 * SITE_BASE=/kb/ build came out with links under "/" (seen while writing this test).
 */
function shellEnv(): NodeJS.ProcessEnv {
  const injected = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !injected.has(key) && !key.startsWith('VITEST')));
}

/** Builds a copy with `npm run build`'s script, or with a plain `astro build` when `plain`. */
function buildCopy(extraEnv: NodeJS.ProcessEnv = {}, plain = false): string {
  const copy = mkdtempSync(join(tmpdir(), 'so-tay-det-'));
  copies.push(copy);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  // Packages linked one by one: Astro's cache (node_modules/.astro, the content store the pages
  // read) stays the copy's own, so builds running side by side never read each other's.
  linkNodeModules(ROOT, copy);
  const args = plain ? [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'] : ['scripts/build.ts'];
  const result = spawnSync(process.execPath, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...shellEnv(), SITE_BASE: '/kb/', OUT_DIR: '', ...extraEnv },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  // The content store is read from its file, not compiled as a 34 MB module (src/content/store-from-file.ts).
  expect(result.stdout).toContain(STORE_READ_MESSAGE);
  copyRoots.set(join(copy, 'dist'), copy);
  return join(copy, 'dist');
}

const copyRoots = new Map<string, string>();

// `npm run build` on a copy, built once for both tests.
let scriptDist: string | undefined;
const scriptTree = () => hashTree((scriptDist ??= buildCopy()));

describe('the build', () => {
  it('gives byte-identical output when run twice on the same sources, in two folders', { timeout: 300_000 }, () => {
    const first = scriptTree();
    const second = hashTree(buildCopy());
    expect(first.size).toBeGreaterThan(50);
    expect([...first.keys()].some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
    expect(compareManifests(first, second)).toEqual({ missing: [], changed: [], extra: [] });
  });

  // scripts/build.ts writes the index itself once Astro's process has exited (for memory, see
  // src/search/build/pagefind-index.ts); a plain `astro build` indexes in the integration.
  it('gives the same pages and search index with a plain `astro build`', { timeout: 300_000 }, () => {
    const script = new Map(scriptTree());
    const plain = hashTree(buildCopy({}, true));
    expect([...plain.keys()].filter((p) => p.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(plain.has('pagefind/so-tay-search.json')).toBe(true);
    // so-tay-build.json (what the copy was built for) is written by scripts/build.ts only.
    script.delete('so-tay-build.json');
    expect(compareManifests(script, plain)).toEqual({ missing: [], changed: [], extra: [] });
  });

  // The build steps after Astro read Astro's content store from its file (src/content/store-file.ts,
  // Astro's internal format): this fails when an Astro upgrade moves or reshapes it.
  it("leaves Astro's content store where the build reads it back, with every entry and its derived data", { timeout: 300_000 }, () => {
    scriptTree();
    const copy = copyRoots.get(scriptDist!)!;
    const store = readContentStore(storeFile(cacheDirOf(copy)));
    const files = readContent(copy);
    for (const collection of COLLECTIONS) {
      const ids = files.filter((f) => f.collection === collection).map((f) => f.id);
      expect(storedEntries(store, collection).map((e) => e.id).sort(), collection).toEqual([...ids].sort());
    }
    const set = storedEntries(store, 'bai-hoc').find((e) => e.id === 'dang-bo-khoi-tw-17-nam')!;
    expect(Object.keys(set.rendered?.metadata?.lessons as object)).toContain('tw-2024-3');
    expect((set.rendered?.metadata?.citations as StoredCitations).found.some((c) => c.docId === '12-nq-tw-2012')).toBe(true);
  });
});
