/**
 * Every built page answers 200, shows its h1 and logs no console error;
 * every listing links to all of its entries.
 */
import { expect, test } from '@playwright/test';
import { builtPages, contentIds, isRedirectPage } from './site.ts';

const pages = builtPages();
// Redirect pages (short links /l/<id>/, former slugs) leave at once; lesson-links.spec.ts follows them.
const contentPages = pages.filter((path) => !isRedirectPage(path));

test('the build has a page for every entry and every section', () => {
  expect(pages).toContain('');
  for (const section of ['van-ban/', 'bai-hoc/', 'dai-hoi/', 'chu-de-nam/', 'to-chuc/', 'nguon/', 'chu-de/', 'thuat-ngu/', 'tim-kiem/']) {
    expect(pages).toContain(section);
  }
  for (const collection of ['van-ban', 'bai-hoc', 'dai-hoi', 'chu-de-nam', 'to-chuc', 'nguon', 'chu-de']) {
    for (const id of contentIds(collection)) expect(pages).toContain(`${collection}/${id}/`);
  }
});

for (const path of contentPages) {
  test(`/${path} answers 200 with an h1 and no console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(errors).toEqual([]);
  });
}

for (const collection of ['van-ban', 'bai-hoc', 'dai-hoi', 'to-chuc', 'nguon', 'chu-de']) {
  test(`the /${collection}/ listing links to every entry`, async ({ page }) => {
    await page.goto(`${collection}/`);
    for (const id of contentIds(collection)) {
      await expect(page.locator(`main a[href$="/${collection}/${id}/"]`).first()).toBeAttached();
    }
  });
}

test('annual themes are listed on the congress page', async ({ page }) => {
  await page.goto('dai-hoi/');
  for (const id of contentIds('chu-de-nam')) {
    await expect(page.locator(`main a[href$="/chu-de-nam/${id}/"]`)).toHaveCount(1);
  }
});

test('an unknown address shows the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
});
