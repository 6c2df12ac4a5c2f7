/**
 * The search dialog on every page, as a reader uses it: opened from the header box, "/" or
 * Ctrl+K; results as they type, each with section, date, title, excerpt and matching lessons;
 * ↑/↓ and Enter; Esc closes and gives focus back; "Xem tất cả kết quả" leads to /tim-kiem/.
 * Nothing of search is fetched before the reader reaches for the box. axe finds no violation
 * with the dialog open; on a 360 px phone the first result is on the first screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LESSON = 'bai-hoc/dang-bo-khoi-lam-dong-2015-2020/';
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Tìm trong sổ tay' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option');

async function openAndType(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', query, { timeout: 15_000 });
}

test('nothing of search is fetched on a content page until the reader focuses the box', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (r) => void (/\/pagefind\/|dialog-search/.test(r.url()) && searchFiles.push(r.url())));
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 600);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  expect(searchFiles).toEqual([]);
  await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).click();
  await expect(combobox(page)).toBeFocused();
  // Opening warms the index: Pagefind and the site's search data arrive before the first key.
  await expect.poll(() => searchFiles.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect.poll(() => searchFiles.some((u) => u.endsWith('/pagefind/so-tay-search.json'))).toBe(true);
});

test('the searching runs in the site search worker, not on the page and not in a worker of Pagefind itself', async ({ page }) => {
  const files: string[] = [];
  page.on('request', (r) => void files.push(new URL(r.url()).pathname));
  await page.goto(LESSON);
  await openAndType(page, 'chi bo');
  await expect(options(page).first()).toBeVisible();
  // Pagefind loaded inside the search worker (its wasm fetched there), never its own worker,
  // which would send every result of every search across to the page.
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  expect(workers.length).toBeGreaterThanOrEqual(1);
  expect(workers.length).toBeLessThanOrEqual(2);
  for (const w of workers) expect(w).toMatch(/\/_astro\/search-worker-[\w-]+\.js$/);
  expect(files.filter((f) => f.endsWith('/pagefind/pagefind-worker.js'))).toEqual([]);
  expect(files.some((f) => f.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(files.some((f) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(f))).toBe(true);
});

test('one search loads one search worker; keys typed while it searches go to a second, and the answer is the search page’s', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('/');
  await combobox(page).fill('chi bo');
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', 'chi bo', { timeout: 15_000 });
  await page.waitForTimeout(300);
  expect(page.workers()).toHaveLength(1);
  // Keys faster than the searches: a keystroke finds the first worker busy with the previous one.
  const query = 'kiem tra giam sat to chuc co so dang';
  await combobox(page).fill('');
  await combobox(page).pressSequentially(query);
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', query, { timeout: 15_000 });
  // On a one-core device there is only ever one worker (search-lanes.ts).
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect.poll(() => page.workers().length).toBe(cores >= 2 ? 2 : 1);
  const dialogHrefs = await page.locator('[data-sd-list] li.sr:not(.sr-sub)').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.href));
  expect(dialogHrefs.length).toBeGreaterThan(0);
  await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}`);
  const pageLinks = page.locator('[data-search-results] a[data-result-link]');
  await expect(pageLinks.first()).toBeVisible({ timeout: 15_000 });
  const pageHrefs = await pageLinks.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(pageHrefs.slice(0, dialogHrefs.length)).toEqual(dialogHrefs);
});

test('focusing the header box opens the dialog with what was typed, and results come as one types', async ({ page }) => {
  await page.goto('van-ban/');
  const header = page.getByRole('searchbox', { name: 'Tìm trong sổ tay' });
  await header.click();
  await expect(page.getByRole('dialog', { name: 'Tìm trong sổ tay' })).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('05-CT/TW');
  await expect(options(page).first()).toContainText('05-CT/TW');
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status').filter({ hasText: /\d+ kết quả/ })).toBeVisible();
  // Typing on: the list follows the newest query only.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('nam nang cao chat luong chi bo');
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', 'nam nang cao chat luong chi bo');
  await expect(options(page).first()).toHaveAttribute('data-href', /\/chu-de-nam\/dang-bo-khoi-tw-2013\//);
});

test('each result shows its section, date, title, a two- or three-line excerpt and its matching lessons', async ({ page }) => {
  await page.goto('');
  await openAndType(page, 'giu vung nguyen tac tap trung dan chu');
  const first = options(page).first();
  await expect(first.locator('.sr-meta')).toHaveText(/^(Bài học|Chủ đề|Văn bản|Đại hội|Nguồn|Tổ chức|Chủ đề năm)( · \d\d\/\d\d\/\d{4})?$/);
  await expect(first.locator('.sr-title')).not.toBeEmpty();
  const excerpt = first.locator('.sr-excerpt');
  await expect(excerpt.locator('mark').first()).toBeVisible();
  const lines = await excerpt.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
  expect(lines).toBeGreaterThanOrEqual(2);
  expect(lines).toBeLessThanOrEqual(3);
  // A lesson is an option of its own that leads to its anchor.
  await expect(page.locator('[data-sd-list] [role="option"][data-href*="#tw-2024-1"], [data-sd-list] [role="option"][data-href*="#ld-2020-2"]').first()).toBeAttached();
  // The title is larger than the section label.
  const size = (selector: string) => first.locator(selector).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('.sr-title')).toBeGreaterThan(await size('.sr-meta'));
});

test('↑/↓ move the active result and Enter opens it', async ({ page }) => {
  await page.goto('');
  await openAndType(page, 'dang uy khoi');
  const all = options(page);
  expect(await all.count()).toBeGreaterThan(2);
  await expect(all.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(all.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(all.nth(0)).toHaveAttribute('aria-selected', 'false');
  const id = await all.nth(1).getAttribute('id');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', id!);
  const href = (await all.nth(1).getAttribute('data-href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href, page.url()).href);
  await expect(page).toHaveURL(/tu-khoa=/);
});

test('Esc closes the dialog and gives focus back to what opened it', async ({ page }) => {
  await page.goto('van-ban/');
  const header = page.getByRole('searchbox', { name: 'Tìm trong sổ tay' });
  await header.click();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(header).toBeFocused();
  // From a link focused with the keyboard, "/" opens it and Esc comes back to the link.
  const link = page.locator('main a').first();
  await link.focus();
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(link).toBeFocused();
});

test('"Xem tất cả kết quả" opens the search page with the query', async ({ page }) => {
  await page.goto('chu-de/');
  await openAndType(page, 'quy che phoi hop');
  await page.getByRole('link', { name: 'Xem tất cả kết quả' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=quy\+che\+phoi\+hop$/);
  await expect(page.locator('[data-search-page-input]')).toHaveValue('quy che phoi hop');
  await expect(page.locator('[data-search-results] a[data-result-link]').first()).toBeVisible();
});

test('axe finds no violation with the dialog open and results shown', async ({ page }) => {
  await page.goto(LESSON);
  await openAndType(page, 'chi bo');
  await page.keyboard.press('ArrowDown');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  test('the first result is on the first screen, in the dialog and on the search page', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).tap();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type('chi bo');
    const first = options(page).first();
    await expect(first).toBeInViewport({ ratio: 1 });
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);

    await page.goto('tim-kiem/?q=chi%20bo');
    // Its title and excerpt; its lessons may follow below the fold.
    const result = page.locator('[data-search-results] > li').first();
    await expect(result.locator('a[data-result-link]')).toBeInViewport({ ratio: 1 });
    await expect(result.locator('.sr-excerpt')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('filter options are in Vietnamese alphabetical order, under their real names with their commas', async ({ page }) => {
  await page.goto('tim-kiem/?q=chi%20bo');
  await page.getByText('Lọc kết quả').click();
  const group = (name: string) => page.locator('[data-filter-pane] fieldset').filter({ has: page.locator('legend', { hasText: new RegExp(`^${name}$`) }) });
  await expect(group('Chủ đề')).toBeVisible();
  const values = async (name: string) =>
    group(name).locator('input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  for (const name of ['Mục', 'Cơ quan ban hành', 'Chủ đề']) {
    const shown = await values(name);
    expect(shown.length, name).toBeGreaterThan(1);
    expect(shown, name).toEqual([...shown].sort(collator.compare));
  }
  // "Đại hội" sorts after "Dân vận"-like D words, not last as in code-point order.
  const sections = await values('Mục');
  expect(sections.indexOf('Đại hội')).toBeLessThan(sections.indexOf('Văn bản'));
  expect((await values('Cơ quan ban hành')).join('|')).toMatch(/Ban Cán sự.*Ban Chấp hành/);
  // A topic's name keeps its comma.
  expect(await values('Chủ đề')).toContain('Kiểm tra, giám sát');
  // Counts are this search's: choosing a section keeps only its pages.
  await group('Mục').getByLabel(/Văn bản/).check();
  await expect(page).toHaveURL(/loc\.M%E1%BB%A5c=V%C4%83n\+b%E1%BA%A3n/);
  await expect(page.locator('[data-search-results] a[data-result-link]').first()).toHaveAttribute('href', /\/van-ban\//);
  const count = Number(/(\d+) kết quả/.exec((await page.locator('[data-search-summary]').textContent()) ?? '')?.[1]);
  await expect(group('Mục').locator('label', { hasText: 'Văn bản' }).locator('.filter-count')).toHaveText(String(count));
});

test('a misspelled word gets "Có phải bạn muốn tìm", which searches the nearest indexed words in place', async ({ page }) => {
  await page.goto(LESSON);
  await openAndType(page, 'chỉnh đốn Đảg');
  const line = page.locator('[data-sd-suggest]');
  await expect(line).toHaveText('Có phải bạn muốn tìm: chỉnh đốn Đảng?');
  await line.getByRole('link', { name: 'chỉnh đốn Đảng' }).click();
  await expect(combobox(page)).toHaveValue('chỉnh đốn Đảng');
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', 'chỉnh đốn Đảng');
  await expect(line).toBeHidden();
  await expect(options(page).first()).toContainText(/chỉnh đốn Đảng/i);
  // Words the index holds, and a word still being typed, get no suggestion.
  await combobox(page).fill('kiem tra giam s');
  await expect(page.locator('[data-sd-list]')).toHaveAttribute('data-query', 'kiem tra giam s');
  await expect(line).toBeHidden();
});
