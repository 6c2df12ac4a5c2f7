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
import { expandQuery } from '../../src/search/client/expand-query.ts';
import { readLookups } from '../../src/search/client/lookups.ts';
import { SEARCH_DATA_FILE, type SearchData } from '../../src/search/data.ts';

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

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A lesson page alone, from a cold cache until the network is idle: what every reader pays before searching. */
export async function probeLessonPage(siteUrl: string, lessonPath: string): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    const bytes = await trackBytes(page);
    await page.goto(new URL(lessonPath, siteUrl).href, { waitUntil: 'networkidle' });
    return kb(await bytes.take());
  } finally {
    await browser.close();
  }
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
    // query is typed into it, and the first search ends when its first result is painted. Both
    // ends are taken inside the page, as in probeTyped: Playwright's waitFor polls at growing
    // intervals (up to 500 ms apart), which it would add to the figure.
    await page.evaluate(() => {
      let started = 0;
      document.querySelector('#header-q')!.addEventListener('pointerdown', () => void (started ||= performance.now()), { capture: true });
      (window as unknown as { firstSearch: Promise<number> }).firstSearch = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-sd-list] [role="option"]')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.locator('#header-q').click();
    const box = page.locator('[data-sd-input]');
    await box.fill(query);
    const first = page.locator('[data-sd-list] [role="option"]').first();
    await first.waitFor({ state: 'visible', timeout: 60_000 });
    const elapsed = Math.round(await page.evaluate(() => (window as unknown as { firstSearch: Promise<number> }).firstSearch));
    // Requests already under way when the first result showed belong to the first search too.
    await page.waitForLoadState('networkidle');
    const searchBytes = await bytes.take();
    // "4.990 kết quả", or "Ít nhất 640 kết quả" while the whole answer is still on its way.
    const results = Number((/([\d.]+) kết quả/u.exec((await page.locator('[data-sd-status]').textContent()) ?? '')?.[1] ?? '0').replace(/\./g, ''));
    return {
      lesson_page_kb: kb(lessonBytes),
      search_first_kb: kb(searchBytes),
      search_first_ms: elapsed,
      search_results: results,
    };
  } finally {
    await browser.close();
  }
}

/** What readers type: accented and not, abbreviations, a symbol, a question; words both sites use. */
export const TYPED_QUERIES = [
  'chi bộ',
  'dang uy khoi',
  'nghị quyết trung ương',
  'kiem tra giam sat',
  'cán bộ chủ chốt',
  'xay dung dang',
  'đảng viên',
  'BCSĐ',
  'quy che lam viec',
  'dân vận',
  'to chuc co so dang',
  'người đứng đầu',
  'bai hoc kinh nghiem',
  'chuyển đổi số',
  'nang cao chat luong',
  'học tập và làm theo',
];

export interface TypedProbe {
  search_typed_ms_p50: number;
  search_typed_ms_p90: number;
  /**
   * The floor under it, from the same page: Pagefind's own search, warm, of each query as the
   * site asks it first (the first reading of its rewriting, its phrase when it has several
   * words), in a Pagefind of the page's thread as the search worker runs it; the median over
   * the queries.
   */
  search_typed_floor_ms_p50: number;
  search_typed_samples: number;
  /** each query's typed time and its floor, in the order typed (what the percentiles are made of) */
  search_typed_each: { query: string; ms: number; floor_ms: number }[];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

/**
 * Typed query → results painted, as a reader feels it: on a lesson page the header box is
 * clicked (the dialog opens and warms the index), then each query is typed key by key at a
 * brisk typing pace; the time runs from the last keystroke's input event to the first frame
 * painted after the dialog drew that query's results. Both ends are taken inside the page
 * (performance.now(), a MutationObserver, requestAnimationFrame), so the DevTools protocol's
 * latency is not counted.
 */
export async function probeTyped(siteUrl: string, lessonPath: string, queries: readonly string[] = TYPED_QUERIES): Promise<TypedProbe> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL(lessonPath, siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator('#header-q').click();
    const box = page.locator('[data-sd-input]');
    await box.waitFor({ state: 'visible' });
    // Warm: Pagefind, its WebAssembly and the search data loaded (the dialog starts that on opening).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const samples: number[] = [];
    for (const query of queries) {
      await box.fill('');
      await page.evaluate((final) => {
        const input = document.querySelector<HTMLInputElement>('[data-sd-input]')!;
        const list = document.querySelector<HTMLElement>('[data-sd-list]')!;
        let lastInput = 0;
        input.addEventListener('input', () => void (lastInput = performance.now()));
        (window as unknown as { typed: Promise<number> }).typed = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.query !== final || input.value !== final) return;
            observer.disconnect();
            // The frame in which the results are painted: after its rAF callbacks and paint.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - lastInput), 0));
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'], childList: true });
        });
      }, query);
      await box.pressSequentially(query, { delay: 80 });
      samples.push(await page.evaluate(() => (window as unknown as { typed: Promise<number> }).typed));
      await page.waitForTimeout(300);
    }
    const bundle = await page.locator('[data-search-dialog]').getAttribute('data-bundle');
    // Each query as the site asks Pagefind first: its rewriting's first reading (đ put back,
    // abbreviations read), from the same search data the page loaded.
    const data = (await (await fetch(new URL(`${bundle ?? '/pagefind/'}${SEARCH_DATA_FILE}`, siteUrl))).json()) as SearchData;
    const terms = queries.map((q) => expandQuery(readLookups(q).text, { counts: new Map(data.dCounts), synonyms: data.synonyms })[0] ?? q);
    const floors = await page.evaluate(
      async ([bundle, terms]) => {
        type Instance = { init(): Promise<void>; search(term: string): Promise<unknown>; destroy(): Promise<void> };
        const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance(o: object): Instance };
        const own = pagefind.createInstance({ basePath: bundle, noWorker: true });
        await own.init();
        const times: number[] = [];
        for (const term of terms) {
          await own.search(term); // its chunks loaded, as the typing had them
          const started = performance.now();
          await own.search(term);
          times.push(performance.now() - started);
        }
        await own.destroy();
        return times;
      },
      [bundle ?? '/pagefind/', terms] as const,
    );
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      search_typed_ms_p50: round(percentile(samples, 50)),
      search_typed_ms_p90: round(percentile(samples, 90)),
      search_typed_floor_ms_p50: round(percentile(floors, 50)),
      search_typed_samples: samples.length,
      search_typed_each: queries.map((query, i) => ({ query, ms: round(samples[i]!), floor_ms: round(floors[i]!) })),
    };
  } finally {
    await browser.close();
  }
}

export interface SearchPageProbe {
  /** transferred before the reader types, from a cold cache */
  search_page_kb: number;
  /** Σ (long task − 50 ms) after first contentful paint, loading /tim-kiem/?q=… until its results show and the network is idle */
  search_page_tbt_ms: number;
}

/**
 * The search page's weight and main-thread blocking, measured in Chromium with a
 * PerformanceObserver of long tasks (Lighthouse's total blocking time counts the same tasks,
 * between first contentful paint and the page becoming interactive).
 */
export async function probeSearchPage(siteUrl: string, query: string): Promise<SearchPageProbe> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = await trackBytes(page);
    await page.goto(new URL('tim-kiem/', siteUrl).href, { waitUntil: 'networkidle' });
    const pageBytes = await bytes.take();

    const fresh = await (await browser.newContext()).newPage();
    await fresh.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await fresh.goto(new URL(`tim-kiem/?q=${encodeURIComponent(query)}`, siteUrl).href);
    await fresh.locator('[data-search-results] a[data-result-link]').first().waitFor({ timeout: 60_000 });
    await fresh.waitForLoadState('networkidle');
    await fresh.waitForTimeout(500);
    const tbt = await fresh.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks;
      return tasks.filter((t) => t.start + t.duration > fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    });
    return { search_page_kb: kb(pageBytes), search_page_tbt_ms: Math.round(tbt) };
  } finally {
    await browser.close();
  }
}
