/**
 * The portable copy, unpacked from the zip that `npm run package -- --portable` wrote, opened
 * as files (file://) in Chromium, as an IT person would from a USB stick: the archive itself,
 * styles and fonts, navigation by clicks, short links, search (Pagefind's results, with our
 * Vietnamese rewriting, equal to the served site's), copy-link, print of a handout; and on
 * every page no console error, no policy violation and no request outside the copy's folder.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { listFiles, verifyTree } from '../../src/release/manifest.ts';
import { contentLessons, DIST } from '../e2e/site.ts';
import { RELEVANCE_SET } from '../e2e/fixtures/relevance-set.ts';

const DIR = process.env.PORTABLE_DIR ?? '';
const ROOT_URL = pathToFileURL(`${DIR}/`).href;
const open = (page: Page, path: string) => page.goto(ROOT_URL + path);

/** Fails the test on anything a reader of the copy would see go wrong: an error, a blocked script, a request out of the folder. */
function watch(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => void (!r.url().startsWith(ROOT_URL) && !r.url().startsWith('data:') && problems.push(`request outside the copy: ${r.url()}`)));
  // ERR_ABORTED: a request cut short by going to the next page (the favicon, mostly), not a missing file.
  page.on('requestfailed', (r) => void (r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`)));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { problems };
}

test('the zip holds one folder with the guide and a manifest it verifies against, and packs to the same bytes twice', () => {
  const pack = JSON.parse(readFileSync(process.env.PORTABLE_PACK ?? '', 'utf8')) as { hashes: string[]; entries: string[]; output: string };
  expect(pack.hashes[0]).toBe(pack.hashes[1]);
  const folders = new Set(pack.entries.map((e) => e.split('/')[0]));
  expect([...folders]).toEqual([DIR.split('/').pop()]);
  expect(pack.output).toMatch(/so-tay-[\d.]+-portable\.zip {2}\d+,\d MB/); // the size is printed
  expect(verifyTree(DIR)).toEqual({ missing: [], changed: [], extra: [] });
  const guide = readFileSync(join(DIR, 'HUONG-DAN.txt'), 'utf8');
  expect(guide).toContain('bấm đúp vào index.html');
  expect(guide).toContain('Không cần mạng');
  expect(guide).toMatch(/Chrome, Edge hoặc Firefox/);
  expect(guide).toContain('In bản này (A4)');
});

test('every link, script and stylesheet of every page names a file of the copy', () => {
  const files = new Set(listFiles(DIR));
  const broken: string[] = [];
  for (const file of [...files].filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(DIR, file), 'utf8');
    expect(html, file).not.toMatch(/<script[^>]*type="module"/);
    for (const [, attr, value] of html.matchAll(/\s(href|src|action|data-copy|content)="([^"]*)"/g)) {
      let url = value!;
      if (attr === 'content') {
        const refresh = /;\s*url=(.*)$/.exec(url);
        if (!refresh) continue;
        url = refresh[1]!;
      }
      if (/^([a-z]+:|#|\?|\{\{)/i.test(url) || url === '') continue;
      expect(url, `${file}: ${attr}="${url}"`).not.toMatch(/^\//); // no address from the root of the disk
      const target = join(dirname(join(DIR, file)), decodeURI(url.replace(/[?#].*$/, '')));
      if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${file}: ${attr}="${url}"`);
    }
  }
  expect(broken).toEqual([]);
});

test('the home page opens from file:// with its stylesheet and fonts, and links lead to pages by clicks', async ({ page }) => {
  const { problems } = watch(page);
  await open(page, 'index.html');
  // The site's stylesheet applied: its font, and the header laid out as a flex row.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Noto Sans/);
  expect(await page.locator('.header-inner').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  expect(await page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.status === 'loaded')))).toBe(true);

  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Văn bản' }).click();
  await expect(page).toHaveURL(`${ROOT_URL}van-ban/index.html`);
  await page.locator('main a[href*="05-ct-tw-2016"]').first().click();
  await expect(page).toHaveURL(`${ROOT_URL}van-ban/05-ct-tw-2016/index.html`);
  await expect(page.locator('h1')).toContainText('05-CT/TW');
  await page.locator('a.brand').click();
  await expect(page).toHaveURL(`${ROOT_URL}index.html`);
  expect(problems).toEqual([]);
});

test('every page of the copy loads with no error, no policy violation and no request outside its folder', async ({ page }) => {
  test.setTimeout(240_000);
  const { problems } = watch(page);
  // Redirect pages leave at once (their landing: the short-link test; their targets: the link test).
  const redirect = (f: string) => /<meta http-equiv="refresh"/i.test(readFileSync(join(DIR, f), 'utf8'));
  const pages = listFiles(DIR).filter((f) => f.endsWith('.html') && !redirect(f));
  expect(pages.length).toBeGreaterThan(30);
  for (const file of pages) {
    await open(page, file);
    await page.waitForLoadState('load');
  }
  expect(problems).toEqual([]);
});

test('a short link l/<id>/index.html opens its lesson in the copy', async ({ page }) => {
  const { problems } = watch(page);
  const lesson = contentLessons()[0]!;
  await open(page, `l/${lesson.id}/index.html`);
  await expect(page).toHaveURL(`${ROOT_URL}bai-hoc/${lesson.setId}/index.html#${lesson.id}`);
  await expect(page.locator(`[id="${lesson.id}"]`)).toBeVisible();
  expect(problems).toEqual([]);
});

test('copy-link copies the lesson\'s address in the copy, and that address opens the lesson', async ({ page }) => {
  // Which text the button hands to the clipboard (the clipboard itself needs a permission that
  // cannot be granted to file:// pages in Playwright).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void ((window as unknown as { copied: string }).copied = t) } });
  });
  const lesson = contentLessons()[0]!;
  await open(page, `bai-hoc/${lesson.setId}/index.html`);
  await page.locator(`[id="${lesson.id}"]`).locator('..').locator('button.copy-link').first().click();
  const copied = await page.waitForFunction(() => (window as unknown as { copied?: string }).copied).then((h) => h.jsonValue());
  expect(copied).toBe(`${ROOT_URL}bai-hoc/${lesson.setId}/index.html#${lesson.id}`);
  await page.goto(String(copied));
  await expect(page.locator(`[id="${lesson.id}"]`)).toBeVisible();
});

test('a topic handout prints from the copy: its print button works, and the PDF is A4 with every lesson title', async ({ page }) => {
  const { problems } = watch(page);
  const topic = 'xay-dung-chinh-don-dang';
  const onTopic = contentLessons().filter((l) => l.topics.includes(topic));
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await open(page, `chu-de/${topic}/index.html`);
  await page.getByRole('link', { name: 'Bản in' }).click();
  await expect(page).toHaveURL(`${ROOT_URL}chu-de/${topic}/ban-in/index.html`);
  await expect(page.locator('.handout-item')).toHaveCount(onTopic.length);
  await page.getByRole('button', { name: 'In bản này (A4)' }).click(); // shown and wired by the page's (classic) script
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const [, , width, height] = (await doc.getPage(1)).view;
  expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
  const { text } = await extractText(doc, { mergePages: true });
  const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
  for (const lesson of onTopic) expect(flat(text)).toContain(lesson.id);
  expect(problems).toEqual([]);
});

test.describe('search', () => {
  // The relevance set: Vietnamese without diacritics, đ as d, symbols, abbreviations, questions.
  const QUERIES = RELEVANCE_SET.map((c) => c.query);
  let harness = '';
  let server: Server;
  let served = '';

  test.beforeAll(async () => {
    const bundled = await build({ entryPoints: [join(import.meta.dirname, 'search-harness.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
    harness = bundled.outputFiles[0]!.text;
    server = await serve(DIST);
    const address = server.address();
    served = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function search(page: Page, query: string): Promise<string[]> {
    // The harness runs in the page like a page script (evaluate is not subject to the page's CSP).
    // Once per page: the harness keeps its Pagefind instance between queries.
    if (!(await page.evaluate(() => typeof window.siteSearch === 'function'))) await page.evaluate(harness);
    return page.evaluate((q) => window.siteSearch(q), query);
  }

  test('"chi thi 05" (no diacritics) finds Chỉ thị 05-CT/TW first, from file://, with no request outside the copy', async ({ page }) => {
    const { problems } = watch(page);
    await open(page, 'bai-hoc/index.html');
    const urls = await search(page, 'chi thi 05');
    expect(urls[0]).toBe(`${ROOT_URL}van-ban/05-ct-tw-2016/index.html`);
    await page.goto(urls[0]!);
    await expect(page.locator('h1')).toContainText('05-CT/TW');
    expect(problems).toEqual([]);
  });

  test('the header dialog searches from file://: "chi thi 05" typed, Chỉ thị 05-CT/TW first, Enter opens it, its words marked', async ({ page }) => {
    const { problems } = watch(page);
    await open(page, 'bai-hoc/index.html');
    await page.locator('#header-q').click();
    const input = page.locator('[data-sd-input]');
    await input.pressSequentially('chi thi 05');
    await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', 'chi thi 05');
    await expect(page.locator('[data-sd-list] [role="option"]').first()).toContainText('05-CT/TW');
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`^${ROOT_URL}van-ban/05-ct-tw-2016/index\\.html`));
    await expect(page.locator('h1')).toContainText('05-CT/TW');
    // Landing from a result marks the searched words, as on the served site.
    await expect(page.locator('main mark').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the search page searches from file://: tim-kiem/index.html?q=chi thi 05 lists Chỉ thị 05-CT/TW first, with its filters', async ({ page }) => {
    const { problems } = watch(page);
    await open(page, 'tim-kiem/index.html?q=chi%20thi%2005');
    const first = page.locator('[data-search-results] a[data-result-link]').first();
    await expect(first).toContainText('05-CT/TW');
    expect(await first.getAttribute('href')).toMatch(/^file:.*van-ban\/05-ct-tw-2016\/index\.html/);
    await page.getByText('Lọc kết quả').click();
    await expect(page.locator('[data-filter-pane] input[type="checkbox"]').first()).toBeVisible();
    await first.click();
    await expect(page.locator('h1')).toContainText('05-CT/TW');
    expect(problems).toEqual([]);
  });

  test('on the relevance set the copy\'s first five results are the served site\'s', async ({ page, browser }) => {
    test.setTimeout(300_000);
    const { problems } = watch(page);
    await open(page, 'index.html');
    const site = await browser.newPage();
    await site.goto(served);
    for (const query of QUERIES) {
      const fromCopy = await search(page, query);
      const fromSite = (await search(site, query)).map((u) => {
        const [path = '', suffix = ''] = u.split(/(?=[?#])/);
        return `${ROOT_URL}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}${suffix}`;
      });
      expect(fromSite.length, query).toBeGreaterThan(0);
      expect(fromCopy, query).toEqual(fromSite);
    }
    await site.close();
    expect(problems).toEqual([]);
  });
});

/** A throw-away static server of the built site (port chosen by the system), to compare with. */
function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
