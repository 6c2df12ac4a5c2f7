/**
 * Under a sub-path (SITE_BASE=/kb/), built from a copy of the project with one renamed page
 * (see fixture.ts): every short link carries the base and lands on its lesson, copy-link copies
 * the absolute address with the base, and the renamed page's former address redirects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentLessons } from '../e2e/site.ts';
import { BASE, FIXTURE_DIST, RENAMED } from './fixture.ts';

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
  expect(page).toContain(`<link rel="canonical" href="${BASE}${RENAMED.collection}/${RENAMED.id}/">`);
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
