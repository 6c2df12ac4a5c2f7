/**
 * Trainers' links: short links land on the lesson, copy-link copies the absolute address,
 * redirect pages stay out of search, print hides the chrome, the topic handout prints every
 * lesson, and a new user reaches it from the home page in a few clicks.
 * The same checks under a base path (/kb/) and for a renamed page live in tests/e2e-kb/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { builtPages, contentIds, contentLessons, DIST, isRedirectPage } from './site.ts';

const lessons = contentLessons();

/**
 * A lesson title as found in text extracted from Chromium's PDF. The print is right, but the
 * PDF's text layer maps Noto Sans's ị, ọ, ụ glyphs to NUL + combining dot below (e.g.
 * "học" reads back as "h\0\u0323c"), so those three letters also match that.
 */
function titlePattern(title: string): RegExp {
  const parts = [...title.normalize('NFC')].map((c) => {
    if (/\s/.test(c)) return '\\s+';
    const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return /^[iouIOU]\u0323$/.test(c.normalize('NFD')) ? `(?:${escaped}|[\\s\\0]?\u0323)` : escaped;
  });
  return new RegExp(parts.join(''));
}

test('every lesson from content has a short link page, and nothing else is under /l/', () => {
  const short = builtPages().filter((p) => p.startsWith('l/'));
  expect(new Set(lessons.map((l) => l.setId)).size).toBe(contentIds('bai-hoc').length);
  expect(short.sort()).toEqual(lessons.map((l) => `l/${l.id}/`).sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lesson of lessons) {
    test(`/l/${lesson.id}/ lands on the element with that ID`, async ({ page }) => {
      await page.goto(`l/${lesson.id}/`);
      await expect(page).toHaveURL(new RegExp(`/bai-hoc/${lesson.setId}/#${lesson.id}$`));
      const target = page.locator(`[id="${lesson.id}"]`);
      await expect(target).toHaveCount(1);
      await expect(target).toContainText(lesson.title);
      await expect(target).toBeInViewport();
    });
  }
});

test('a short link page is a plain, unindexed redirect with a canonical link', () => {
  const lesson = lessons[0]!;
  const html = readFileSync(join(DIST, 'l', lesson.id, 'index.html'), 'utf8');
  const target = `/bai-hoc/${lesson.setId}/#${lesson.id}`;
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
  expect(html).toContain(`<link rel="canonical" href="/bai-hoc/${lesson.setId}/">`);
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(new RegExp(`<a href="${target}"[^>]*>`));
  expect(html).not.toContain('data-pagefind-body');
  const index = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(index.languages).reduce((n, l) => n + l.page_count, 0);
  // Pagefind skips pages without data-pagefind-body: at most the non-redirect pages are indexed.
  expect(indexed).toBeLessThanOrEqual(builtPages().filter((p) => !isRedirectPage(p)).length);
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the absolute URL of the lesson and says so', async ({ page, baseURL }) => {
    const lesson = lessons.find((l) => l.id === 'ld-2020-4')!;
    await page.goto(`bai-hoc/${lesson.setId}/`);
    const card = page.locator(`section.lesson[data-lesson="${lesson.id}"]`);
    await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã sao chép liên kết');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}bai-hoc/${lesson.setId}/#${lesson.id}`);
    // The copied address opens the lesson.
    await page.goto(copied);
    await expect(page.locator(`[id="${lesson.id}"]`)).toBeInViewport();
  });

  test('on a topic page copies the lesson’s own address, not the topic’s', async ({ page, baseURL }) => {
    const lesson = lessons.find((l) => l.topics.includes('kiem-tra-giam-sat'))!;
    await page.goto('chu-de/kiem-tra-giam-sat/');
    const card = page.locator(`section.lesson[data-lesson="${lesson.id}"]`);
    await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã sao chép liên kết');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}bai-hoc/${lesson.setId}/#${lesson.id}`);
  });

  test('falls back to a selection copy where the Clipboard API is missing', async ({ page, context, baseURL }) => {
    const lesson = lessons[0]!;
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`bai-hoc/${lesson.setId}/`);
    const card = page.locator(`section.lesson[data-lesson="${lesson.id}"]`);
    await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã sao chép liên kết');
    // What the selection copy put on the clipboard, read from a page that still has the API.
    const reader = await context.newPage();
    await reader.goto(`bai-hoc/${lesson.setId}/`);
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}bai-hoc/${lesson.setId}/#${lesson.id}`);
  });
});

test('each lesson shows a permalink mark with an accessible name and its short link', async ({ page }) => {
  const lesson = lessons[0]!;
  await page.goto(`bai-hoc/${lesson.setId}/`);
  const mark = page.getByRole('link', { name: `Liên kết đến bài học “${lesson.title}”` });
  await expect(mark).toHaveText('#');
  await expect(mark).toHaveAttribute('href', `/bai-hoc/${lesson.setId}/#${lesson.id}`);
  await expect(page.locator(`section.lesson[data-lesson="${lesson.id}"] a.short-link`)).toHaveText(`/l/${lesson.id}/`);
});

test('print media hides navigation, search, buttons and footer, and prints only the targets of links out of the site', async ({ page }) => {
  await page.goto('bai-hoc/dang-bo-khoi-lam-dong-2015-2020/');
  await expect(page.locator('.site-nav')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sao chép liên kết' }).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-nav', '.header-search', '.site-footer', '.toc', '.breadcrumbs', 'button.copy-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  // Without SITE_URL a path inside the site means nothing on paper: none is printed (with it, the
  // absolute address: tests/unit/print-links.test.ts). A link out of the site prints its address.
  const inside = await page.locator('main .meta a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(inside).toBe('none');
  await page.goto('nguon/bao-lam-dong-2020-pham-thanh-quan/');
  await page.emulateMedia({ media: 'print' });
  const outside = page.locator('main a[rel~="external"]').first();
  expect(await outside.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(await outside.getAttribute('href'));
});

test('topic page lists its lessons newest first with congress and source, and links to its handout', async ({ page }) => {
  await page.goto('chu-de/kiem-tra-giam-sat/');
  const onTopic = lessons.filter((l) => l.topics.includes('kiem-tra-giam-sat'));
  await expect(page.locator('section.lesson')).toHaveCount(onTopic.length);
  await expect(page.locator('section.lesson .lesson-origin').first()).toContainText('Nguồn:');
  await expect(page.locator('section.lesson .lesson-origin', { hasText: 'Đại hội:' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bản in' })).toHaveAttribute('href', '/chu-de/kiem-tra-giam-sat/ban-in/');
});

// dist/ is built without SITE_URL: its handouts say their QR codes need the address instead of
// drawing codes a phone could not open (with SITE_URL: tests/e2e-kb/base-path.spec.ts scans them).
test('a topic handout built without SITE_URL prints to an A4 PDF with every lesson title and says its QR codes need the address', async ({ page }) => {
  const topic = 'xay-dung-chinh-don-dang';
  const onTopic = lessons.filter((l) => l.topics.includes(topic));
  expect(onTopic.length).toBeGreaterThanOrEqual(2);
  await page.goto(`chu-de/${topic}/ban-in/`);
  await expect(page.locator('.handout-item')).toHaveCount(onTopic.length);
  await expect(page.locator('.handout-item .qr svg')).toHaveCount(0);
  await expect(page.locator('[data-qr-missing]')).toContainText('SITE_URL');
  for (const lesson of onTopic) {
    await expect(page.locator(`.handout-item[id="${lesson.id}"] [data-printed-link]`)).toHaveText(new RegExp(`^http://[^/]+/l/${lesson.id}/$`));
  }
  await page.emulateMedia({ media: 'print' });
  // preferCSSPageSize: the paper size comes from our @page rule, which must say A4.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const [, , width, height] = (await doc.getPage(1)).view;
  expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]); // A4 in points
  const { text } = await extractText(doc, { mergePages: true });
  const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
  for (const lesson of onTopic) expect(flat(text)).toMatch(titlePattern(lesson.title));
  expect(flat(text)).toContain(`/l/${onTopic[0]!.id}/`);
  expect(flat(text)).not.toContain('Sao chép liên kết');
  expect(flat(text)).toContain('chưa có mã QR');
});

test('a new user goes from the home page to a topic handout and prints it in under five clicks', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('');
  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Chủ đề' }).click(); // 1
  await page.getByRole('link', { name: 'Kiểm tra, giám sát' }).first().click(); // 2
  await page.getByRole('link', { name: 'Bản in' }).click(); // 3
  await expect(page).toHaveURL(/\/chu-de\/kiem-tra-giam-sat\/ban-in\/$/);
  await page.getByRole('button', { name: /In bản này/ }).click(); // 4
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the handout and a lesson set with its link tools have no axe violations', async ({ page }) => {
  test.setTimeout(90_000); // axe on two long pages; slow on a loaded machine
  for (const path of ['chu-de/xay-dung-chinh-don-dang/ban-in/', `bai-hoc/${lessons[0]!.setId}/`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
