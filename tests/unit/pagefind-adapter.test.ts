/**
 * The search page reaches into Pagefind's Component UI through one adapter
 * (src/search/client/pagefind-adapter.ts). The first test fails when a Pagefind upgrade renames
 * or drops a private member the adapter uses; the second checks what the adapter does with them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { attachPagefind, PRIVATE_HOOKS, type Instance } from '../../src/search/client/pagefind-adapter.ts';
import type { SearchFn } from '../../src/search/client/merge.ts';

const dir = mkdtempSync(join(tmpdir(), 'so-tay-pagefind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Pagefind adapter', () => {
  it('finds every private hook it uses in the Component UI this Pagefind writes', { timeout: 60_000 }, async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    await index!.addCustomRecord({ url: '/x/', content: 'Đảng bộ', language: 'vi' });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const ui = readFileSync(join(dir, 'pagefind-component-ui.js'), 'utf8');
    for (const hook of PRIVATE_HOOKS) expect(ui, hook).toMatch(new RegExp(`\\b${hook}\\b`));
  });

  it('wraps the search once Pagefind has loaded and holds back the filters until wanted', async () => {
    const calls: string[] = [];
    const engine = {
      search: (async (term: string) => ({ results: [{ id: term }] })) as unknown as SearchFn,
      filters: async () => (calls.push('filters'), { 'Loại': { 'Chỉ thị': 2 } }),
    };
    const dispatched: unknown[] = [];
    const instance = {
      __pagefind__: null,
      __doLoad__: async function (this: Instance) {
        this.__pagefind__ = engine;
        await this.__pagefind__.filters();
      },
      __dispatch__: (_event: string, detail: unknown) => dispatched.push(detail),
      searchTerm: '',
      triggerSearch: () => undefined,
    } as unknown as Instance;
    let wanted = false;
    const attached = attachPagefind(instance, async (search) => (async (term, options) => search(`${term}!`, options)) as SearchFn, () => wanted);
    await instance.__doLoad__();
    expect(await instance.__pagefind__!.search('dang', {})).toEqual({ results: [{ id: 'dang!' }] });
    expect(calls).toEqual([]);
    wanted = true;
    await attached.showFilters();
    expect(calls).toEqual(['filters']);
    expect(dispatched).toEqual([{ available: { 'Loại': { 'Chỉ thị': 2 } }, total: { 'Loại': { 'Chỉ thị': 2 } } }]);
  });
});
