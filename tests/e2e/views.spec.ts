/**
 * The views that make knowledge visible: the timeline, charts of figures over time, a document's
 * relations, abbreviations explained in place, the document list on a phone, previous/next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { builtPages, DIST, isRedirectPage } from './site.ts';

const ORG = 'dang-bo-khoi-cac-co-quan-trung-uong';
const times = (page: Page) => page.locator('#timeline > li:not([hidden])').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.time)));

test.describe('timeline', () => {
  test('lists congresses, themes, documents and organization events oldest first, each linked', async ({ page }) => {
    await page.goto('dong-thoi-gian/');
    const list = page.locator('[data-view="timeline"]');
    await expect(list).toBeVisible();
    const shown = await times(page);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    for (const kind of ['dai-hoi', 'chu-de-nam', 'van-ban', 'to-chuc']) await expect(list.locator(`li[data-kind="${kind}"]`).first()).toBeAttached();
    const items = list.locator('li');
    const n = await items.count();
    for (let i = 0; i < n; i++) await expect(items.nth(i).locator('.tl-body > a[href]')).toHaveCount(1);
    // Dates as precise as the source: a day, a year, or a congress's term.
    await expect(list.locator('li', { hasText: 'Quyết định số 47-QĐ/TW' }).locator('time')).toHaveText('11/04/2007');
    await expect(list.locator('li', { hasText: 'Chủ đề năm 2013' }).locator('time')).toHaveText('2013');
    await expect(list.locator('li[data-kind="dai-hoi"]', { hasText: 'nhiệm kỳ 2015–2020' }).locator('time')).toHaveText('nhiệm kỳ 2015–2020');
  });

  test('newest first reverses the order, and the choice is kept in the address', async ({ page }) => {
    await page.goto('dong-thoi-gian/');
    const oldest = await times(page);
    await page.locator('select[name="thu-tu"]').selectOption('moi');
    expect(await times(page)).toEqual([...oldest].reverse());
    await expect(page).toHaveURL(/thu-tu=moi/);
    await page.reload();
    expect(await times(page)).toEqual([...oldest].reverse());
  });

  test('filters by organization and kind, with counts, and says so when nothing matches', async ({ page }) => {
    await page.goto('dong-thoi-gian/');
    const option = page.locator(`select[name="to-chuc"] option[value="${ORG}"]`);
    const expected = Number(/\((\d+)\)$/.exec((await option.textContent()) ?? '')?.[1]);
    await page.locator('select[name="to-chuc"]').selectOption(ORG);
    const visible = page.locator('#timeline > li:not([hidden])');
    await expect(visible).toHaveCount(expected);
    for (const orgs of await visible.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.orgs ?? ''))) expect(orgs.split(' ')).toContain(ORG);
    await page.locator('select[name="loai"]').selectOption('chu-de-nam');
    await expect(visible).toHaveCount(2);
    await expect(page.locator('#timeline-count')).toHaveText('2 mốc');
    // Lâm Đồng's bloc has no annual theme in the knowledge base: an empty state, not a bare list.
    await page.locator('select[name="to-chuc"]').selectOption('dang-bo-khoi-cac-co-quan-tinh-lam-dong');
    await expect(page.locator('#timeline-empty')).toBeVisible();
    await expect(page.locator('#timeline')).toBeHidden();
  });
});

test.describe('charts', () => {
  test('each chart is an image with a title and the numbers of the table beside it', async ({ page }) => {
    await page.goto(`to-chuc/${ORG}/`);
    const charts = page.locator('svg[data-view="chart"]');
    await expect(charts).toHaveCount(2);
    for (const figure of await page.locator('figure.chart-figure').all()) {
      const chart = figure.locator('svg[data-view="chart"]');
      await expect(chart).toHaveAttribute('role', 'img');
      await expect(chart.locator('title')).not.toBeEmpty();
      const inChart = await chart.locator('text.value').allTextContents();
      const inTable = await figure.locator('table td.num').allTextContents();
      expect(inChart).toEqual(inTable);
      expect(await chart.locator('text.when').allTextContents()).toEqual(await figure.locator('table tbody td:first-child').allTextContents());
    }
    // How did membership change from 2015 to 2023? The chart says it in Vietnamese numbers.
    const members = page.locator('figure.chart-figure', { hasText: 'Đảng viên qua các thời điểm' });
    await expect(members.locator('text.value')).toHaveText(['hơn 63.000', '78.432']);
    await expect(members.locator('text.when')).toHaveText(['2015', '31/12/2023']);
    // A series of one point is a figure, not a chart.
    await expect(page.locator('ul.figures li', { hasText: 'Chi bộ cơ sở' })).toContainText('474');
  });

  test('a cadre finds the central bloc’s membership over time in two clicks from the home page', async ({ page }) => {
    await page.goto('');
    await page.locator('.site-nav').getByRole('link', { name: 'Tổ chức' }).click();
    await page.getByRole('link', { name: 'Đảng bộ Khối các cơ quan Trung ương', exact: true }).first().click();
    await expect(page.locator('figure.chart-figure', { hasText: 'Đảng viên' }).locator('svg[data-view="chart"]')).toBeVisible();
  });
});

test.describe('relations', () => {
  test('every node of the diagram is a link, and the reverse relation shows what implements the document', async ({ page }) => {
    await page.goto('van-ban/05-ct-tw-2016/');
    const diagram = page.locator('[data-view="relations"]');
    await expect(diagram).toBeVisible();
    const nodes = diagram.locator('.rel-node');
    expect(await nodes.count()).toBeGreaterThan(3);
    for (const node of await nodes.all()) {
      expect(await node.evaluate((n) => n.tagName)).toBe('A');
      await expect(node).toHaveAttribute('href', /\/.+/);
    }
    await expect(diagram.locator('.rel-in a[href$="/van-ban/01-kl-tw-2021/"]')).toContainText('thực hiện');
    await expect(diagram.locator('.rel-out a[href$="/van-ban/03-ct-tw-2011/"]')).toBeAttached();
    await expect(diagram.locator('.rel-cited a[href*="/dai-hoi/"]').first()).toBeAttached();
    // The same relations as a list, for screen readers and the keyboard.
    await expect(page.getByRole('heading', { name: 'Văn bản thực hiện văn bản này' })).toBeVisible();
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Văn bản thực hiện văn bản này' }) }).getByRole('link', { name: 'Kết luận số 01-KL/TW' })).toBeVisible();
  });

  test('every node leads to a page that exists', async ({ page, request }) => {
    await page.goto('van-ban/12-nq-tw-2012/');
    const hrefs = await page.locator('[data-view="relations"] a.rel-node').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);
  });

  test('the legal status stays honest: not stated when no source states it', async ({ page }) => {
    await page.goto('van-ban/05-ct-tw-2016/');
    await expect(page.locator('dd[data-status]')).toHaveText('chưa xác định (nguồn không nêu)');
  });
});

test.describe('abbreviations', () => {
  test('an abbreviation shows its expansion on keyboard focus and links to the glossary', async ({ page }) => {
    await page.goto(`to-chuc/${ORG}/`);
    const abbr = page.locator('main a.abbr[href$="#t-u"]');
    await expect(abbr.locator('abbr')).toHaveAttribute('title', 'Trung ương');
    await expect(abbr).toHaveAttribute('href', '/thuat-ngu/#t-u');
    const tip = () => abbr.evaluate((a) => ({ display: getComputedStyle(a, '::after').display, content: getComputedStyle(a, '::after').content }));
    expect((await tip()).display).toBe('none');
    // Reach it with the keyboard: Tab until it has focus.
    await page.locator('main h1').click();
    for (let i = 0; i < 40 && !(await abbr.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(abbr).toBeFocused();
    expect(await tip()).toEqual({ display: 'block', content: '"Trung ương"' });
  });

  test('a first tap shows the expansion, a second follows the link', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 }, baseURL });
    const page = await context.newPage();
    await page.goto(`to-chuc/${ORG}/`);
    const abbr = page.locator('main a.abbr[href$="#t-u"]');
    await abbr.tap();
    await expect(abbr).toHaveAttribute('data-open', '');
    expect(await abbr.evaluate((a) => getComputedStyle(a, '::after').display)).toBe('block');
    await expect(page).toHaveURL(/to-chuc/);
    await abbr.tap();
    await expect(page).toHaveURL(/\/thuat-ngu\/#t-u$/);
    await context.close();
  });

  test('only the first occurrence, never inside headings, links or code', () => {
    // Read from the built files (no browser needed): the markup is the build's, not the script's.
    for (const path of builtPages().filter((p) => !isRedirectPage(p))) {
      const tree = fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      const hrefs: string[] = [];
      const walk = (node: Root | RootContent, inside: string[]) => {
        if (node.type === 'element' && node.tagName === 'a' && (node.properties.className as string[] | undefined)?.includes('abbr')) {
          hrefs.push(String(node.properties.href));
          expect(inside.filter((t) => /^(h[1-6]|a|code|pre)$/.test(t)), `${path}: ${String(node.properties.href)}`).toEqual([]);
        }
        const tags = node.type === 'element' ? [...inside, (node as Element).tagName] : inside;
        if ('children' in node) for (const child of node.children) walk(child, tags);
      };
      walk(tree, []);
      expect(new Set(hrefs).size, path).toBe(hrefs.length);
    }
  });
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(300_000);
    const wide: string[] = [];
    for (const path of builtPages().filter((p) => !isRedirectPage(p))) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`/${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });

  test('the document list is stacked cards, each cell labelled, with no hidden column', async ({ page }) => {
    await page.goto('van-ban/');
    const row = page.locator('#doc-table tbody tr').first();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
    await expect(page.locator('#doc-table thead')).toBeHidden();
    const subject = row.locator('td[data-label="Trích yếu"]');
    await subject.scrollIntoViewIfNeeded();
    await expect(subject).toBeVisible();
    const box = (await subject.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });

  test('the table of contents comes after the heading', async ({ page }) => {
    await page.goto('bai-hoc/dang-bo-khoi-tw-17-nam/');
    const toc = page.locator('nav.toc:visible');
    await expect(toc).toHaveCount(1);
    // Right after the heading: below the h1, above the page's first section.
    const h1Top = (await page.locator('h1').boundingBox())!.y;
    const tocTop = (await toc.boundingBox())!.y;
    expect(tocTop).toBeGreaterThan(h1Top);
    const firstSection = page.locator('main h2:not(.visually-hidden):visible').first();
    expect(tocTop).toBeLessThan((await firstSection.boundingBox())!.y);
  });
});

test.describe('the document list', () => {
  test('filter options show counts, status is a filter, and an empty combination says so', async ({ page }) => {
    await page.goto('van-ban/');
    const total = await page.locator('#doc-table tbody tr').count();
    await expect(page.locator('select[name="tinh-trang"] option[value="chưa xác định"]')).toHaveText(`chưa xác định (${total})`);
    const chiThi = page.locator('select[name="loai"] option[value="Chỉ thị"]');
    const n = Number(/\((\d+)\)/.exec((await chiThi.textContent()) ?? '')?.[1]);
    await page.locator('select[name="loai"]').selectOption('Chỉ thị');
    await expect(page.locator('#doc-table tbody tr:not([hidden])')).toHaveCount(n);
    await page.locator('select[name="nam"]').selectOption('2007');
    await expect(page.locator('#doc-empty')).toBeVisible();
    await expect(page.locator('#doc-table')).toBeHidden();
    await expect(page.locator('#doc-count')).toHaveText('0 văn bản');
  });

  test('sorts by date, symbol or kind', async ({ page }) => {
    await page.goto('van-ban/');
    const column = (attr: string) => page.locator('#doc-table tbody tr').evaluateAll((rows, a) => rows.map((r) => r.getAttribute(a) ?? ''), attr);
    const newest = (await column('data-sort-date')).map(Number);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page.locator('select[name="xep"]').selectOption('ngay-cu');
    expect((await column('data-sort-date')).map(Number)).toEqual([...newest].reverse());
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    await page.locator('select[name="xep"]').selectOption('so-hieu');
    const symbols = await column('data-sort-symbol');
    expect(symbols).toEqual([...symbols].sort(collator.compare));
    expect(symbols[0]).toBe('01-KL/TW');
    await page.locator('select[name="xep"]').selectOption('loai');
    const kinds = await column('data-sort-kind');
    expect(kinds).toEqual([...kinds].sort(collator.compare));
  });

  test('a cadre finds what implements Chỉ thị 05-CT/TW in two clicks from the home page', async ({ page }) => {
    await page.goto('');
    await page.locator('.site-nav').getByRole('link', { name: 'Văn bản' }).click();
    await page.getByRole('link', { name: 'Chỉ thị số 05-CT/TW' }).click();
    await expect(page.locator('[data-view="relations"] .rel-in')).toContainText('Kết luận số 01-KL/TW');
  });
});

test('previous and next between a body’s annual themes and between its congresses', async ({ page }) => {
  await page.goto('chu-de-nam/dang-bo-khoi-tw-2013/');
  await page.getByRole('link', { name: /Năm 2014/ }).and(page.locator('[rel="next"]')).click();
  await expect(page).toHaveURL(/chu-de-nam\/dang-bo-khoi-tw-2014\/$/);
  await expect(page.locator('[rel="prev"]')).toHaveAttribute('href', /dang-bo-khoi-tw-2013\/$/);
  await expect(page.locator('[rel="next"]')).toHaveCount(0);
  await page.goto('dai-hoi/dang-bo-khoi-tw-2015-2020/');
  await expect(page.locator('[rel="next"]')).toHaveAttribute('href', /dai-hoi\/dang-bo-khoi-tw-2020-2025\/$/);
  await expect(page.locator('[rel="prev"]')).toHaveCount(0);
});

test('the home page puts a space before “(xem …”', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('main')).toContainText('31/12/2023 (xem số liệu');
});
