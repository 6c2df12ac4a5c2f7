/**
 * A search box's session whose searching runs in search workers (search-worker.ts): the same
 * answers as localSearchSession gives, with the page's main thread left to the reader's typing.
 * If a worker cannot start or fails, the searches still pending and all later ones run on the
 * page instead.
 *
 * Two workers on a device of two cores or more (search-lanes.ts chooses which one searches):
 * Pagefind answers one call at a time and cannot stop a call midway, so with one worker the
 * last keystroke's search waits for the previous keystroke's, already stale; with a second
 * worker it starts at once, on the other core (docs/performance.md). The second worker is
 * started only when a search first has to wait, so a reader who searches once loads Pagefind
 * once.
 */
import type { FilterCounts } from './load-pagefind.ts';
import { blankAnswer, isBlank, localSearchSession, wholeAnswer, type Answer, type Found, type SearchSession } from './local-search-session.ts';
import { pickLane, type LaneState } from './search-lanes.ts';
import type { Reply, Request, SentAnswer } from './search-worker-protocol.ts';

type Pending = { search: boolean; resolve: (value: unknown) => void; reject: (error: Error) => void; onPage: (s: SearchSession) => Promise<unknown> };

interface Lane extends LaneState {
  worker: Worker;
}

const MOST_LANES = typeof navigator !== 'undefined' && (navigator.hardwareConcurrency ?? 1) >= 2 ? 2 : 1;
/** The workers started, or null once one failed (everything then runs on the page). */
let lanes: Lane[] | null = [];
const pending = new Map<number, Pending>();
let next = 0;
// Which worker keeps an answer's results, for its "more" (each worker keeps its last few: search-worker.ts).
const holders = new Map<number, Lane>();
const HELD = 16;
let pageSessions: Map<string, SearchSession> | undefined;
// The bundles whose filter counts the page asked for: every worker of theirs loads the filter
// indexes, so that an answer counts by filter whichever worker gives it.
const counting = new Set<string>();
// A second worker that could not start is not tried again.
let most = MOST_LANES;

const onPage = (bundle: string) => {
  pageSessions ??= new Map();
  let found = pageSessions.get(bundle);
  if (!found) {
    found = localSearchSession(bundle);
    pageSessions.set(bundle, found);
  }
  return found;
};

function failOver(bundle: string) {
  for (const lane of lanes ?? []) lane.worker.terminate();
  lanes = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.onPage(onPage(bundle)).then(p.resolve, p.reject);
}

function startLane(bundle: string, ready: boolean): Lane | null {
  let worker: Worker;
  try {
    // Vite bundles the worker and its imports as a module of its own (astro.config's vite.worker).
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'so-tay-search' });
  } catch {
    return null;
  }
  const lane: Lane = { worker, ready, searches: [], given: 0, answered: false };
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.n);
    if (!waiting) return;
    pending.delete(reply.n);
    if (waiting.search) {
      lane.searches = lane.searches.filter((s) => s.n !== reply.n);
      if (!('error' in reply)) lane.answered = true;
    }
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.value);
  });
  worker.addEventListener('error', () => failOver(bundle));
  lanes!.push(lane);
  return lane;
}

/** The first worker, started on the first call; null when searching runs on the page. */
function firstLane(bundle: string): Lane | null {
  if (lanes === null) return null;
  const lane = lanes[0] ?? startLane(bundle, true);
  if (!lane) lanes = null;
  return lane;
}

/** A request before it is numbered (each kind keeps its own fields). */
type Unnumbered = Request extends infer R ? (R extends Request ? Omit<R, 'n'> : never) : never;

/**
 * Sends `request` to `lane` (or runs `page` on the page when searching runs there). `searching`:
 * whether the lane counts it as a search under way (a search, and the whole of a sample's answer).
 */
function send<T>(lane: Lane | null, bundle: string, request: Unnumbered, page: (s: SearchSession) => Promise<T>, searching = request.kind === 'search'): { n: number; answer: Promise<T> } {
  const n = ++next;
  if (!lane || lanes === null) return { n, answer: page(onPage(bundle)) };
  const answer = new Promise<T>((resolve, reject) => {
    pending.set(n, { search: searching, resolve: resolve as (v: unknown) => void, reject, onPage: page });
  });
  if (searching) {
    lane.searches.push({ n, since: performance.now() });
    lane.given = n;
  }
  lane.worker.postMessage({ ...request, n } as Request);
  return { n, answer };
}

function warmLane(lane: Lane, bundle: string) {
  send(lane, bundle, { kind: 'warm', bundle }, (s) => s.warm())
    .answer.then(async () => void (counting.has(bundle) && (await send(lane, bundle, { kind: 'filters', bundle }, (s) => s.filters()).answer)))
    .then(
      () => void (lane.ready = true),
      () => undefined,
    );
}

/** Every filter's values with their site-wide counts, from the first worker; every worker loads the filter indexes. */
function filterCounts(bundle: string): Promise<FilterCounts> {
  counting.add(bundle);
  const first = firstLane(bundle);
  for (const other of lanes ?? []) if (other !== first && other.ready) void send(other, bundle, { kind: 'filters', bundle }, (s) => s.filters()).answer.catch(() => undefined);
  return send<FilterCounts>(first, bundle, { kind: 'filters', bundle }, (s) => s.filters()).answer;
}

/** The worker for a new search, and the others told to drop the search they are running (stale now). */
function laneForSearch(bundle: string): Lane | null {
  const first = firstLane(bundle);
  if (!first || !lanes) return first;
  const { lane, startAnother } = pickLane(lanes, most);
  if (startAnother) {
    const another = startLane(bundle, false);
    if (another) warmLane(another, bundle);
    else most = lanes.length;
  }
  stopOthers(bundle, lane);
  return lane;
}

/** Tells the workers other than `chosen` that the search they are running is stale. */
function stopOthers(bundle: string, chosen?: Lane) {
  for (const other of lanes ?? []) if (other !== chosen && other.searches.length) other.worker.postMessage({ kind: 'stop', bundle, n: ++next } satisfies Request);
}

export function workerSearchSession(bundle: string): SearchSession {
  let latest = 0;
  return {
    warm: async () => void (await send(firstLane(bundle), bundle, { kind: 'warm', bundle }, (s) => s.warm()).answer),
    filters: () => filterCounts(bundle),
    async search(term, filters = {}, first = 10, typing = false, at = performance.timeOrigin + performance.now()): Promise<Answer | null> {
      if (isBlank(term, filters)) {
        const n = (latest = ++next);
        stopOthers(bundle);
        return blankAnswer(term, filters, () => n === latest);
      }
      const lane = laneForSearch(bundle);
      const { n, answer: reply } = send<SentAnswer | Answer | null>(lane, bundle, { kind: 'search', bundle, term, filters, first, typing, at }, (s) => s.search(term, filters, first, typing, at));
      latest = n;
      const sent = await reply;
      // A newer search started meanwhile, maybe in the other worker: only the newest is shown.
      if (!sent || n !== latest) return null;
      // Answered on the page (the worker failed): its own answer, whole.
      if ('more' in sent) return sent;
      if (lane) {
        holders.set(n, lane);
        for (const old of holders.keys()) if (holders.size > HELD) holders.delete(old);
      }
      const more = (from: number, count: number) => send<Found[]>(holders.get(n) ?? firstLane(bundle), bundle, { kind: 'more', bundle, answer: n, from, count }, async () => []).answer;
      const current = () => n === latest;
      if (sent.exact) return wholeAnswer({ ...sent, more, current });
      // The whole answer is searched by the worker holding the sample's (it keeps its results);
      // counted as a search there, so that a newer keystroke goes to an idle worker and stops it.
      let completed: Promise<Answer | null> | undefined;
      const complete = () =>
        (completed ??= (async () => {
          if (!current()) return null;
          const holder = holders.get(n) ?? null;
          // Should the worker have failed meanwhile, the page searches the query again, whole.
          const again = async (s: SearchSession) => (await s.search(term, filters, first, typing, at))?.complete() ?? null;
          const whole = await send<SentAnswer | Answer | null>(holder, bundle, { kind: 'complete', bundle, answer: n }, again, true).answer;
          if (!whole || !current()) return null;
          return 'more' in whole ? whole : wholeAnswer({ ...whole, more, current });
        })());
      return { ...sent, more, current, complete };
    },
  };
}
