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
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings?: unknown;
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

export async function multiSearch(search: SearchFn, queries: readonly string[], options?: unknown): Promise<PagefindResponse | null> {
  if (queries.length <= 1) return search(queries[0] ?? null, options);
  const phraseFirst = (queries[0] ?? '').startsWith('"') && !(queries[1] ?? '').startsWith('"');
  return mergeResponses(await Promise.all(queries.map((q) => search(q, options))), phraseFirst);
}
