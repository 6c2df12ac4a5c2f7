/**
 * A search box's session whose searching runs in the search worker (search-worker.ts): the
 * same answers as localSearchSession gives, with the page's main thread left to the reader's
 * typing. One worker per page, made on the first warm() or search(); if it cannot start or
 * fails, the searches still pending and all later ones run on the page instead.
 */
import type { FilterCounts } from './load-pagefind.ts';
import { localSearchSession, type Answer, type Found, type SearchSession } from './local-search-session.ts';
import type { Reply, Request, SentAnswer } from './search-worker-protocol.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; onPage: (s: SearchSession) => Promise<unknown> };

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let next = 0;
let pageSessions: Map<string, SearchSession> | undefined;

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
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.onPage(onPage(bundle)).then(p.resolve, p.reject);
}

function theWorker(bundle: string): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // Vite bundles the worker and its imports as a module of its own (astro.config's vite.worker).
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'so-tay-search' });
  } catch {
    worker = null;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.n);
    if (!waiting) return;
    pending.delete(reply.n);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.value);
  });
  worker.addEventListener('error', () => failOver(bundle));
  return worker;
}

/** A request before it is numbered (each kind keeps its own fields). */
type Unnumbered = Request extends infer R ? (R extends Request ? Omit<R, 'n'> : never) : never;

function ask<T>(bundle: string, request: Unnumbered, page: (s: SearchSession) => Promise<T>): { n: number; answer: Promise<T> } {
  const n = ++next;
  const w = theWorker(bundle);
  if (!w) return { n, answer: page(onPage(bundle)) };
  const answer = new Promise<T>((resolve, reject) => {
    pending.set(n, { resolve: resolve as (v: unknown) => void, reject, onPage: page });
  });
  w.postMessage({ ...request, n } as Request);
  return { n, answer };
}

export function workerSearchSession(bundle: string): SearchSession {
  let latest = 0;
  return {
    warm: async () => void (await ask(bundle, { kind: 'warm', bundle }, (s) => s.warm()).answer),
    filters: () => ask<FilterCounts>(bundle, { kind: 'filters', bundle }, (s) => s.filters()).answer,
    async search(term, filters = {}, first = 10, typing = false, at = performance.timeOrigin + performance.now()) {
      const { n, answer } = ask<SentAnswer | Answer | null>(bundle, { kind: 'search', bundle, term, filters, first, typing, at }, (s) => s.search(term, filters, first, typing, at));
      latest = n;
      const sent = await answer;
      if (!sent) return null;
      // Answered on the page (the worker failed): its own answer, whole.
      if ('more' in sent) return sent;
      const more = (from: number, count: number) => ask<Found[]>(bundle, { kind: 'more', bundle, answer: n, from, count }, async () => []).answer;
      return { ...sent, more, current: () => n === latest };
    },
  };
}
