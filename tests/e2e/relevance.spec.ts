/**
 * The relevance set (fixtures/relevance-set.ts) run through the site's own search function in
 * the built site: Pagefind's bundle from dist/, and `vietnameseSearch` bundled for the browser
 * from its source, in one page for speed. Prints top-1 and top-5 per kind (typos apart) and
 * fails when fewer than 95 % of the non-typo queries find an expected page in the first five.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';
import { KIND_LABELS, RELEVANCE_SET, type QueryKind } from './fixtures/relevance-set.ts';

// The bundled search function is injected as an inline script, which the site's CSP refuses.
test.use({ bypassCSP: true });

async function searchBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'search', 'client', 'vietnamese-search.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SoTaySearch',
    platform: 'browser',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

interface Ranked {
  query: string;
  urls: string[];
  partial: boolean[];
}

/** Runs each query through the site's search function in the built site; the first five results of each. */
async function runQueries(page: Page, queries: readonly string[]): Promise<Ranked[]> {
  await page.goto('404.html');
  await page.addScriptTag({ content: await searchBundle() });
  return page.evaluate(async (queries) => {
    type Api = { init(): Promise<void>; search: (q: string | null, o?: unknown) => Promise<unknown> };
    const bundle = new URL('pagefind/', document.baseURI).href;
    const pagefind = (await import(`${bundle}pagefind.js`)) as Api;
    await pagefind.init();
    const data = await (await fetch(`${bundle}so-tay-search.json`)).json();
    type Result = { data: () => Promise<{ url: string }>; partial?: boolean };
    const lib = (window as unknown as { SoTaySearch: { vietnameseSearch: (s: Api['search'], d: unknown) => (q: string) => Promise<{ results: Result[] } | null> } }).SoTaySearch;
    const search = lib.vietnameseSearch(pagefind.search.bind(pagefind), data);
    const out: Ranked[] = [];
    for (const query of queries) {
      const top = (await search(query))?.results.slice(0, 5) ?? [];
      const urls = await Promise.all(top.map(async (r) => (await r.data()).url.replace(/#.*$/, '')));
      out.push({ query, urls, partial: top.map((r) => r.partial === true) });
    }
    return out;
  }, queries);
}

test('the relevance set finds at least 95 % of its non-typo queries in the first five results', async ({ page }) => {
  test.setTimeout(300_000);
  const ranked = await runQueries(page, RELEVANCE_SET.map((c) => c.query));
  const rows = RELEVANCE_SET.map((c, i) => {
    const urls = ranked[i]!.urls;
    const rank = urls.findIndex((u) => c.expected.includes(u));
    return { ...c, urls, rank };
  });
  const kinds = [...new Set(rows.map((r) => r.kind))] as QueryKind[];
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  const lines = kinds.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return `${KIND_LABELS[kind].padEnd(24)} ${String(of.length).padStart(3)} queries  top-1 ${pct(of.filter((r) => r.rank === 0).length, of.length).padStart(7)}  top-5 ${pct(of.filter((r) => r.rank >= 0).length, of.length).padStart(7)}`;
  });
  const scored = rows.filter((r) => r.kind !== 'typo');
  const top5 = scored.filter((r) => r.rank >= 0).length / scored.length;
  const misses = rows.filter((r) => r.rank < 0).map((r) => `  [${r.kind}] "${r.query}" → expected ${r.expected.join(' or ')}; got ${r.urls.join(', ') || 'nothing'}`);
  console.log(
    [
      `Relevance set: ${rows.length} queries (${scored.length} without typos)`,
      ...lines,
      `without typos: top-1 ${pct(scored.filter((r) => r.rank === 0).length, scored.length)}, top-5 ${pct(scored.filter((r) => r.rank >= 0).length, scored.length)}`,
      ...(misses.length ? ['not in the first five:', ...misses] : []),
    ].join('\n'),
  );
  expect(top5, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
});

test('words the index does not hold give no results, and a misspelled word does not take over', async ({ page }) => {
  const [nonsense, digits, typo, plain] = await runQueries(page, ['xyzqwv', '1234567', 'chỉnh đốn Đảg', 'chỉnh đốn']);
  expect(nonsense!.urls).toEqual([]);
  expect(digits!.urls).toEqual([]);
  expect(typo!.urls).toEqual(plain!.urls);
  expect(plain!.urls.length).toBeGreaterThan(0);
});
