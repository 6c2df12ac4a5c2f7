/**
 * Under a sub-path (SITE_BASE=/kb/), built from a copy of the project with one renamed page
 * (see fixture.ts): every short link carries the base and lands on its lesson, copy-link copies
 * the absolute address with the base, the renamed page's former address redirects, and a
 * handout's QR codes (SITE_URL is set, as for an intranet copy) scan to addresses that open the lesson.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { contentLessons } from '../e2e/site.ts';
import { BASE, FIXTURE_DIST, RENAMED, SITE_URL } from './fixture.ts';

const lessons = contentLessons();
const html = (path: string) => readFileSync(join(FIXTURE_DIST, path, 'index.html'), 'utf8');

test('every short link page and every short link on a lesson carries the base path', () => {
  for (const lesson of lessons) {
    expect(html(`l/${lesson.id}`)).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}bai-hoc/${lesson.setId}/#${lesson.id}">`);
  }
  const setPage = html(`bai-hoc/${lessons[0]!.setId}`);
  const shortLinks = [...setPage.matchAll(/class="short-link[^"]*" href="([^"]+)"/g)].map((m) => m[1]);
  expect(shortLinks.length).toBeGreaterThan(0);
  for (const href of shortLinks) expect(href).toMatch(new RegExp(`^${BASE}l/[a-z0-9-]+/$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lesson of lessons) {
    test(`${BASE}l/${lesson.id}/ lands on the lesson`, async ({ page }) => {
      await page.goto(`l/${lesson.id}/`);
      await expect(page).toHaveURL(new RegExp(`${BASE}bai-hoc/${lesson.setId}/#${lesson.id}$`));
      await expect(page.locator(`[id="${lesson.id}"]`)).toBeInViewport();
    });
  }

  test('the former address of a renamed page redirects to its new address', async ({ page }) => {
    const response = await page.goto(`${RENAMED.collection}/${RENAMED.former}/`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${BASE}${RENAMED.collection}/${RENAMED.id}/$`));
    await expect(page.locator('h1')).toHaveText('Chất lượng chi bộ');
  });
});

test('the former-slug page is an unindexed redirect with a canonical link', () => {
  const page = html(`${RENAMED.collection}/${RENAMED.former}`);
  // Absolute: the copy is built with its address (SITE_URL).
  expect(page).toContain(`<link rel="canonical" href="${SITE_URL}${RENAMED.collection}/${RENAMED.id}/">`);
  expect(page).toContain('<meta name="robots" content="noindex">');
  expect(page).not.toContain('data-pagefind-body');
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copies the absolute URL with the base path', async ({ page, baseURL }) => {
    const lesson = lessons[lessons.length - 1]!;
    await page.goto(`bai-hoc/${lesson.setId}/`);
    const card = page.locator(`section.lesson[data-lesson="${lesson.id}"]`);
    await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã sao chép liên kết');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(baseURL).toMatch(/\/kb\/$/);
    expect(copied).toBe(`${baseURL}bai-hoc/${lesson.setId}/#${lesson.id}`);
  });
});

test('the handout prints short links with the base path', async ({ page, baseURL }) => {
  const lesson = lessons.find((l) => l.topics.includes('kiem-tra-giam-sat'))!;
  await page.goto('chu-de/kiem-tra-giam-sat/ban-in/');
  await expect(page.locator(`.handout-item[id="${lesson.id}"] [data-printed-link]`)).toHaveText(`${baseURL}l/${lesson.id}/`);
});

/** The QR code drawn in `code` (an inline SVG), read back as a phone would: rasterized, then decoded by jsQR. */
async function scan(code: Locator): Promise<string | undefined> {
  const size = 400;
  const pixels = await code.evaluate(async (svg, size) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

test('each handout QR code scans to the full short link, which opens its lesson on another device', async ({ page, browser }) => {
  test.setTimeout(120_000); // one page load per lesson on the topic
  const onTopic = lessons.filter((l) => l.topics.includes('kiem-tra-giam-sat'));
  await page.goto('chu-de/kiem-tra-giam-sat/ban-in/');
  await expect(page.locator('[data-qr-missing]')).toHaveCount(0);
  await expect(page.locator('.handout-item .qr svg')).toHaveCount(onTopic.length);
  // A phone has nothing of this session: a new context, without JavaScript (the short link is a plain redirect).
  const phone = await browser.newContext({ javaScriptEnabled: false });
  const phonePage = await phone.newPage();
  for (const lesson of onTopic) {
    const address = await scan(page.locator(`.handout-item[id="${lesson.id}"] .qr svg`));
    expect(address).toBe(`${SITE_URL}l/${lesson.id}/`);
    await expect(page.locator(`.handout-item[id="${lesson.id}"] [data-printed-link]`)).toHaveText(address!);
    await phonePage.goto(address!);
    await expect(phonePage).toHaveURL(`${SITE_URL}bai-hoc/${lesson.setId}/#${lesson.id}`);
    await expect(phonePage.locator(`[id="${lesson.id}"]`)).toBeVisible();
  }
  await phone.close();
});

test('the search dialog searches under the base path with no request outside the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const searchFiles: string[] = [];
  await page.route('**/*', (route) => {
    const address = route.request().url();
    if (address.includes('/pagefind/')) searchFiles.push(new URL(address).pathname);
    if (address.startsWith(origin) || address.startsWith('data:') || address.startsWith('blob:')) return route.continue();
    outside.push(address);
    return route.abort();
  });
  await page.goto(`bai-hoc/${lessons[0]!.setId}/`);
  await page.keyboard.press('/');
  await page.keyboard.type('chat luong chi bo');
  const first = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first();
  await expect(first).toHaveAttribute('data-href', new RegExp(`^${BASE}chu-de/chat-luong-chi-bo/`));
  const all = page.getByRole('link', { name: 'Xem tất cả kết quả' });
  await expect(all).toHaveAttribute('href', `${BASE}tim-kiem/?q=chat+luong+chi+bo`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}chu-de/chat-luong-chi-bo/\\?tu-khoa=`));
  expect(searchFiles.length).toBeGreaterThan(0);
  for (const path of searchFiles) expect(path.startsWith(`${BASE}pagefind/`), path).toBe(true);
  expect(outside).toEqual([]);
});
