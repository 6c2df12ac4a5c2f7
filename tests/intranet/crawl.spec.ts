/**
 * A crawl of the /kb/ build as an intranet copy with no internet: every request that is
 * not to the site itself is aborted. Starting from the home page, the search page and a
 * missing page, it follows every internal link and then visits any built page not reached,
 * and finds 0 requests outside the site, 0 failed responses, 0 console errors and 0 broken
 * internal links (missing targets, links leaving /kb/, #anchors that do not exist).
 */
import { expect, test } from '@playwright/test';
import { kbPages } from './kb-site.ts';

const MISSING = 'khong-co-trang-nay/';

test('every page of the /kb/ build works with no request leaving the site', async ({ browser, baseURL, request }) => {
  test.setTimeout(240_000);
  const base = new URL(baseURL!);
  const origin = base.origin;
  const context = await browser.newContext();
  const outside = new Set<string>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outside.add(url);
    return route.abort();
  });

  const problems: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const assetStatus = new Map<string, Promise<number>>();
  const seen = new Set<string>();
  const queue: string[] = [];
  const enqueue = (url: string) => {
    if (!seen.has(url)) {
      seen.add(url);
      queue.push(url);
    }
  };

  // A fresh tab per page: navigating an old tab away cancels its late requests (favicon,
  // search preload), which would look like failures of the next page.
  async function visit(url: string) {
    const where = url.slice(origin.length);
    // A redirect page (short link /l/<id>/, former slug) leaves at once by meta refresh, so the
    // browser cannot be asked about it: read its HTML, check its target like any other link.
    if (!url.endsWith(MISSING) && !url.includes('?')) {
      const html = await (await request.get(url)).text();
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html);
      if (refresh?.[1]) {
        const target = new URL(refresh[1].replace(/&amp;/g, '&'), url);
        if (!target.pathname.startsWith(base.pathname)) problems.push(`${where}: chuyển hướng ra ngoài ${base.pathname}: ${target.href}`);
        if (target.hash.length > 1) anchors.push({ from: where, page: `${origin}${target.pathname}`, id: decodeURIComponent(target.hash.slice(1)) });
        target.hash = '';
        enqueue(target.href);
        return;
      }
    }
    const page = await context.newPage();
    const onConsole = (m: { type(): string; text(): string }) => {
      // The missing page's own 404 is the point of visiting it.
      if (m.type() === 'error' && !(url.endsWith(MISSING) && /status of 404/.test(m.text()))) problems.push(`${where}: lỗi console: ${m.text()}`);
    };
    const onPageError = (e: Error) => problems.push(`${where}: lỗi JavaScript: ${e.message}`);
    const onResponse = (r: { url(): string; status(): number }) => {
      if (r.status() >= 400 && !(r.url() === url && url.endsWith(MISSING))) problems.push(`${where}: ${r.status()} cho ${r.url()}`);
    };
    const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
      if (r.url().startsWith(`${origin}/`)) problems.push(`${where}: yêu cầu hỏng ${r.url()} (${r.failure()?.errorText})`);
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('response', onResponse);
    page.on('requestfailed', onFailed);
    try {
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      const expected = url.endsWith(MISSING) ? 404 : 200;
      if (response?.status() !== expected) problems.push(`${where}: trả về ${response?.status()}, cần ${expected}`);
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        path: location.pathname,
      }));
      idsByPage.set(`${origin}${found.path}`, new Set(found.ids));
      for (const link of found.links) {
        const target = new URL(link);
        if (target.origin !== origin) continue; // external links may be shown, never requested
        if (!target.pathname.startsWith(base.pathname)) {
          problems.push(`${where}: liên kết ra ngoài ${base.pathname}: ${link}`);
          continue;
        }
        if (target.hash.length > 1) anchors.push({ from: where, page: `${origin}${target.pathname}`, id: decodeURIComponent(target.hash.slice(1)) });
        target.hash = '';
        if (target.pathname.endsWith('/') || target.pathname.endsWith('.html')) enqueue(target.href);
        else if (!assetStatus.has(target.href)) assetStatus.set(target.href, request.get(target.href).then((r) => r.status()));
      }
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
      page.off('requestfailed', onFailed);
      await page.close();
    }
  }

  async function drain() {
    await Promise.all(
      [1, 2, 3, 4].map(async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) await visit(url);
      }),
    );
  }

  for (const start of ['', 'tim-kiem/?q=chi%20bo', MISSING]) enqueue(new URL(start, baseURL).href);
  await drain();
  const unreached = kbPages().map((p) => new URL(p, baseURL).href).filter((u) => !seen.has(u));
  unreached.forEach(enqueue);
  await drain();

  for (const [url, status] of assetStatus) if ((await status) !== 200) problems.push(`liên kết tới ${url.slice(origin.length)} trả về ${await status}`);
  for (const { from, page, id } of anchors) {
    const ids = idsByPage.get(page);
    if (ids && !ids.has(id)) problems.push(`${from}: neo #${id} không có trên ${page.slice(origin.length)}`);
  }
  await context.close();

  expect(seen.size, 'số trang đã duyệt').toBeGreaterThanOrEqual(kbPages().length);
  expect([...outside], 'yêu cầu ra ngoài trang').toEqual([]);
  expect(problems).toEqual([]);
});
