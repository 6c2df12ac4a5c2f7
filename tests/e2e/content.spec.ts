/** What a reader sees on the pages: official metadata, Vietnamese formats, lessons, relations. */
import { expect, test } from '@playwright/test';

test('a document page shows its official metadata in Vietnamese formats', async ({ page }) => {
  await page.goto('van-ban/12-nq-tw-2012/');
  await expect(page.locator('h1')).toHaveText('Nghị quyết số 12-NQ/TW');
  const meta = page.getByRole('definition');
  await expect(meta.filter({ hasText: '16/01/2012' })).toHaveCount(1);
  await expect(meta.filter({ hasText: /^Ban Chấp hành Trung ương$/ })).toHaveCount(1);
  await expect(meta.filter({ hasText: /^XI$/ })).toHaveCount(1);
  await expect(page.getByText('Một số vấn đề cấp bách về xây dựng Đảng hiện nay').first()).toBeVisible();
  // The date came from public records with medium confidence, and the page says so.
  await expect(page.getByText('độ tin cậy: trung bình').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nguồn', exact: true })).toBeVisible();
});

test('our rehype plugin ran: Markdown headings get ASCII anchors folded the Vietnamese way', async ({ page }) => {
  await page.goto('van-ban/12-nq-tw-2012/');
  const ids = await page.locator('article h2[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  // Astro's default slugger would have produced "tóm-tắt"; ours folds it to ASCII.
  await expect(page.locator('article h2#tom-tat')).toHaveCount(1);
});

test('a document lists the pages that refer to it', async ({ page }) => {
  await page.goto('van-ban/05-ct-tw-2016/');
  const cited = page.locator('section[aria-labelledby="duoc-nhac-den-tai"]');
  await expect(cited.locator('a[href$="/van-ban/01-kl-tw-2021/"]')).toHaveCount(1);
  await expect(cited.locator('a[href*="/bai-hoc/"]').first()).toBeAttached();
});

test('the founding of the central bloc and its figures over time are shown with their dates', async ({ page }) => {
  await page.goto('to-chuc/dang-bo-khoi-cac-co-quan-trung-uong/');
  const main = page.locator('main');
  await expect(main).toContainText('11/04/2007');
  await expect(main.locator('a[href$="/van-ban/47-qd-tw-2007/"]').first()).toBeAttached();
  // Series of two or more points: a chart with its table (views.spec.ts checks they agree).
  const rows = page.locator('figure.chart-figure table tbody tr');
  await expect(rows.filter({ hasText: '31/12/2023' }).filter({ hasText: '78.432' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '2015' }).filter({ hasText: 'hơn 63.000' })).toHaveCount(1);
  // A figure known at one time only is shown as a figure, with its date.
  await expect(page.locator('ul.figures li').filter({ hasText: '31/12/2023' }).filter({ hasText: '5.529' })).toHaveCount(1);
});

test('every lesson of a set has its stable ID as anchor', async ({ page }) => {
  await page.goto('bai-hoc/dang-bo-khoi-lam-dong-2015-2020/#ld-2020-4');
  for (let i = 1; i <= 6; i++) await expect(page.locator(`.lesson [id="ld-2020-${i}"]`)).toHaveCount(1);
  await expect(page.locator('#ld-2020-4')).toBeInViewport();
});

test('congress themes are reproduced verbatim', async ({ page }) => {
  await page.goto('dai-hoi/dang-bo-khoi-tw-2015-2020/');
  await expect(page.locator('blockquote').first()).toContainText(
    'Xây dựng tổ chức đảng trong sạch, vững mạnh, phát huy vai trò tiền phong, gương mẫu và nâng cao năng lực công tác của cán bộ, đảng viên, phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị của các cơ quan Trung ương',
  );
  await page.goto('chu-de-nam/dang-bo-khoi-tw-2013/');
  await expect(page.locator('h1')).toContainText('Năm nâng cao chất lượng chi bộ');
  await expect(page.locator('#trong-tam + ol > li')).toHaveCount(5);
});

test('topics are listed in Vietnamese alphabetical order', async ({ page }) => {
  await page.goto('chu-de/');
  const titles = await page.locator('.card h2').allTextContents();
  const sorted = [...titles].sort(new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare);
  expect(titles.length).toBeGreaterThanOrEqual(9);
  expect(titles).toEqual(sorted);
});

test('a topic page gathers lessons from several sources', async ({ page }) => {
  await page.goto('chu-de/kiem-tra-giam-sat/');
  const lessons = page.locator('section.lesson');
  expect(await lessons.count()).toBeGreaterThanOrEqual(2);
  // Each lesson's origin line names its set; at least two different ones.
  const contexts = new Set((await lessons.locator('p.note.lesson-origin').allTextContents()).map((t) => t.trim()));
  expect(contexts.size).toBeGreaterThanOrEqual(2);
});

test('the document list filters by kind and keeps the filter in the URL', async ({ page }) => {
  await page.goto('van-ban/');
  const rows = page.locator('#doc-table tbody tr');
  const total = await rows.count();
  await page.getByLabel('Loại').selectOption('Kết luận');
  await expect(rows.locator('visible=true')).toHaveCount(2);
  expect(page.url()).toContain('loai=K');
  await page.reload();
  await expect(page.getByLabel('Loại')).toHaveValue('Kết luận');
  await expect(rows.locator('visible=true')).toHaveCount(2);
  await page.getByLabel('Loại').selectOption('');
  await expect(rows.locator('visible=true')).toHaveCount(total);
});

test('the glossary explains T.Ư and its other spellings', async ({ page }) => {
  await page.goto('thuat-ngu/');
  const item = page.locator('.glossary-item').filter({ hasText: 'T.Ư' }).first();
  await expect(item).toContainText('TW');
  await expect(item).toContainText('Trung ương');
});

for (const path of ['', 'van-ban/', 'van-ban/04-nq-tw-2016/', 'bai-hoc/dang-bo-khoi-tw-17-nam/', 'to-chuc/dang-bo-khoi-cac-co-quan-trung-uong/', 'chu-de/']) {
  test(`/${path} fits a 360 px wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
