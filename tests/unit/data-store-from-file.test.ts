/**
 * The build's content store module (src/content/store-from-file.ts): Astro's
 * single-file store is replaced by code that reads the same JSON at run time; every other
 * shape of Astro's module is left alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../src/content/store-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'so-tay-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storeModuleCode', () => {
  it("gives a module whose default export is the store file's JSON, read when it runs", async () => {
    const file = join(dir, 'data-store.json');
    const store = { 'van-ban': { '12-nq-tw-2012': { title: 'Nghị quyết Trung ương 4' } } };
    const astroCode = `export default JSON.parse(${JSON.stringify(JSON.stringify({ stale: true }))})`;
    const code = storeModuleCode(astroCode, file);
    expect(code).toBeDefined();
    expect(code).not.toContain('stale');
    writeFileSync(file, JSON.stringify(store));
    const module = (await import(`data:text/javascript,${encodeURIComponent(code!)}`)) as { default: unknown };
    expect(module.default).toEqual(store);
  });

  it("leaves Astro's other shapes alone: no store yet, the chunked store", () => {
    expect(storeModuleCode('export default new Map()', join(dir, 'x.json'))).toBeUndefined();
    expect(storeModuleCode('export default{"docs":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}', join(dir, 'x.json'))).toBeUndefined();
  });
});
