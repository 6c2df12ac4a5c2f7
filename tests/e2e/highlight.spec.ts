/**
 * Landing from a search result marks the searched words, whole: never a fragment of a word,
 * never a digit inside a symbol or a date, and a symbol searched in any spelling is marked.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';

/**
 * Every mark with the text around it: a mark inside a word has a letter or digit beside it. The
 * marking code is fetched once the page sees ?tu-khoa=, so the marks are awaited; the page marks
 * all words in one pass, so once the first shows they all have.
 */
async function marks(page: Page): Promise<{ text: string; before: string; after: string }[]> {
  await page.locator('main mark.search-hit').first().waitFor();
  return page.locator('main mark.search-hit').evaluateAll((els) =>
    els.map((m) => ({ text: m.textContent ?? '', before: (m.previousSibling?.textContent ?? '').slice(-1), after: (m.nextSibling?.textContent ?? '').slice(0, 1) })),
  );
}
// The search function is injected as an inline script, which the site's CSP refuses (csp.spec.ts tests the CSP).
test.use({ bypassCSP: true });

const insideAWord = (m: { before: string; after: string }) => /[\p{L}\p{N}]/u.test(m.before) || /[\p{L}\p{N}]/u.test(m.after);

test('a searched word is marked whole, never inside another word', async ({ page }) => {
  // "ương" of "Trung ương" must not be marked in "tăng cường" or "tư tưởng".
  await page.goto('van-ban/04-nq-tw-2016/?tu-khoa=trung&tu-khoa=uong&tu-khoa=4');
  const found = await marks(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter(insideAWord)).toEqual([]);
  expect(new Set(found.map((m) => m.text.toLowerCase()))).toEqual(new Set(['trung', 'ương', '4']));
});

test('"dang" lands with "Đảng" marked', async ({ page }) => {
  await page.goto('chu-de/xay-dung-chinh-don-dang/?tu-khoa=%C4%91ang');
  const found = await marks(page);
  expect(found.map((m) => m.text)).toContain('Đảng');
  expect(found.filter(insideAWord)).toEqual([]);
});

for (const query of ['05 CT TW', 'chỉ thị 5']) test(`a symbol searched as "${query}" is marked on the page its result opens`, async ({ page }) => {
  // The result's own address, from the site's search function with the search page's setting.
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'search', 'client', 'vietnamese-search.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SoTaySearch',
    write: false,
  });
  await page.goto('404.html');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const url = await page.evaluate(async (query) => {
    const base = new URL('pagefind/', document.baseURI).href;
    const pagefind = await import(`${base}pagefind.js`);
    await pagefind.options({ highlightParam: 'tu-khoa' });
    await pagefind.init();
    const data = await (await fetch(`${base}so-tay-search.json`)).json();
    const lib = (window as unknown as { SoTaySearch: { vietnameseSearch: (s: unknown, d: unknown) => (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).SoTaySearch;
    const found = await lib.vietnameseSearch(pagefind.search.bind(pagefind), data)(query);
    return (await found.results[0]!.data()).url;
  }, query);
  expect(url).toMatch(/\/van-ban\/05-ct-tw-2016\/\?tu-khoa=/);
  await page.goto(url.replace(/^\//, ''));
  const found = await marks(page);
  expect(found.map((m) => m.text)).toContain('05-CT/TW');
  expect(found.filter(insideAWord)).toEqual([]);
});
