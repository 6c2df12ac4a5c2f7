/** No request leaves the site, and search works from the site's own files. */
import { expect, test } from '@playwright/test';

const PAGES = ['', 'van-ban/12-nq-tw-2012/', 'bai-hoc/dang-bo-khoi-tw-17-nam/', 'tim-kiem/?q=chi%20bo'];

for (const path of PAGES) {
  test(`/${path} makes no request outside the site`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
  });
}

test('fonts are served by the site itself with Vietnamese coverage', async ({ page, baseURL }) => {
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('van-ban/04-nq-tw-2016/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(url.startsWith(new URL(baseURL!).origin)).toBe(true);
  expect(fonts.some((u) => /vietnamese/.test(u))).toBe(true);
});

test('every letter of a lesson page is drawn in the site’s Noto Sans, regular and bold, none by a fallback font', async ({ page }) => {
  await page.goto('bai-hoc/dang-bo-khoi-tw-17-nam/');
  // The few symbols set in the system's monospace (a lesson's number, its short link) too: every
  // character the page shows must be in the site's fonts.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) el.style.setProperty('font-family', "'Noto Sans'", 'important');
  });
  await page.evaluate(() => document.fonts.ready);
  // Chromium says which fonts drew each element's own text (DevTools' "Rendered fonts").
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'header a, main h1, main h2, main p, main li, main dt, main dd, main strong, footer p' });
  const drawn = new Map<string, number>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of fonts) drawn.set(`${f.postScriptName}${f.isCustomFont ? '' : ' (system)'}`, (drawn.get(f.postScriptName) ?? 0) + f.glyphCount);
  }
  expect(nodeIds.length).toBeGreaterThan(20);
  expect([...drawn.keys()].sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
});

test('the tab’s icon comes inside the page, no request of its own, and is drawn', async ({ page }) => {
  const icons: string[] = [];
  page.on('request', (r) => void (/favicon/.test(r.url()) && icons.push(r.url())));
  await page.goto('bai-hoc/dang-bo-khoi-tw-17-nam/');
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(async () => {
    const image = new Image();
    image.src = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
    await image.decode();
    return image.naturalWidth;
  });
  expect(width).toBeGreaterThan(0);
  expect(icons).toEqual([]);
});

test('search finds a page from a query typed without diacritics', async ({ page }) => {
  await page.goto('tim-kiem/?q=chat%20luong%20chi%20bo');
  const first = page.locator('[data-search-results] a[data-result-link]').first();
  await expect(first).toBeVisible();
  // The topic page "Chất lượng chi bộ" comes first, found through its accented words.
  // (the link carries ?tu-khoa=… so the page highlights the searched words)
  await expect(first).toHaveAttribute('href', /\/chu-de\/chat-luong-chi-bo\/(\?tu-khoa=[^#]*)?$/);
  await expect(first).toContainText('Chất lượng chi bộ');
});

test('the header search box opens the dialog with what was typed, and "Xem tất cả kết quả" leads to the search page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).click();
  const box = page.getByRole('combobox', { name: 'Tìm trong sổ tay' });
  await expect(box).toBeFocused();
  await page.keyboard.type('dan van');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByRole('link', { name: 'Xem tất cả kết quả' }).click();
  await expect(page).toHaveURL(/tim-kiem\/\?q=dan\+van/);
  await expect(page.locator('[data-search-results] a[data-result-link]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search form goes to the search page with the query', async ({ page }) => {
    await page.goto('van-ban/');
    await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).fill('dan van');
    await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).press('Enter');
    await expect(page).toHaveURL(/tim-kiem\/\?q=dan\+van/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  });
});
