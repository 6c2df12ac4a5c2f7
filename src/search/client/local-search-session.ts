/**
 * The searches of one search box, run in the thread that calls them: in the search worker
 * (search-worker.ts) on a served site, on the page itself in the portable copy
 * (search-session.ts chooses). Pagefind is loaded and initialised once per bundle, on the
 * first warm() (the box's focus or the dialog's opening, never on page load), and every query
 * goes through the site's one search function (vietnameseSearch). There is no fixed debounce:
 * each keystroke starts a search at once, and an answer that arrives after a newer search has
 * started is dropped, so only the latest query is ever rendered. Only the costly steps of a
 * search made while typing wait until the box has been still for SETTLE_MS (vietnameseSearch's
 * `settle`), so that a keystroke already gone does not hold Pagefind.
 */
import { loadPagefind, type FilterCounts } from './load-pagefind.ts';
import { loadSearchData } from './load-search-data.ts';
import { suggester } from './suggest.ts';
import { vietnameseSearch, type SiteSearchFn } from './vietnamese-search.ts';
import { foldAll } from '../normalize.ts';
import type { PagefindResponse, SearchFn } from './merge.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { yieldToEvents } from './yield-to-events.ts';
import { withoutSample } from '../sample.ts';

/** The data of `results` [from, from + n), with whether each matched only some of the words. */
const dataOf = (results: readonly PagefindResponse['results'][number][], from: number, n: number): Promise<Found[]> =>
  Promise.all(
    results.slice(from, from + n).map(async (r) => ({
      data: (await r.data()) as ResultData,
      partial: r.partial === true,
    })),
  );

/** What Pagefind's result.data() gives (the fields the site shows). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string; date?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface Found {
  data: ResultData;
  /** the page matched only some of the words (set by the ranking, shown as "khớp một phần") */
  partial: boolean;
}

/** Active filters as the URL carries them: filter name → chosen values. */
export type Filters = Record<string, string[]>;

export interface Answer {
  term: string;
  filters: Filters;
  /** the response's filter counts, which agree with its results */
  counts: FilterCounts;
  total: number;
  first: Found[];
  /** the data of results [from, from + n) */
  more(from: number, n: number): Promise<Found[]>;
  /** whether this is still the answer to the newest search */
  current(): boolean;
  /** the query with the words the index does not hold replaced by near ones, or null (suggest.ts) */
  suggestion: string | null;
  /**
   * false when `first` came from the search sample (sample.ts): `total` is then only how many
   * pages of the sample were found (the whole site holds at least as many) and `counts` are the
   * sample's. The first results are final either way.
   */
  exact: boolean;
  /**
   * The whole answer, with the same first results (this answer itself when exact), or null once
   * a newer search started. While the reader types it waits, as the costly steps do, until the
   * box has been still for SETTLE_MS.
   */
  complete(): Promise<Answer | null>;
}

/**
 * Longer than most pauses between the keys of a reader typing on (keys sent 80 ms apart arrive
 * up to 170 ms apart), short enough that a reader who stops gets the costly readings within a
 * quarter of a second. Chosen by measuring 100–300 ms on 5,000 pages (docs/performance.md).
 */
export const SETTLE_MS = 250;

/** Resolves `ms` after `since`, or rejects as soon as `signal` is aborted. */
async function stillFor(since: number, ms: number, signal: AbortSignal): Promise<void> {
  // A keystroke already queued is let in first (yield-to-events.ts).
  await yieldToEvents();
  signal.throwIfAborted();
  const wait = since + ms - performance.now();
  if (wait <= 0) return;
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, wait);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

interface Engine {
  search: SiteSearchFn;
  /** every filter's values with their site-wide counts; from then on answers count by filter too */
  filters: () => Promise<FilterCounts>;
  suggest: (query: string, typing: boolean) => string | null;
}

const engines = new Map<string, Promise<Engine>>();

function engine(bundle: string): Promise<Engine> {
  let ready = engines.get(bundle);
  if (!ready) {
    ready = (async () => {
      const [api, data] = await Promise.all([loadPagefind(bundle), loadSearchData(bundle)]);
      // Result links carry the searched words for the landing page's highlight (BaseLayout).
      // Result URLs are site paths under the bundle's parent ("/kb/"), as Pagefind derives them on a
      // page; in the search worker it would take the bundle's full address and give absolute URLs.
      const baseUrl = bundle.match(/^(.*\/)_?pagefind/)?.[1] ?? '/';
      await api.options({ baseUrl, excerptLength: 30, highlightParam: HIGHLIGHT_PARAM });
      await api.init();
      const words = suggester(data.words ?? []);
      // The glossary's abbreviations are read by the query rewriting, never corrected.
      const keep = new Set(data.synonyms.flatMap((s) => s.forms.map(foldAll)));
      // Pagefind counts an answer's pages by filter only once it holds the filter indexes.
      let counting = false;
      const filters = async () => {
        const all = withoutSample(await api.filters());
        counting = true;
        return all;
      };
      const search = vietnameseSearch(api.search.bind(api) as SearchFn, data, () => counting);
      return { search, filters, suggest: (query, typing) => words.suggest(query, { typing, keep }) };
    })();
    engines.set(bundle, ready);
  }
  return ready;
}

/** A page matches a filter when it has any of the chosen values (a page has one section, one kind…). */
function pagefindFilters(filters: Filters): Record<string, { any: string[] }> | undefined {
  const active = Object.entries(filters).filter(([, values]) => values.length > 0);
  return active.length ? Object.fromEntries(active.map(([name, values]) => [name, { any: values }])) : undefined;
}

/** Nothing to search: no words and no filter (an emptied box). */
export const isBlank = (term: string, filters: Filters) => !term.trim() && !pagefindFilters(filters);

/** `fields` as an answer that is its own whole answer (`complete` gives it back while current). */
export function wholeAnswer(fields: Omit<Answer, 'complete'>): Answer {
  const answer: Answer = { ...fields, complete: async () => (answer.current() ? answer : null) };
  return answer;
}

/** The answer to a blank search, given without asking Pagefind. */
export function blankAnswer(term: string, filters: Filters, current: () => boolean): Answer {
  return wholeAnswer({ term, filters, counts: {}, total: 0, first: [], more: async () => [], current, suggestion: null, exact: true });
}

export interface SearchSession {
  /** loads Pagefind and the search data, so the first keystroke finds a warm index */
  warm(): Promise<void>;
  /**
   * The answer with the data of its `first` results, or null when a newer search started before
   * it was done. `typing`: the last word may still be typed (no suggestion for its start).
   * `at`: when the key was pressed (performance.timeOrigin + performance.now(), so that another
   * thread's clock reads it), if not now.
   */
  search(term: string, filters?: Filters, first?: number, typing?: boolean, at?: number): Promise<Answer | null>;
  /** every filter with its count over the whole site (fetches the filter indexes) */
  filters(): Promise<FilterCounts>;
}

export function localSearchSession(bundle: string): SearchSession {
  let latest = 0;
  // At most one search in flight: a keystroke made meanwhile waits for it, and only the newest
  // of those that waited runs. Under a fast typist the engine never works on a query already gone.
  let running: Promise<unknown> | null = null;
  // The search in flight stops at its next step when a newer one starts, instead of finishing
  // work whose answer would be dropped (Pagefind's own calls cannot be stopped midway).
  let stop: AbortController | null = null;

  /**
   * Runs `task` once no other search of this session is in flight, unless a newer search started
   * meanwhile (then null); `task`'s signal is aborted as soon as a newer search starts.
   */
  async function exclusive<T>(id: number, task: (signal: AbortSignal) => Promise<T | null>): Promise<T | null> {
    while (running) {
      await running.catch(() => undefined);
      if (id !== latest) return null;
    }
    const own = new AbortController();
    stop = own;
    const work = task(own.signal).catch((error: unknown) => {
      if (own.signal.aborted) return null;
      throw error;
    });
    running = work;
    try {
      return await work;
    } finally {
      if (running === work) running = null;
    }
  }

  async function run(id: number, term: string, filters: Filters, first: number, typing: boolean, keyed: number, signal: AbortSignal): Promise<Answer | null> {
    const query = term.trim();
    const chosen = pagefindFilters(filters);
    const { search, suggest } = await engine(bundle);
    if (id !== latest) return null;
    const started = performance.now();
    const settle = typing ? () => stillFor(keyed, SETTLE_MS, signal) : undefined;
    const response = await search(query || null, chosen ? { filters: chosen } : undefined, signal, settle);
    // Named timings for the benchmark and the browser's performance panel.
    performance.measure('so-tay:search', { start: started });
    await yieldToEvents();
    if (id !== latest) return null;
    const fetching = performance.now();
    const shown = await dataOf(response?.results ?? [], 0, first);
    performance.measure('so-tay:result-data', { start: fetching });
    if (id !== latest) return null;
    const suggestion = query ? suggest(query, typing) : null;
    const fieldsOf = (whole: PagefindResponse | null, exact: boolean): Omit<Answer, 'complete'> => {
      const results = whole?.results ?? [];
      return { term, filters, counts: whole?.filters ?? {}, total: results.length, first: shown, more: (from, n) => dataOf(results, from, n), current: () => id === latest, suggestion, exact };
    };
    const rest = response?.rest;
    if (!rest) return wholeAnswer(fieldsOf(response, true));
    let completed: Promise<Answer | null> | undefined;
    const complete = () =>
      (completed ??= exclusive(id, async (signal) => {
        if (typing) await stillFor(keyed, SETTLE_MS, signal);
        const whole = await rest();
        return id === latest ? wholeAnswer(fieldsOf(whole, true)) : null;
      }).then((answer) => {
        if (!answer) completed = undefined; // asked again, it searches again
        return answer;
      }));
    return { ...fieldsOf(response, false), complete };
  }

  return {
    warm: async () => void (await engine(bundle)),
    filters: async () => (await engine(bundle)).filters(),
    async search(term, filters = {}, first = 10, typing = false, at) {
      const id = ++latest;
      const keyed = at === undefined ? performance.now() : at - performance.timeOrigin;
      stop?.abort();
      if (isBlank(term, filters)) return blankAnswer(term, filters, () => id === latest);
      return exclusive(id, (signal) => run(id, term, filters, first, typing, keyed, signal));
    },
  };
}
