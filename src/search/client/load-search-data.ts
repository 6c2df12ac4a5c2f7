/**
 * Reads the site's search data (pagefind/so-tay-search.json: the "đ" vocabulary, the glossary's
 * abbreviations, the page count) once per bundle. It is the only file of the search UI that
 * fetches anything itself, so a copy of the site that cannot fetch (one opened from file://)
 * swaps this one function, as it swaps load-pagefind.ts.
 */
import { SEARCH_DATA_FILE, type SearchData } from '../data.ts';
import { EMPTY_SEARCH_DATA } from './vietnamese-search.ts';

const loaded = new Map<string, Promise<SearchData>>();

/** The search data next to the bundle `bundle` ("/kb/pagefind/"); without it, search runs unrewritten. */
export function loadSearchData(bundle: string): Promise<SearchData> {
  let data = loaded.get(bundle);
  if (!data) {
    data = fetch(`${bundle}${SEARCH_DATA_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : EMPTY_SEARCH_DATA))
      .catch(() => EMPTY_SEARCH_DATA);
    loaded.set(bundle, data);
  }
  return data;
}
