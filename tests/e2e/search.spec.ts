/**
 * Search as readers use it, in the built site: Vietnamese with or without diacritics
 * (đ included), either tone placement, abbreviations, document symbols in any spelling,
 * filters, shareable ?q= URLs and highlighted landing pages.
 */
import { expect, test, type Page } from '@playwright/test';

async function results(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  const links = page.locator('[data-search-results] a[data-result-link]');
  // The first search loads Pagefind's wasm and index: allow for a slow machine.
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  // Results render progressively; wait until the list stops changing.
  let previous = '';
  for (let i = 0; i < 20; i++) {
    const now = (await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).join(' ');
    if (now === previous) break;
    previous = now;
    await page.waitForTimeout(150);
  }
  return (await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))).map((href) => href.split('?')[0]!);
}

/** query → the page a reader means, which must come first (or within `top`). */
const CASES: { query: string; expected: string; top?: number }[] = [
  { query: 'Nghị quyết Trung ương 4 khóa XII', expected: '/van-ban/04-nq-tw-2016/' },
  { query: 'nghi quyet trung uong 4 khoa XII', expected: '/van-ban/04-nq-tw-2016/' },
  { query: 'T.Ư 4 khóa XII', expected: '/van-ban/04-nq-tw-2016/' },
  { query: 'NQ TƯ 4 khóa XII', expected: '/van-ban/04-nq-tw-2016/' },
  { query: 'TW 4 khoa XII', expected: '/van-ban/04-nq-tw-2016/' },
  { query: '05-CT/TW', expected: '/van-ban/05-ct-tw-2016/' },
  { query: '05 CT TW', expected: '/van-ban/05-ct-tw-2016/' },
  { query: '05-ct/tw', expected: '/van-ban/05-ct-tw-2016/' },
  { query: '05 - CT/T.Ư', expected: '/van-ban/05-ct-tw-2016/' },
  { query: '296-QC', expected: '/van-ban/296-qc-bcsd-dubkh-2013/' },
  { query: '03-NQ/ĐUK', expected: '/van-ban/03-nq-duk-2013/' },
  { query: '03-NQ/DUK', expected: '/van-ban/03-nq-duk-2013/' },
  { query: '01-KL/TW', expected: '/van-ban/01-kl-tw-2021/' },
  { query: '47-QĐ/TW', expected: '/van-ban/47-qd-tw-2007/' },
  { query: '47-QD/TW', expected: '/van-ban/47-qd-tw-2007/' },
  { query: 'năm nâng cao chất lượng chi bộ', expected: '/chu-de-nam/dang-bo-khoi-tw-2013/' },
  { query: 'nam nang cao chat luong chi bo', expected: '/chu-de-nam/dang-bo-khoi-tw-2013/' },
  { query: 'năm tăng cường và đổi mới công tác dân vận', expected: '/chu-de-nam/dang-bo-khoi-tw-2014/' },
  { query: 'nam tang cuong va doi moi cong tac dan van', expected: '/chu-de-nam/dang-bo-khoi-tw-2014/' },
  { query: 'Phạm Thanh Quan', expected: '/nguon/bao-lam-dong-2020-pham-thanh-quan/' },
  { query: 'pham thanh quan', expected: '/nguon/bao-lam-dong-2020-pham-thanh-quan/' },
  { query: 'Đào Ngọc Dung', expected: '/nguon/nhan-dan-2015-dao-ngoc-dung/', top: 2 },
  { query: 'dao ngoc dung', expected: '/nguon/nhan-dan-2015-dao-ngoc-dung/', top: 2 },
  { query: 'xay dung dang', expected: '/chu-de/xay-dung-chinh-don-dang/', top: 5 },
  { query: 'dang bo khoi cac co quan tinh lam dong', expected: '/to-chuc/dang-bo-khoi-cac-co-quan-tinh-lam-dong/', top: 3 },
  // Glossary abbreviations search as their expansions: the lessons on coordinating with the BCSĐ.
  { query: 'BCSĐ', expected: '/bai-hoc/dang-uy-bo-khdt-phoi-hop-2015/', top: 3 },
  { query: 'BCSD', expected: '/bai-hoc/dang-uy-bo-khdt-phoi-hop-2015/', top: 3 },
  { query: 'ban can su dang', expected: '/chu-de/phoi-hop-cap-uy-voi-ban-can-su-dang/', top: 5 },
  { query: 'kiem tra giam sat', expected: '/chu-de/kiem-tra-giam-sat/', top: 3 },
  { query: 'Chỉ thị 05 của Bộ Chính trị', expected: '/van-ban/05-ct-tw-2016/', top: 3 },
  { query: 'nguyen van trung', expected: '/nguon/tham-luan-2015-nguyen-van-trung/', top: 2 },
  { query: 'TCCS', expected: '/dai-hoi/dang-bo-khoi-tw-2020-2025/', top: 3 },
  // Plain questions, with the words a reader adds ("là gì", "khi nào", "như thế nào").
  { query: 'bài học kinh nghiệm của Đảng bộ Khối Lâm Đồng là gì', expected: '/bai-hoc/dang-bo-khoi-lam-dong-2015-2020/', top: 3 },
  { query: 'phoi hop giua dang uy va ban can su dang nhu the nao', expected: '/bai-hoc/dang-uy-bo-khdt-phoi-hop-2015/', top: 3 },
  { query: 'khâu đột phá của đại hội nhiệm kỳ 2015-2020', expected: '/dai-hoi/dang-bo-khoi-tw-2015-2020/' },
  { query: 'nam 2014 chon chu de gi', expected: '/chu-de-nam/dang-bo-khoi-tw-2014/', top: 3 },
  { query: 'Đảng bộ Khối được thành lập khi nào', expected: '/van-ban/47-qd-tw-2007/', top: 5 },
  { query: '78.432', expected: '/to-chuc/dang-bo-khoi-cac-co-quan-trung-uong/', top: 3 },
];

for (const { query, expected, top = 1 } of CASES) {
  test(`"${query}" finds ${expected}${top > 1 ? ` in the first ${top}` : ' first'}`, async ({ page }) => {
    const found = await results(page, query);
    expect(found.slice(0, top), found.join('\n')).toContain(expected);
  });
}

const TWINS: [string, string][] = [
  ['xây dựng Đảng', 'xay dung dang'],
  ['Đảng ủy Khối', 'dang uy khoi'],
  ['tự chuyển hóa', 'tự chuyển hoá'],
  ['đổi mới phương thức lãnh đạo', 'doi moi phuong thuc lanh dao'],
  ['Lâm Đồng', 'lam dong'],
  ['"xây dựng Đảng"', '"xay dung dang"'],
  // An abbreviation and what it stands for are one word to the reader.
  ['Đảng ủy Khối', 'ĐUK'],
  ['Đảng ủy Khối', 'DUK'],
  ['Ban cán sự đảng', 'BCSĐ'],
  ['tổ chức cơ sở đảng', 'TCCS'],
];
for (const [accented, plain] of TWINS) {
  test(`"${plain}" gives the same first results as "${accented}"`, async ({ page }) => {
    const a = await results(page, accented);
    const b = await results(page, plain);
    expect(b.slice(0, 3)).toEqual(a.slice(0, 3));
  });
}

test('excerpts show the accented original for an unaccented query', async ({ page }) => {
  await results(page, 'dang uy khoi');
  const marks = await page.locator('[data-search-results] mark').allTextContents();
  expect(marks.some((m) => /Đảng|đảng/.test(m))).toBe(true);
});

test('results show their section and date', async ({ page }) => {
  await results(page, '05-CT/TW');
  await expect(page.locator('[data-search-results] .sr-meta').first()).toHaveText('Văn bản · 15/05/2016');
});

test('a lesson shows as a sub-result that links to its anchor', async ({ page }) => {
  await results(page, 'giu vung nguyen tac tap trung dan chu');
  const sub = page.locator('[data-search-results] .sr-sub-link[href*="#tw-2024-1"], [data-search-results] .sr-sub-link[href*="#ld-2020-2"]');
  await expect(sub.first()).toBeAttached();
});

test("a lesson's text leads to its set, not to the topic pages that repeat it", async ({ page }) => {
  // "âm ỉ kéo dài" is in lesson ld-2020-2 only; the topic "Tập trung dân chủ, đoàn kết" lists that lesson.
  const found = await results(page, 'am i keo dai');
  expect(found[0]).toBe('/bai-hoc/dang-bo-khoi-lam-dong-2015-2020/');
  expect(found).not.toContain('/chu-de/tap-trung-dan-chu-doan-ket/');
  // The topic page still shows the lesson in full.
  await page.goto('chu-de/tap-trung-dan-chu-doan-ket/');
  await expect(page.locator('main')).toContainText('âm ỉ kéo dài');
});

async function count(page: Page): Promise<number> {
  const summary = page.locator('[data-search-summary]');
  await expect(summary).toContainText(/\d+ kết quả/);
  return Number(/(\d+) kết quả/.exec((await summary.textContent()) ?? '')?.[1]);
}

test('a filter in the URL narrows the results to that section', async ({ page }) => {
  await results(page, 'chi bộ');
  const all = await count(page);
  const docs = await results(page, 'chi bộ', `&loc.M%E1%BB%A5c=${encodeURIComponent('Văn bản')}`);
  const filtered = await count(page);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  for (const href of docs) expect(href).toMatch(/\/van-ban\//);
});

test('typing updates ?q= and the URL reproduces the same results', async ({ page }) => {
  await page.goto('tim-kiem/');
  await page.locator('[data-search-page-input]').fill('quy che phoi hop');
  await expect(page).toHaveURL(/\?q=quy\+che\+phoi\+hop/);
  await expect(page.locator('[data-search-results] a[data-result-link]').first()).toBeVisible();
  const typed = await results(page, 'quy che phoi hop');
  await page.reload();
  await expect(page.locator('[data-search-page-input]')).toHaveValue('quy che phoi hop');
  const reloaded = await results(page, 'quy che phoi hop');
  expect(reloaded).toEqual(typed);
});

test('landing on a result highlights the searched words', async ({ page }) => {
  await results(page, 'xay dung dang');
  await page.locator('[data-search-results] a[data-result-link]').first().click();
  await expect(page).toHaveURL(/tu-khoa=/);
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
  const marked = await page.locator('main mark.search-hit').allTextContents();
  expect(marked.some((m) => /^Đảng$|^đảng$/.test(m))).toBe(true);
});

test('"/" and Ctrl+K open the search dialog from any page, and focus the box on the search page', async ({ page }) => {
  await page.goto('van-ban/');
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Tìm trong sổ tay' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Tìm trong sổ tay' })).toBeFocused();
  await page.goto('tim-kiem/?q=chi%20bo');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-page-input]')).toBeFocused();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a first search fetches no filter index; opening "Lọc kết quả" shows the filters', async ({ page }) => {
  const filterRequests: string[] = [];
  page.on('request', (r) => r.url().endsWith('.pf_filter') && filterRequests.push(r.url()));
  await results(page, 'chi bộ');
  expect(filterRequests).toEqual([]);
  await page.getByText('Lọc kết quả').click();
  const pane = page.locator('[data-filter-pane]');
  await expect(pane).toBeVisible();
  await expect(pane).toContainText('Văn bản');
  expect(filterRequests.length).toBeGreaterThan(0);
});

test("once opened, the filter pane counts this search's pages, not the whole site's", async ({ page }) => {
  await results(page, 'tham nhũng');
  const found = await count(page);
  await page.getByText('Lọc kết quả').click();
  // Every indexed page is in one section ("Mục"): the section counts add up to the results.
  const sections = page.locator('[data-filter-pane] fieldset', { has: page.locator('legend', { hasText: /^Mục$/ }) }).locator('.filter-count');
  await expect(sections.first()).toBeVisible();
  await expect.poll(async () => (await sections.allTextContents()).reduce((sum, n) => sum + Number(n), 0)).toBe(found);
});

test('the filter counts stay the search’s own when the second search worker answers', async ({ page }) => {
  await results(page, 'chi bộ');
  await page.getByText('Lọc kết quả').click();
  const sections = page.locator('[data-filter-pane] fieldset', { has: page.locator('legend', { hasText: /^Mục$/ }) }).locator('.filter-count');
  await expect(sections.first()).toBeVisible();
  const input = page.locator('[data-search-page-input]');
  // Keys faster than the searches start a second worker (search-lanes.ts); the last key's search
  // goes to whichever is idle, so several queries give both workers the last word.
  for (const query of ['kiem tra giam sat to chuc co so dang', 'xay dung chinh don dang', 'can bo chu chot', 'nang cao chat luong sinh hoat']) {
    await input.fill('');
    await input.pressSequentially(query);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query, { timeout: 15_000 });
    const found = await count(page);
    await expect.poll(async () => (await sections.allTextContents()).reduce((sum, n) => sum + Number(n), 0), { message: query }).toBe(found);
  }
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  expect(page.workers()).toHaveLength(cores >= 2 ? 2 : 1);
});

test('the search page suggests the nearest indexed words for a misspelled query, as a link that keeps the URL true', async ({ page }) => {
  await page.goto('tim-kiem/?q=kiem+tra+giam+sta');
  const line = page.locator('[data-search-suggest]');
  const link = line.getByRole('link', { name: 'kiem tra giam sat' });
  await expect(line).toHaveText('Có phải bạn muốn tìm: kiem tra giam sat?');
  await expect(link).toHaveAttribute('href', /\?q=kiem\+tra\+giam\+sat$/);
  await link.click();
  await expect(page).toHaveURL(/\?q=kiem\+tra\+giam\+sat$/);
  await expect(line).toBeHidden();
  expect((await results(page, 'kiem tra giam sat')).slice(0, 3)).toContain('/chu-de/kiem-tra-giam-sat/');
});
