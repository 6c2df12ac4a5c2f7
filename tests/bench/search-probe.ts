/**
 * What a reader's browser fetches, measured in real Chromium against a served build:
 *  - a lesson page, from a cold cache, until the network is idle (before any search);
 *  - the first search: from a click in the header box on that page (which opens the search
 *    dialog) and the query typed there until the first result shows, with everything fetched
 *    meanwhile (the dialog's code, Pagefind script, worker, WebAssembly, index chunks, fragments).
 * Bytes are what crossed the wire (compressed bodies plus headers), as Chromium reports them.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';

export interface SearchProbe {
  lesson_page_kb: number;
  search_first_kb: number;
  search_first_ms: number;
  search_results: number;
}

async function trackBytes(page: Page): Promise<{ take: () => Promise<number> }> {
  let pending: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0));
  });
  return {
    take: async () => {
      const sizes = await Promise.all(pending);
      pending = [];
      return sizes.reduce((a, b) => a + b, 0);
    },
  };
}

export async function probeSearch(siteUrl: string, lessonPath: string, query: string): Promise<SearchProbe> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = await trackBytes(page);
    await page.goto(new URL(lessonPath, siteUrl).href, { waitUntil: 'networkidle' });
    const lessonBytes = await bytes.take();

    // The header box opens the search dialog (which loads the search code and Pagefind), the
    // query is typed into it, and the first search ends when its first result shows.
    const started = Date.now();
    await page.locator('#header-q').click();
    const box = page.locator('[data-sd-input]');
    await box.fill(query);
    const first = page.locator('[data-sd-list] [role="option"]').first();
    await first.waitFor({ state: 'visible', timeout: 60_000 });
    const elapsed = Date.now() - started;
    // Requests already under way when the first result showed belong to the first search too.
    await page.waitForLoadState('networkidle');
    const searchBytes = await bytes.take();
    const results = Number(/\d+/.exec((await page.locator('[data-sd-status]').textContent()) ?? '')?.[0] ?? 0);
    return {
      lesson_page_kb: Math.round(lessonBytes / 102.4) / 10,
      search_first_kb: Math.round(searchBytes / 102.4) / 10,
      search_first_ms: elapsed,
      search_results: results,
    };
  } finally {
    await browser.close();
  }
}
