/**
 * The build's content store module (src/content/store-from-file.ts): the plugin loads Astro's
 * single-file store module itself, as code that reads the same JSON at run time.
 *
 * This is the one place the site relies on Astro's internals for its store, so the test runs
 * Astro's own plugin (not exported: imported from its file) on the same store file and requires
 * both modules to give the same value, and the module id to be Astro's: an Astro release that
 * changes either fails here, not in a built page.
 */
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { singleFileStore, STORE_MODULE, storeFromFilePlugin } from '../../src/content/store-from-file.ts';
import { storeFile } from '../../src/content/store-file.ts';

const astroDist = resolve('node_modules/astro/dist/content');
const { astroContentVirtualModPlugin } = (await import(pathToFileURL(join(astroDist, 'vite-plugin-content-virtual-mod.js')).href)) as {
  astroContentVirtualModPlugin: (options: { settings: unknown; fs?: unknown }) => {
    config: (config: object, env: { command: string }) => void;
    load: { handler: (this: unknown, id: string) => Promise<{ code: string } | undefined> };
  };
};
const { RESOLVED_DATA_STORE_VIRTUAL_ID } = (await import(pathToFileURL(join(astroDist, 'consts.js')).href)) as { RESOLVED_DATA_STORE_VIRTUAL_ID: string };

const dir = mkdtempSync(join(tmpdir(), 'so-tay-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A module's default export, from its code. */
async function valueOf(code: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

/** Astro's own store module for a build whose cacheDir is `cacheDir`. */
async function astroModule(cacheDir: string): Promise<string> {
  const root = pathToFileURL(`${dir}/`);
  const settings = {
    config: { root, srcDir: new URL('src/', root), cacheDir: pathToFileURL(`${cacheDir}/`), experimental: {}, legacy: {} },
    dotAstroDir: new URL('.astro/', root),
  };
  const plugin = astroContentVirtualModPlugin({ settings, fs });
  plugin.config({}, { command: 'build' });
  const loaded = await plugin.load.handler.call({ error: (e: unknown) => { throw e; } }, RESOLVED_DATA_STORE_VIRTUAL_ID);
  if (!loaded) throw new Error("Astro's plugin gave no store module");
  return loaded.code;
}

function ourModule(file: string): string | undefined {
  const messages: string[] = [];
  const loaded = storeFromFilePlugin(file, (m) => messages.push(m)).load.handler(STORE_MODULE);
  if (loaded) expect(messages).toHaveLength(1);
  return loaded?.code;
}

describe('the content store module', () => {
  it("is Astro's resolved id, loaded before Astro's plugin loads it", () => {
    expect(STORE_MODULE).toBe(RESOLVED_DATA_STORE_VIRTUAL_ID);
    const plugin = storeFromFilePlugin(join(dir, 'x.json'), () => undefined);
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.filter.id.test(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBe(true);
    expect(plugin.load.filter.id.test('\0astro:content')).toBe(false);
  });

  it("gives the value Astro's own module gives for the same store file, read when it runs", async () => {
    const cacheDir = join(dir, 'cache');
    mkdirSync(cacheDir, { recursive: true });
    const file = storeFile(pathToFileURL(`${cacheDir}/`));
    // A store as Astro writes it (devalue's flat form), with Vietnamese text and HTML in it.
    writeFileSync(file, JSON.stringify([{ 'van-ban': 1 }, ['Map', 2], { id: 3, body: 4 }, '12-nq-tw-2012', '<p>Nghị quyết Trung ương 4 &amp; “Đảng bộ”</p>']));
    const ours = ourModule(file);
    expect(ours).toBeDefined();
    expect(ours).not.toContain('Nghị quyết');
    const astro = await astroModule(cacheDir);
    expect(astro).toContain('Nghị quyết');
    expect(await valueOf(ours!)).toEqual(await valueOf(astro));
  });

  it("leaves the module to Astro when there is no store file yet, or the store is chunked", () => {
    expect(ourModule(join(dir, 'none', 'data-store.json'))).toBeUndefined();
    expect(singleFileStore(undefined)).toBe(true);
    expect(singleFileStore('single-file')).toBe(true);
    expect(singleFileStore('chunked')).toBe(false);
    expect(singleFileStore({ chunkSize: 1024 })).toBe(false);
  });
});
