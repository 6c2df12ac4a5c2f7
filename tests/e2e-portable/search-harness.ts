/**
 * Test-only: the site's own search path (loadPagefind + loadSearchData + vietnameseSearch, the
 * functions every search UI calls), bundled by the tests into a classic script and added to a
 * page, so that search can be checked on file:// and on the served site alike, whatever UI
 * the pages carry. Exposes window.siteSearch(query) → the URLs of the first results.
 */
import { loadPagefind } from '../../src/search/client/load-pagefind.ts';
import { loadSearchData } from '../../src/search/client/load-search-data.ts';
import type { SearchFn } from '../../src/search/client/merge.ts';
import { vietnameseSearch, type SiteSearchFn } from '../../src/search/client/vietnamese-search.ts';

declare global {
  interface Window {
    siteSearch(query: string, count?: number): Promise<string[]>;
  }
}

// One Pagefind per page, as the site's own search session keeps: a new instance per query would
// allocate a new WebAssembly memory each time, which Chromium runs out of over a long query set.
const engines = new Map<string, Promise<SiteSearchFn>>();

window.siteSearch = async (query, count = 5) => {
  const bundle = document.querySelector<HTMLElement>('[data-bundle]')?.dataset.bundle;
  if (!bundle) throw new Error('no [data-bundle] on this page');
  let engine = engines.get(bundle);
  if (!engine) {
    engine = (async () => {
      const pagefind = await loadPagefind(bundle);
      await pagefind.options({ excerptLength: 20 });
      await pagefind.init();
      return vietnameseSearch(pagefind.search.bind(pagefind) as SearchFn, await loadSearchData(bundle));
    })();
    engines.set(bundle, engine);
  }
  const response = await (await engine)(query);
  const data = await Promise.all((response?.results ?? []).slice(0, count).map((r) => r.data() as Promise<{ url: string }>));
  return data.map((d) => d.url);
};
