/**
 * Which search worker takes a new search (worker-search-session.ts). A worker answers one
 * Pagefind call at a time, and a call cannot be stopped midway: a search given to a busy worker
 * waits for the call under way there, a search given to an idle one starts at once.
 */
export interface LaneState {
  /** it has loaded Pagefind (the first worker counts as ready: its searches wait for that themselves) */
  ready: boolean;
  /** its searches not answered yet, oldest first, with when each was sent (performance.now()) */
  searches: { n: number; since: number }[];
  /** the number of the last search it was given, 0 if none */
  given: number;
  /** it has answered a search: its Pagefind is loaded and warm */
  answered: boolean;
}

/**
 * An idle worker when there is one, the one given the latest search first (it holds the chunks of
 * the words being typed and the answer to a query asked again); when every worker is busy, the
 * one whose search started longest ago, the likeliest to finish first, and another worker is to
 * be started if fewer than `most` run, but not before one has answered: while the first is still
 * loading Pagefind, a second would take the core and the network the first search needs.
 */
export function pickLane<L extends LaneState>(lanes: readonly L[], most: number): { lane: L; startAnother: boolean } {
  const ready = lanes.filter((l) => l.ready);
  if (ready.length === 0) throw new Error('pickLane: no worker is ready');
  const idle = ready.filter((l) => l.searches.length === 0).sort((a, b) => b.given - a.given);
  if (idle[0]) return { lane: idle[0], startAnother: false };
  const since = (l: L) => l.searches[0]?.since ?? Infinity;
  const lane = ready.reduce((a, b) => (since(b) < since(a) ? b : a));
  return { lane, startAnother: lanes.length < most && lanes.some((l) => l.answered) };
}
