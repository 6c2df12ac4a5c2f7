/** axe finds no violation on one page of each kind. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '',
  'van-ban/',
  'van-ban/12-nq-tw-2012/',
  'van-ban/05-ct-tw-2016/',
  'dong-thoi-gian/',
  'dong-thoi-gian/?to-chuc=dang-bo-khoi-cac-co-quan-tinh-lam-dong&loai=chu-de-nam',
  'van-ban/?loai=Ch%E1%BB%89%20th%E1%BB%8B&nam=2007',
  'bai-hoc/',
  'bai-hoc/dang-bo-khoi-lam-dong-2015-2020/',
  'dai-hoi/',
  'dai-hoi/dang-bo-khoi-tw-2015-2020/',
  'chu-de-nam/dang-bo-khoi-tw-2013/',
  'chu-de-nam/dang-bo-khoi-tw-2014/',
  'to-chuc/',
  'to-chuc/dang-bo-khoi-cac-co-quan-trung-uong/',
  'nguon/',
  'nguon/bao-lam-dong-2020-pham-thanh-quan/',
  'chu-de/',
  'chu-de/chat-luong-chi-bo/',
  'thuat-ngu/',
  'tim-kiem/?q=chi%20bo',
  'khong-co-trang-nay/',
];

for (const path of PAGES) {
  test(`/${path} has no axe violations`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('tim-kiem')) await page.locator('[data-search-results] a[data-result-link]').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
