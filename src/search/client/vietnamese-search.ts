/**
 * The site's search function: Pagefind's search wrapped with the Vietnamese query rewriting
 * (đ, abbreviations, symbols, kinds and numbers, khóa), every rewrite searched and the results
 * merged and ranked. Every search UI (the search page, the header dialog) searches through this
 * one function, so they rank alike. The response keeps Pagefind's shape (merge.ts), so
 * Pagefind's own renderers read it unchanged; results may carry `partial: true`.
 */
import { expandQuery, queryWords, wordQueries, type ExpandOptions } from './expand-query.ts';
import { readLookups } from './lookups.ts';
import { mergeResponses, multiSearch, softMerge, type PagefindResponse, type SearchFn } from './merge.ts';
import { inIndex, pageReader } from './page-words.ts';
import { rankResponse } from './rank.ts';
import { TERM_FILTER, type SearchData } from '../data.ts';
import { foldAll, pagefindWord } from '../normalize.ts';

export const EMPTY_SEARCH_DATA: SearchData = { dCounts: [], synonyms: [], pageCount: 0 };

type Options = { filters?: Record<string, string[] | string> } | undefined;

/** A symbol's start as lookups.ts writes it: digits, then a kind code ("05ct", "47qđ"). */
const SYMBOL_START = /^\d{1,3}\p{L}+$/u;

/** Wraps `search` (Pagefind's, bound to its instance) with the rewriting that `data` (so-tay-search.json) allows. */
export function vietnameseSearch(search: SearchFn, { dCounts, synonyms, pageCount }: SearchData): SearchFn {
  const counts = new Map(dCounts);
  const read = pageReader();
  const known = new Map<string, Promise<boolean>>();
  const isKnown = (word: string, prefix: boolean) => {
    const key = `${prefix ? '*' : ''}${word}`;
    let answer = known.get(key);
    if (!answer) known.set(key, (answer = inIndex(search, read, word, prefix)));
    return answer;
  };

  return async (term, options) => {
    if (!term?.trim()) return search(term, options);
    const lookups = readLookups(term);
    const texts = [lookups.symbolText, lookups.text].filter((t): t is string => t !== undefined);
    const base: ExpandOptions = { counts, synonyms };

    // A word the index does not hold would hide every page (Pagefind ANDs the words) or, worse,
    // be matched by its first letters: it is left out, and the others searched.
    const words = [...new Map(texts.flatMap((t) => queryWords(t, base)).map((w) => [w.word, w.last || SYMBOL_START.test(w.word)])).entries()];
    const answers = await Promise.all(words.map(([word, prefix]) => isKnown(word, prefix)));
    const unknown = new Set(words.filter((_w, i) => !answers[i]).map(([word]) => word));
    const expand: ExpandOptions = { ...base, unknown };
    const meantText = lookups.symbolText ?? lookups.text;
    const meant = wordQueries(meantText, expand);
    if (meant.length === 0) return empty(search, options);

    const full = await multiSearch(search, expandQuery(lookups.text, expand), options);
    // A kind and a number name a document: what its symbol finds comes first.
    const symbolic = lookups.symbolText ? await multiSearch(search, expandQuery(lookups.symbolText, expand), options) : null;
    let response = symbolic?.results.length ? mergeResponses([symbolic, full]) : full;
    if ((response?.results.length ?? 0) < 5) {
      // Too few pages hold every word (a question, a stray word): rank pages by the words they hold.
      const perWord = await Promise.all(meant.map((readings) => Promise.all(readings.map((q) => search(q, options)))));
      response = softMerge(response, perWord, pageCount);
    }
    if (!response) return null;

    const termPages = new Set<string>();
    if (lookups.terms.length) {
      const best = expandQuery(lookups.text, expand).find((q) => !q.startsWith('"')) ?? lookups.text;
      const filters = { ...((options as Options)?.filters ?? {}), [TERM_FILTER]: lookups.terms };
      for (const r of (await search(best, { ...(options as object), filters }))?.results ?? []) termPages.add(r.id);
    }
    return rankResponse(response, {
      read,
      meant: meant.map((readings) => readings.map((q) => q.replace(/"/g, '').split(' '))),
      titleWords: term.split(/\s+/u).map(foldAll).filter(Boolean),
      symbols: meantText.split(/\s+/u).map(pagefindWord).filter((w) => SYMBOL_START.test(w)),
      termPages,
    });
  };
}

/** No result, in Pagefind's shape (its filters, all at zero, so a filter pane still lists them). */
async function empty(search: SearchFn, options: unknown): Promise<PagefindResponse> {
  const all = await search(null, options);
  const zero = (f: PagefindResponse['filters']) => Object.fromEntries(Object.entries(f).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]));
  return { results: [], unfilteredResultCount: 0, filters: zero(all?.filters ?? {}), totalFilters: all?.totalFilters ?? {} };
}
