/**
 * The site's search function: Pagefind's search wrapped with the Vietnamese query rewriting
 * (đ, abbreviations, symbols), every rewrite searched and the results merged. Every search UI
 * (the search page, the header dialog) searches through this one function, so they rank alike.
 * The response keeps Pagefind's shape (merge.ts), so Pagefind's own renderers read it unchanged.
 */
import { expandQuery, wordQueries } from './expand-query.ts';
import { multiSearch, softMerge, type SearchFn } from './merge.ts';
import type { SearchData } from '../data.ts';

export const EMPTY_SEARCH_DATA: SearchData = { dCounts: [], synonyms: [], pageCount: 0 };

/** Wraps `search` (Pagefind's, bound to its instance) with the rewriting that `data` (so-tay-search.json) allows. */
export function vietnameseSearch(search: SearchFn, { dCounts, synonyms, pageCount }: SearchData): SearchFn {
  const counts = new Map(dCounts);
  return async (term, options) => {
    if (!term) return search(term, options);
    // Pagefind ANDs the words of one query, so no single rewrite can do.
    const full = await multiSearch(search, expandQuery(term, { counts, synonyms }), options);
    if ((full?.results.length ?? 0) >= 5) return full;
    // Too few pages hold every word (a question, a stray word): rank pages by the words they hold.
    const words = wordQueries(term, { counts, synonyms });
    const perWord = await Promise.all(words.map((readings) => Promise.all(readings.map((q) => search(q, options)))));
    return softMerge(full, perWord, pageCount);
  };
}
