/**
 * The search worker: the site's search (vietnameseSearch over Pagefind) runs here, off the page's
 * main thread, and only what a search box shows crosses to the page. Pagefind 1.6 would otherwise
 * run in its own worker and send every result of every search to the page (at 5,000 pages,
 * thousands per keystroke), each one cloned, registered for clean-up and released by a message
 * of its own: most of a keystroke's time (docs/performance.md). In this worker Pagefind has no
 * document and runs in the worker's own thread, so its results never leave it.
 */
import { localSearchSession, type Answer, type SearchSession } from './local-search-session.ts';
import type { Reply, Request, SentAnswer } from './search-worker-protocol.ts';

const sessions = new Map<string, SearchSession>();
const session = (bundle: string) => {
  let found = sessions.get(bundle);
  if (!found) {
    found = localSearchSession(bundle);
    sessions.set(bundle, found);
  }
  return found;
};

// The answers a page may still ask more results of: the last few (a search page keeps its own
// answer while the dialog's come and go).
const KEPT = 8;
const answers = new Map<number, Answer>();

async function handle(request: Request): Promise<unknown> {
  switch (request.kind) {
    case 'warm':
      return session(request.bundle).warm();
    case 'filters':
      return session(request.bundle).filters();
    case 'stop':
      // An empty query supersedes the search under way, as the dialog's emptied box does.
      void session(request.bundle).search('');
      return undefined;
    case 'more':
      return (await answers.get(request.answer)?.more(request.from, request.count)) ?? [];
    case 'search':
      return keep(request.n, await session(request.bundle).search(request.term, request.filters, request.first, request.typing, request.at));
    case 'complete':
      return keep(request.answer, (await answers.get(request.answer)?.complete()) ?? null);
  }
}

/** Keeps `answer` for the page's "more" under number `n`, and gives what crosses to the page. */
function keep(n: number, answer: Answer | null): SentAnswer | null {
  if (!answer) return null;
  answers.set(n, answer);
  for (const old of answers.keys()) if (answers.size > KEPT) answers.delete(old);
  const { more: _more, current: _current, complete: _complete, ...sent } = answer;
  return sent;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { n } = event.data;
  if (event.data.kind === 'stop') return void handle(event.data);
  handle(event.data).then(
    (value) => self.postMessage({ n, value } satisfies Reply),
    (error: unknown) => self.postMessage({ n, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
});
