/** Citations in prose link to their documents, and each document links back to the exact spot. */
import { expect, test } from '@playwright/test';

test('a citation in a lesson links to its document, and the document links back to that lesson', async ({ page }) => {
  await page.goto('bai-hoc/dang-bo-khoi-tw-17-nam/');
  const lesson = page.locator('section[data-lesson="tw-2024-3"]');
  const cite = lesson.getByRole('link', { name: 'Nghị quyết Trung ương 4 khóa XI', exact: true });
  await expect(cite).toHaveAttribute('href', /\/van-ban\/12-nq-tw-2012\/$/);
  await expect(cite).toHaveAttribute('title', 'Một số vấn đề cấp bách về xây dựng Đảng hiện nay');
  // The list "khóa XI, khóa XII, khóa XIII" is three documents, each linked on its own.
  await expect(lesson.getByRole('link', { name: 'khóa XII', exact: true })).toHaveAttribute('href', /\/van-ban\/04-nq-tw-2016\/$/);
  await expect(lesson.getByRole('link', { name: 'khóa XIII', exact: true })).toHaveAttribute('href', /\/van-ban\/21-kl-tw-2021\/$/);

  await cite.click();
  await expect(page.locator('h1')).toHaveText('Nghị quyết số 12-NQ/TW');
  const citedBy = page.locator('section[aria-labelledby="duoc-nhac-den-tai"]');
  const back = citedBy.locator('a[href$="/bai-hoc/dang-bo-khoi-tw-17-nam/#tw-2024-3"]');
  await expect(back).toHaveCount(1);
  await back.click();
  await expect(page).toHaveURL(/\/bai-hoc\/dang-bo-khoi-tw-17-nam\/#tw-2024-3$/);
  await expect(page.locator('#tw-2024-3')).toBeInViewport();
});

test('a citation in a page body links, and the backlink lands on its section', async ({ page }) => {
  await page.goto('bai-hoc/dang-uy-bo-khdt-phoi-hop-2015/');
  const body = page.locator('article');
  await expect(body.getByRole('link', { name: /^Quy chế phối hợp số 296-QC\/BCSĐ-ĐUBKH/ }).first()).toHaveAttribute('href', /\/van-ban\/296-qc-bcsd-dubkh-2013\/$/);
  await expect(body.getByRole('link', { name: 'Nghị quyết Trung ương 5 khóa X', exact: true })).toHaveAttribute('href', /\/van-ban\/14-nq-tw-2007\/$/);
  // "Nghị quyết Trung ương 4" without a term could be three documents: it stays plain text.
  await expect(body.getByRole('link', { name: 'Nghị quyết Trung ương 4', exact: true })).toHaveCount(0);
  await expect(body).toContainText('Nghị quyết Trung ương 4 về');

  await page.goto('van-ban/14-nq-tw-2007/');
  const back = page.locator('section[aria-labelledby="duoc-nhac-den-tai"] a[href$="/bai-hoc/dang-uy-bo-khdt-phoi-hop-2015/#cach-phoi-hop-duoc-thuc-hien"]');
  await expect(back).toHaveCount(1);
  await back.click();
  await expect(page.locator('#cach-phoi-hop-duoc-thuc-hien')).toBeInViewport();
});

test('headings are never turned into citation links', async ({ page }) => {
  for (const path of ['bai-hoc/dang-bo-khoi-tw-17-nam/', 'van-ban/12-nq-tw-2012/', 'chu-de/xay-dung-chinh-don-dang/']) {
    await page.goto(path);
    await expect(page.locator('main :is(h1, h2, h3, h4) a[href*="/van-ban/"]')).toHaveCount(0);
  }
});

test('a document page never links to itself, and a parenthesized list of terms opens no link it does not close', async ({ page }) => {
  await page.goto('van-ban/05-ct-tw-2016/');
  const article = page.locator('article');
  await expect(article).toContainText('Chỉ thị 05 của Bộ Chính trị');
  await expect(article.locator('a[href$="/van-ban/05-ct-tw-2016/"]')).toHaveCount(0);
  // "Nghị quyết Trung ương 4 (khóa XI, XII)": the head links to khóa XI's document, "XII" to its own.
  await expect(article.getByRole('link', { name: 'Nghị quyết Trung ương 4', exact: true })).toHaveAttribute('href', /\/van-ban\/12-nq-tw-2012\/$/);
  await expect(article.getByRole('link', { name: 'XII', exact: true })).toHaveAttribute('href', /\/van-ban\/04-nq-tw-2016\/$/);
  await expect(article.locator('a', { hasText: '(' })).toHaveCount(0);
});
