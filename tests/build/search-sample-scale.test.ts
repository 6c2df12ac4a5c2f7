/**
 * The search sample (src/search/sample.ts) on a site large enough to use it: 2,500 generated
 * pages, built by the production build, served, searched in real Chromium. A common phrase is
 * first answered from the sample ("Ít nhất N kết quả"), then whole: the count becomes the whole
 * site's (what Pagefind itself finds for the phrase), the results drawn stay where they are,
 * and the search page's filter pane counts every result, not the sample's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { childEnv } from '../support/child-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus.ts';
import { makeBenchProject } from '../bench/project.ts';
import { serveStatic } from '../bench/serve.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { sampleValues } from '../../src/search/sample.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = 2_500;

/** "Ít nhất 1.234 kết quả…" → { exact: false, total: 1234 } */
const countOf = (text: string) => {
  const match = /^(Ít nhất )?([\d.]+) kết quả/u.exec(text.trim());
  return match ? { exact: !match[1], total: Number(match[2]!.replace(/\./g, '')) } : null;
};

/**
 * From the page's start, every text the element `status` showed, in order, each with the addresses
 * of the `results` at that moment (added before the page's scripts run, so no change is missed).
 */
const recordStates = (page: Page, status: string, results: string) =>
  page.addInitScript(
    ({ status, results }) => {
      const seen: { text: string; links: string[] }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      document.addEventListener('DOMContentLoaded', () => {
        const target = document.querySelector(status)!;
        new MutationObserver(() => {
          const text = target.textContent ?? '';
          if (text === seen.at(-1)?.text) return;
          // the dialog's options carry their address in data-href, the search page's titles in href
          const links = [...document.querySelectorAll(results)].map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? '');
          seen.push({ text, links });
        }).observe(target, { childList: true, characterData: true, subtree: true });
      });
    },
    { status, results },
  );

const seenStates = (page: Page) => page.evaluate(() => (window as unknown as { seen: { text: string; links: string[] }[] }).seen);

describe('a common phrase on a site of 2,500 pages', () => {
  let dir = '';
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    // The premise: at this size the site asks the sample first.
    expect(sampleValues(PAGES)).not.toBeNull();
    dir = mkdtempSync(join(tmpdir(), 'so-tay-sample-'));
    makeBenchProject(ROOT, dir);
    writeCorpus(generateCorpus({ pages: PAGES, seed: 1 }), join(dir, 'content'));
    const env = childEnv();
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...env, SITE_BASE: '/', OUT_DIR: 'dist', ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-3000)).toBe(0);
    server = await serveStatic(join(dir, 'dist'));
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What Pagefind itself finds for `phrase` on the whole site, in the served page. */
  const pagefindCount = (page: Page, phrase: string) =>
    // A string, not a function: the test's own transform would rewrite a function's import().
    page.evaluate<number>(`import('/pagefind/pagefind.js').then((p) => p.search(${JSON.stringify(phrase)})).then((r) => r.results.length)`);

  it('shows the sample’s count first, then the whole site’s, the first results unchanged (search dialog)', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await recordStates(page, '[data-sd-status]', '[data-sd-list] > .sr-option:not(.sr-sub)');
    await page.goto(server.url);
    await page.locator('#header-q').click();
    await page.locator('[data-sd-input]').fill('chi bộ');
    const status = page.locator('[data-sd-status]');
    await expect.poll(async () => countOf((await status.textContent()) ?? '')?.exact, { timeout: 60_000 }).toBe(true);
    const states = (await seenStates(page)).filter((s) => countOf(s.text));
    const [first, last] = [states[0]!, states.at(-1)!];
    expect(countOf(first.text), `the counts drawn: ${states.map((s) => s.text).join(' → ')}`).toMatchObject({ exact: false });
    const whole = countOf(last.text)!;
    expect(whole.total).toBeGreaterThan(countOf(first.text)!.total);
    expect(whole.total).toBe(await pagefindCount(page, '"chi bo"'));
    expect(first.links.length).toBeGreaterThan(0);
    expect(last.links.slice(0, first.links.length), 'the results drawn from the sample stay first').toEqual(first.links);
    await page.close();
  });

  it('keeps the results drawn from the sample and counts every result in the filter pane (search page)', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await recordStates(page, '[data-search-summary]', '[data-search-results] [data-result-link]');
    await page.goto(new URL('/tim-kiem/?q=chi%20b%E1%BB%99', server.url).href);
    const summary = page.locator('[data-search-summary]');
    await expect.poll(async () => countOf((await summary.textContent()) ?? '')?.exact, { timeout: 60_000 }).toBe(true);
    const states = (await seenStates(page)).filter((s) => countOf(s.text));
    const [first, last] = [states[0]!, states.at(-1)!];
    expect(first.text, `the counts drawn: ${states.map((s) => s.text).join(' → ')}`).toMatch(/^Ít nhất [\d.]+ kết quả cho “chi bộ”$/u);
    expect(first.links.length).toBeGreaterThan(0);
    const links = await page.locator('[data-search-results] [data-result-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.slice(0, first.links.length), 'the results drawn from the sample stay first').toEqual(first.links);
    const whole = countOf(last.text)!;
    // Every indexed page is in one section ("Mục"): its counts add up to the whole count.
    await page.getByText('Lọc kết quả').click();
    const sections = page.locator('fieldset.filter-group', { has: page.locator('legend', { hasText: /^Mục$/ }) }).locator('.filter-count');
    await sections.first().waitFor();
    await expect.poll(async () => (await sections.allTextContents()).reduce((a, t) => a + Number(t.replace(/\./g, '')), 0)).toBe(whole.total);
    await page.close();
  });
});
