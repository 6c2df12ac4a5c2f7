/**
 * Which Pagefind searches one reader's query becomes, and what each costs: the dialog of a built
 * site (e.g. the output `npm run bench -- --keep` leaves) is opened in Chromium with the search
 * run on the page (no worker), Pagefind's `search` wrapped to log its term, filters, time and
 * result count, and each query put in the box at once.
 *
 *   node tests/bench/trace-search.ts <dist> <query>…
 *
 * A time is from the call to its answer: calls made together (the readings of one query) each
 * include the wait for the others, since Pagefind answers one call at a time.
 */
import { chromium } from '@playwright/test';
import { serveStatic } from './serve.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';

const [dist, ...queries] = process.argv.slice(2);
if (!dist || queries.length === 0) {
  console.error('Cách dùng: node tests/bench/trace-search.ts <thư mục dist> <truy vấn>…');
  process.exit(2);
}

// Pagefind's module with its exported `search` wrapped (the exports are its last statement).
const WRAPPER = `const __traced=async(t,o)=>{const s=performance.now();const r=await search(t,o);console.log('PF '+(performance.now()-s).toFixed(1)+' ms '+JSON.stringify(t)+' '+JSON.stringify(o?.filters??null)+' → '+(r?.results?.length??0));return r;};`;

const server = await serveStatic(dist);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  // No Worker: the site's search falls back to the page (worker-search-session.ts), where the
  // wrapped module is the one it imports.
  await page.addInitScript(() => void Object.defineProperty(window, 'Worker', { value: undefined }));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/export\{([^}]*)\};\s*$/, (_all, names: string) => `${WRAPPER}export{${names.replace(/\bsearch\b/, '__traced as search')}};`);
    await route.fulfill({ response, body });
  });
  page.on('console', (message) => message.text().startsWith('PF ') && console.log(`  ${message.text().slice(3)}`));
  const lesson = (await (await fetch(new URL('bai-hoc/', server.url))).text()).match(/href="(\/bai-hoc\/[^"/]+\/)"/)?.[1] ?? '/';
  await page.goto(new URL(lesson, server.url).href, { waitUntil: 'networkidle' });
  await page.locator('#header-q').click();
  await page.waitForTimeout(2000);
  for (const query of queries) {
    console.log(`“${query}”`);
    const started = Date.now();
    await page.locator('[data-sd-input]').fill(query);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-sd-list]')?.dataset.query === q, query, { timeout: 30_000 });
    console.log(`  kết quả vẽ sau ${Date.now() - started} ms`);
    await page.waitForTimeout(1500);
  }
} finally {
  await browser.close();
  await server.close();
}
