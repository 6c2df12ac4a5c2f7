/**
 * Every page carries its own Content-Security-Policy (written by the build into a <meta>, so it
 * holds on any server): scripts only from the site, by hash, and Pagefind's wasm; no
 * 'unsafe-inline'. With the policy enforced by Chromium, every page loads and search, filters,
 * highlighting, copy-link and the handout's print button work without one violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, DIST, isRedirectPage } from './site.ts';

/** Violations the page reports, collected from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])), ...console];
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];

test('every built page has a policy: scripts from the site or by hash, wasm allowed, no unsafe-inline', () => {
  const pages = [...builtPages(), '404.html'];
  expect(pages.length).toBeGreaterThan(50);
  for (const path of pages) {
    const policy = policyOf(readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8'));
    expect(policy, path).toBeDefined();
    expect(policy, path).not.toContain('unsafe-inline');
    const script = /(?:^|;)\s*script-src ([^;]*)/.exec(policy!)?.[1];
    const fallback = /(?:^|;)\s*default-src 'none'/.test(policy!);
    // Redirect pages run nothing at all (default-src 'none'); the others allow the site and wasm.
    if (!fallback) expect(script, path).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha\d+-[^']+')*\s*$/);
  }
});

test('every page loads with its policy enforced and reports no violation', async ({ page }) => {
  test.setTimeout(600_000); // ~80 pages on a busy machine
  const violations = await recordViolations(page);
  const found: string[] = [];
  // Redirect pages leave at once (their policy, which runs nothing, is checked above).
  for (const path of builtPages().filter((p) => !isRedirectPage(p))) {
    await page.goto(path);
    await page.waitForLoadState('load');
    found.push(...(await violations()).map((v) => `/${path}: ${v}`));
  }
  expect(found).toEqual([]);
});

test.describe('with the policy enforced', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('search, filters, the header box, highlighting, copy-link and printing work with 0 violations', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await recordViolations(page);
    const all: string[] = [];
    const take = async (where: string) => all.push(...(await violations()).map((v) => `${where}: ${v}`));

    // "/" opens the search dialog, which answers as the reader types and leads to the search page.
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type('chi thi 05');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await take('hộp thoại tìm kiếm');
    await page.getByRole('link', { name: 'Xem tất cả kết quả' }).click();
    await expect(page).toHaveURL(/tim-kiem\/\?q=chi\+thi\+05/);
    const first = page.locator('[data-search-results] a[data-result-link]').first();
    await expect(first).toBeVisible();
    await page.getByText('Lọc kết quả').click();
    await expect(page.locator('[data-filter-pane]')).toContainText('Văn bản');
    await take('tìm kiếm');

    // A result opens with the searched words highlighted (src/search/client/highlight-landing.ts).
    await first.click();
    await expect(page).toHaveURL(/tu-khoa=/);
    await expect(page.locator('main mark.search-hit').first()).toBeVisible();
    await take('đánh dấu');

    // Copy-link on a lesson.
    await page.goto('chu-de/kiem-tra-giam-sat/');
    const card = page.locator('section.lesson').first();
    await card.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã sao chép liên kết');
    await take('sao chép liên kết');

    // The handout's print button appears (its script ran) and prints.
    await page.addInitScript(() => (window.print = () => void ((window as unknown as { printed: number }).printed = 1)));
    await page.goto('chu-de/kiem-tra-giam-sat/ban-in/');
    await page.getByRole('button', { name: /In bản này/ }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await take('bản in');

    expect(all).toEqual([]);
  });
});
