/**
 * The site's search function: Pagefind's search wrapped with the Vietnamese query rewriting
 * (đ, abbreviations, symbols, kinds and numbers, khóa), the rewrites searched (a common phrase
 * alone) and the results merged and ranked. Every search UI (the search page, the header dialog) searches through this
 * one function, so they rank alike. The response keeps Pagefind's shape (merge.ts), so
 * Pagefind's own renderers read it unchanged; results may carry `partial: true`.
 */
import { expandQuery, queryWords, wordQueries, type ExpandOptions } from './expand-query.ts';
import { readLookups } from './lookups.ts';
import { mergeResponses, multiSearch, softMerge, type PagefindResponse, type SearchFn } from './merge.ts';
import { knownWords, type QueryWord } from './known-words.ts';
import { pageReader, type PageFacts } from './page-words.ts';
import { rankResponse } from './rank.ts';
import { MAX_SUGGESTION_WORDS, TERM_FILTER, type SearchData } from '../data.ts';
import { foldAll, pagefindWord } from '../normalize.ts';
import { SAMPLE_FILTER, sampleValues, withoutSample } from '../sample.ts';
import { yieldToEvents } from './yield-to-events.ts';

export const EMPTY_SEARCH_DATA: SearchData = { dCounts: [], synonyms: [], pageCount: 0 };

type Options = { filters?: Record<string, string[] | string> } | undefined;

/** A symbol's start as lookups.ts writes it: digits, then a kind code ("05ct", "47qđ"). */
const SYMBOL_START = /^\d{1,3}\p{L}+$/u;

/**
 * The site's search: Pagefind's arguments; a signal that stops it between its steps once a newer
 * search supersedes it; and `settle`, awaited before each costly step (a one-letter word's
 * search, the all-words readings of a phrase found on few pages, the per-word searches), which
 * waits while the reader may still be typing and throws once a newer keystroke came
 * (local-search-session.ts). Pagefind answers one call at a time and cannot stop one midway: a
 * costly step started for a keystroke already gone delays the next keystroke's answer by its
 * whole length (docs/performance.md).
 */
export type SiteSearchFn = (term: string | null, options?: unknown, signal?: AbortSignal, settle?: () => Promise<void>) => Promise<PagefindResponse | null>;

/** A one-letter last word is the start of hundreds of index words: Pagefind's costliest search. */
const ONE_LETTER_LAST = /(?:^|\s)\p{L}$/u;

/**
 * How many first results are read (their fragments) for the whole-word checks and the ranking
 * (rank.ts): every result when there are at most ALL_READ, so that the filter counts are those of
 * the results, else the first page only, what a reader sees first. The words those pages hold
 * are then known to be in the index (known-words.ts).
 */
const ALL_READ = 30;
const FIRST_PAGE = 10;
const depthOf = (results: number) => (results <= ALL_READ ? results : FIRST_PAGE);

/**
 * A phrase found on this many pages is the answer on its own: the all-words readings would only
 * add pages holding the words apart, after every phrase page, and cost Pagefind several times the
 * phrase's time for words that common (docs/performance.md).
 */
export const PHRASE_ENOUGH = 100;

/** How many phrases the sample held too few pages of are remembered (sampleFirst). */
const SCARCE_KEPT = 16;

/**
 * Wraps `pagefindSearch` (Pagefind's, bound to its instance) with the rewriting that `data`
 * (so-tay-search.json) allows. `counting` tells whether that Pagefind holds the filter indexes
 * (its `filters()` was called): before, its answers have no filter counts, so an answer kept
 * from then is not given again after.
 */
export function vietnameseSearch(pagefindSearch: SearchFn, { dCounts, synonyms, pageCount, words }: SearchData, counting: () => boolean = () => false): SiteSearchFn {
  // The sample's filter is Pagefind's like any other: every count read here is without it.
  const search: SearchFn = async (term, options) => {
    const response = await pagefindSearch(term, options);
    return response && { ...response, filters: withoutSample(response.filters), totalFilters: withoutSample(response.totalFilters) };
  };
  const counts = new Map(dCounts);
  // Every word of the index, when the build could list them all (it keeps at most MAX_SUGGESTION_WORDS).
  const allWords = words && words.length < MAX_SUGGESTION_WORDS ? new Set(words.map(([w]) => pagefindWord(w))) : undefined;
  const read = pageReader();
  const known = knownWords(search, read, counts, allWords);
  // On a site of fewer pages no phrase can be on PHRASE_ENOUGH: the readings are searched with it.
  const enough = pageCount >= PHRASE_ENOUGH ? PHRASE_ENOUGH : Infinity;
  const sample = enough === Infinity ? null : sampleValues(pageCount);
  // The latest phrases (without their closing quote) the sample held fewer than `enough` pages of.
  const scarce: string[] = [];

  /**
   * A phrase asked within the sample first (sample.ts), on a large site: when the sample alone
   * holds PHRASE_ENOUGH pages of it, the phrase is the whole answer (multiSearch's rule, met on
   * the whole site all the more), and its first page can be drawn from the sample at a fraction
   * of the cost. `rest` then searches the whole site, once, and puts the sample's pages first,
   * as they were drawn: Pagefind's phrase results all score the same, so the order is as good.
   * Null when the query is not such a phrase, or the sample holds too few of its pages.
   */
  async function sampleFirst(readings: readonly string[], options: unknown): Promise<PagefindResponse | null> {
    const [phrase, next] = readings;
    if (!sample || !phrase?.startsWith('"') || next?.startsWith('"')) return null;
    // A phrase that adds words to one the sample held too few pages of is on no more of them:
    // the sample is not asked (typing "to chuc co so dang" after "to chuc co so").
    const open = phrase.slice(0, -1);
    if (scarce.some((shorter) => open.startsWith(`${shorter} `))) return null;
    const part = await search(phrase, { filters: { [SAMPLE_FILTER]: { any: sample } } });
    if (!part || part.results.length < enough) {
      scarce.unshift(open);
      scarce.length = Math.min(scarce.length, SCARCE_KEPT);
      return null;
    }
    let whole: Promise<PagefindResponse | null> | undefined;
    const rest = () =>
      (whole ??= search(phrase, options).then((all) => {
        if (!all) return null;
        const first = new Set(part.results.map((r) => r.id));
        return { ...all, results: [...part.results, ...all.results.filter((r) => !first.has(r.id))] };
      }));
    return { ...part, rest };
  }
  // The last answer, for the same query asked again ("chi" then "chi " while typing; the search
  // page's filters toggled back), and the zeroed filters of "no result", the same for any query.
  let last: { key: string; response: PagefindResponse | null } | undefined;
  const zeroed = new Map<string, Promise<PagefindResponse>>();
  const none = (options: unknown) => {
    const key = JSON.stringify([options ?? null, counting()]);
    let answer = zeroed.get(key);
    if (!answer) {
      answer = empty(search, options);
      answer.catch(() => zeroed.delete(key));
      zeroed.set(key, answer);
    }
    return answer;
  };

  return async (term, options, signal, settle) => {
    if (!term?.trim()) return search(term, options);
    const key = JSON.stringify([term.trim(), options ?? null, counting()]);
    if (last?.key === key) return last.response;
    const response = await answerOf(term.trim(), options, signal, settle);
    last = { key, response };
    return response;
  };

  async function answerOf(term: string, options: unknown, signal?: AbortSignal, settle?: () => Promise<void>): Promise<PagefindResponse | null> {
    // Between two steps: a newer keystroke, if one is queued, is let in and stops this search.
    const checkpoint = async () => {
      if (!signal) return;
      await yieldToEvents();
      signal.throwIfAborted();
    };
    if (ONE_LETTER_LAST.test(term)) await settle?.();
    const lookups = readLookups(term);
    const texts = [lookups.symbolText, lookups.text].filter((t): t is string => t !== undefined);
    const base: ExpandOptions = { counts, synonyms };
    const meantText = lookups.symbolText ?? lookups.text;

    // A word the index does not hold would hide every page (Pagefind ANDs the words) or, worse,
    // be matched by its first letters: it is left out, and the others searched.
    const words: QueryWord[] = [...new Map(texts.flatMap((t) => queryWords(t, base)).map((w) => [w.word, w.last || SYMBOL_START.test(w.word)])).entries()];
    const unknown = new Set(words.filter(([word, prefix]) => known.settled(word, prefix) === false).map(([word]) => word));

    const answer = async (): Promise<{ response: PagefindResponse | null; meant: string[][]; head: PageFacts[] } | null> => {
      const expand: ExpandOptions = { ...base, unknown };
      const meant = wordQueries(meantText, expand);
      if (meant.length === 0) return null;
      const readings = expandQuery(lookups.text, expand);
      // A query naming a document, a term or a filter is answered whole: its counts are read at once.
      const plain = !lookups.symbolText && !lookups.terms.length && !(options as Options)?.filters;
      const full = (plain ? await sampleFirst(readings, options) : null) ?? (await multiSearch(search, readings, options, enough, settle));
      await checkpoint();
      // A kind and a number name a document: what its symbol finds comes first.
      const symbolic = lookups.symbolText ? await multiSearch(search, expandQuery(lookups.symbolText, expand), options) : null;
      await checkpoint();
      let response = symbolic?.results.length ? mergeResponses([symbolic, full]) : full;
      if ((response?.results.length ?? 0) < 5) {
        // Too few pages hold every word (a question, a stray word): rank pages by the words they hold.
        await settle?.();
        const perWord = await Promise.all(meant.map((readings) => Promise.all(readings.map((q) => search(q, options)))));
        await checkpoint();
        response = softMerge(response, perWord, pageCount);
      }
      const results = response?.results ?? [];
      const head = await Promise.all(results.slice(0, depthOf(results.length)).map(read));
      await checkpoint();
      return { response, meant, head };
    };

    let found = await answer();
    if (!found) return none(options);
    // The words not settled yet are settled by the pages just read; one the index turns out not
    // to hold (a typo: Pagefind matched its first letters) is left out and the query searched again.
    const missing = await known.confirm(words.filter(([word]) => !unknown.has(word)), found.head);
    await checkpoint();
    if (missing.length) {
      for (const word of missing) unknown.add(word);
      found = await answer();
    }
    if (!found) return none(options);
    const { response, meant } = found;
    if (!response) return null;

    const termPages = new Set<string>();
    if (lookups.terms.length) {
      await settle?.();
      const expand: ExpandOptions = { ...base, unknown };
      const best = expandQuery(lookups.text, expand).find((q) => !q.startsWith('"')) ?? lookups.text;
      const filters = { ...((options as Options)?.filters ?? {}), [TERM_FILTER]: lookups.terms };
      for (const r of (await search(best, { ...(options as object), filters }))?.results ?? []) termPages.add(r.id);
      await checkpoint();
    }
    const inputs = {
      read,
      meant: meant.map((readings) => readings.map((q) => q.replace(/"/g, '').split(' '))),
      titleWords: term.split(/\s+/u).map(foldAll).filter(Boolean),
      symbols: meantText.split(/\s+/u).map(pagefindWord).filter((w) => SYMBOL_START.test(w)),
      termPages,
    };
    const { rest, ...first } = response;
    const ranked = await rankResponse(first, { ...inputs, depth: depthOf(first.results.length) });
    if (!rest) return ranked;
    // The whole answer is ranked as the sample's was: its head is the sample's, so the first page stays.
    let whole: Promise<PagefindResponse | null> | undefined;
    return { ...ranked, rest: () => (whole ??= rest().then((all) => all && rankResponse(all, { ...inputs, depth: depthOf(all.results.length) }))) };
  }
}

/** No result, in Pagefind's shape (its filters, all at zero, so a filter pane still lists them). */
async function empty(search: SearchFn, options: unknown): Promise<PagefindResponse> {
  const all = await search(null, options);
  const zero = (f: PagefindResponse['filters']) => Object.fromEntries(Object.entries(f).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]));
  return { results: [], unfilteredResultCount: 0, filters: zero(all?.filters ?? {}), totalFilters: all?.totalFilters ?? {} };
}
