/**
 * Runs several Pagefind queries (the expansions of one reader query) and merges them
 * into one response shaped like Pagefind's own, so Pagefind's UI renders it unchanged.
 * Each result keeps the object from the first query that found it, so its excerpt
 * marks the words that query matched (the accented originals).
 */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
  /** the page holds only some of the words the reader meant (it follows the full matches) */
  partial?: boolean;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings?: unknown;
  /**
   * Set when these results are a sample's first (vietnamese-search.ts): the whole answer, with
   * these results first, in the same order, and the counts of every result.
   */
  rest?: () => Promise<PagefindResponse | null>;
}
export type SearchFn = (term: string | null, options?: unknown) => Promise<PagefindResponse | null>;

/**
 * @param phraseFirst the first response is the exact-phrase query: its pages are moved to the
 * top, in the order the other readings scored them (Pagefind's phrase results are not ranked).
 */
export function mergeResponses(responses: readonly (PagefindResponse | null)[], phraseFirst = false): PagefindResponse | null {
  const phrase = phraseFirst ? new Set((responses[0]?.results ?? []).map((r) => r.id)) : new Set<string>();
  const present = (phraseFirst ? responses.slice(1) : responses).filter((r): r is PagefindResponse => r !== null);
  const first = present[0];
  if (!first) return null;
  // Responses come best reading first (see expandQuery): a page keeps the place its best
  // reading gave it, and pages only other readings found follow, by score.
  const best = new Map<string, PagefindResult>();
  const [head, ...rest] = present;
  for (const result of head?.results ?? []) best.set(result.id, result);
  const others = rest.flatMap((r) => r.results).sort((a, b) => b.score - a.score);
  for (const result of others) if (!best.has(result.id)) best.set(result.id, result);
  const ordered = [...best.values()];
  const merged = phrase.size ? [...ordered.filter((r) => phrase.has(r.id)), ...ordered.filter((r) => !phrase.has(r.id))] : ordered;
  // Filter counts cannot be recomputed from merged results without loading every page;
  // the widest response's counts are shown (exact whenever one expansion dominates).
  const widest = present.reduce((a, b) => (b.results.length > a.results.length ? b : a), first);
  return {
    ...widest,
    results: merged,
    unfilteredResultCount: Math.max(...present.map((r) => r.unfilteredResultCount), best.size),
  };
}

/**
 * Searches `queries` (expandQuery's, best first) and merges them. When the first is the exact
 * phrase, it is searched first, alone: a phrase found on `enough` pages or more is the answer
 * by itself, and the other readings are not searched (Pagefind's worker answers one search at a
 * time, so they would be waited for). `beforeRest`, awaited between the phrase and the other
 * readings, may throw to stop there (a newer keystroke: vietnamese-search.ts).
 */
export async function multiSearch(search: SearchFn, queries: readonly string[], options?: unknown, enough = Infinity, beforeRest?: () => Promise<void>): Promise<PagefindResponse | null> {
  if (queries.length <= 1) return search(queries[0] ?? null, options);
  const phraseFirst = (queries[0] ?? '').startsWith('"') && !(queries[1] ?? '').startsWith('"');
  // No phrase to wait for, or one that can never be enough: every query at once, one round trip.
  if (!phraseFirst || enough === Infinity) return mergeResponses(await Promise.all(queries.map((q) => search(q, options))), phraseFirst);
  const phrase = await search(queries[0]!, options);
  if ((phrase?.results.length ?? 0) >= enough) return phrase;
  await beforeRest?.();
  return mergeResponses([phrase, ...(await Promise.all(queries.slice(1).map((q) => search(q, options))))], true);
}

/**
 * The fallback for a query whose words together find fewer than `want` pages — typically a
 * question whose wording no page uses in full ("Đảng bộ Khối có bao nhiêu đảng viên").
 * Pagefind has no OR, so each word was searched on its own (`perWord[i]` holds the responses
 * for word i's readings); pages holding some of the words follow the full matches, ranked by
 * what they hold: each word weighs its rarity, ln(1 + pages / pages holding it), so a rare
 * word ("Lâm Đồng", "đột phá") outweighs one on every page ("Đảng"). Ties keep Pagefind's score.
 * A page must hold at least half the query's weight: pages holding only its commonest words
 * ("chi bộ" of "chi bộ bốn tốt") would list the whole site. They are marked `partial`.
 */
export function softMerge(
  primary: PagefindResponse | null,
  perWord: readonly (readonly (PagefindResponse | null)[])[],
  pageCount: number,
  want = 5,
): PagefindResponse | null {
  if ((primary?.results.length ?? 0) >= want || perWord.length < 2) return primary;
  const weight = new Map<string, number>();
  let total = 0;
  const bestScore = new Map<string, number>();
  const found = new Map<string, PagefindResult>();
  for (const readings of perWord) {
    const pages = new Map<string, PagefindResult>();
    for (const response of readings) for (const r of response?.results ?? []) if (!pages.has(r.id)) pages.set(r.id, r);
    if (pages.size === 0) continue;
    const rarity = Math.log(1 + Math.max(pageCount, pages.size) / pages.size);
    total += rarity;
    for (const [id, r] of pages) {
      weight.set(id, (weight.get(id) ?? 0) + rarity);
      bestScore.set(id, Math.max(bestScore.get(id) ?? 0, r.score));
      if (!found.has(id)) found.set(id, r);
    }
  }
  const already = new Set((primary?.results ?? []).map((r) => r.id));
  const extra = [...found.values()]
    .filter((r) => !already.has(r.id) && (weight.get(r.id) ?? 0) >= total / 2)
    .map((r) => ({ ...r, partial: true }))
    .sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0) || (bestScore.get(b.id) ?? 0) - (bestScore.get(a.id) ?? 0));
  const base = primary ?? perWord.flat().find((r): r is PagefindResponse => r !== null) ?? null;
  if (!base) return null;
  const results = [...(primary?.results ?? []), ...extra];
  return { ...base, results, unfilteredResultCount: Math.max(base.unfilteredResultCount, results.length) };
}
