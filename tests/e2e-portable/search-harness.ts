/**
 * Test-only: the site's own search path (loadPagefind + loadSearchData + vietnameseSearch, the
 * functions every search UI calls), bundled by the tests into a classic script and added to a
 * page, so that search can be checked on file:// and on the served site alike, whatever UI
 * the pages carry. Exposes window.siteSearch(query) → the URLs of the first results.
 */
import { loadPagefind } from '../../src/search/client/load-pagefind.ts';
import { loadSearchData } from '../../src/search/client/load-search-data.ts';
import type { SearchFn } from '../../src/search/client/merge.ts';
import { vietnameseSearch } from '../../src/search/client/vietnamese-search.ts';

declare global {
  interface Window {
    siteSearch(query: string, count?: number): Promise<string[]>;
  }
}

window.siteSearch = async (query, count = 5) => {
  const bundle = document.querySelector<HTMLElement>('[data-bundle]')?.dataset.bundle;
  if (!bundle) throw new Error('no [data-bundle] on this page');
  const pagefind = await loadPagefind(bundle);
  await pagefind.options({ excerptLength: 20 });
  await pagefind.init();
  const search = vietnameseSearch(pagefind.search.bind(pagefind) as SearchFn, await loadSearchData(bundle));
  const response = await search(query);
  const data = await Promise.all((response?.results ?? []).slice(0, count).map((r) => r.data() as Promise<{ url: string }>));
  return data.map((d) => d.url);
};
