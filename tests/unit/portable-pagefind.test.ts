/**
 * The portable copy's reliance on Pagefind's internals (src/release/portable/pagefind-bundle.ts),
 * checked against a bundle the installed Pagefind really writes: pagefind.js still loads the way
 * the classic-script build needs, every file it reads is one we give a script twin, and that
 * build is a classic script with Pagefind's API on one global. An upgrade of Pagefind that
 * changes any of this fails here, before a copy on a USB stick finds out.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/release/manifest.ts';
import { isIndexFile, pagefindAssumptions, portablePagefind } from '../../src/release/portable/pagefind-bundle.ts';

let site = '';
let bundle = '';

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'so-tay-pf-'));
  const pages: [string, string][] = [['a', 'Chỉ thị 05-CT/TW về học tập và làm theo'], ['b', 'Nghị quyết Trung ương 4 khóa XI']];
  for (const [path, title] of pages) {
    mkdirSync(join(site, path));
    writeFileSync(join(site, path, 'index.html'), `<html lang="vi"><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="Mục">Văn bản</p></main></body></html>`);
  }
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  bundle = join(site, 'pagefind');
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Pagefind's files that are not index data: its scripts, styles and UIs (read as scripts or not at all). */
const NOT_INDEX = /^(pagefind(-[a-z-]+)?\.(js|css)|pagefind-worker\.js)$/;

describe("Pagefind's bundle, as the installed Pagefind writes it", () => {
  it('pagefind.js still loads the way the portable build relies on', () => {
    expect(pagefindAssumptions(readFileSync(join(bundle, 'pagefind.js'), 'utf8'))).toEqual([]);
  });

  it('every other file of the bundle is one pagefind.js reads, and gets a script twin', () => {
    const files = listFiles(bundle);
    const unknown = files.filter((f) => !NOT_INDEX.test(f) && !isIndexFile(f));
    expect(unknown).toEqual([]);
    // Each kind is there, so the patterns are checked against real names.
    for (const kind of [/^pagefind-entry\.json$/, /\.pf_meta$/, /^wasm\..+\.pagefind$/, /^index\//, /^fragment\//, /^filter\//]) {
      expect(files.filter(isIndexFile).some((f) => kind.test(f)), String(kind)).toBe(true);
    }
  });

  it('a changed loader is caught: another fetch path, a Worker required, another version', () => {
    const source = readFileSync(join(bundle, 'pagefind.js'), 'utf8');
    expect(pagefindAssumptions(source.replace('await fetch(queued.input)', 'await fetchVia(queued.input)'))).toHaveLength(1);
    expect(pagefindAssumptions(source.replace(/pagefind_version="1\.6\./, 'pagefind_version="1.7.'))).toHaveLength(1);
    expect(pagefindAssumptions(`${source}\nimport("./x.js")`)).toHaveLength(1);
  });

  it('the portable build is one classic script with the API on soTayPagefind, plus a twin per index file', async () => {
    await portablePagefind(bundle);
    const built = readFileSync(join(bundle, 'pagefind.portable.js'), 'utf8');
    expect(built).toMatch(/^var soTayPagefind=\(\(\)=>\{/);
    expect(built).not.toMatch(/\bimport\.meta\b|^export\b|\bexport\s*\{/m);
    expect(built).not.toContain('typeof Worker'); // Worker defined away: Pagefind takes its main-thread path
    for (const name of ['search', 'init', 'options', 'preload', 'filters']) expect(built).toContain(`${name}:()=>`);
    for (const file of listFiles(bundle).filter(isIndexFile)) {
      const twin = readFileSync(join(bundle, `${file}.js`), 'utf8');
      const base64 = /\[document\.currentScript\.src\]="([A-Za-z0-9+/=]*)";\n$/.exec(twin)?.[1];
      expect(Buffer.from(base64 ?? '', 'base64').equals(readFileSync(join(bundle, file))), file).toBe(true);
    }
  });
});
