/**
 * The messages between a page's search box (worker-search-session.ts) and the search worker
 * (search-worker.ts). An answer crosses without its functions: the worker keeps the results, and
 * the page asks it for more of them by the answer's number.
 */
import type { Answer, Filters } from './local-search-session.ts';

export type Request =
  | { n: number; kind: 'warm'; bundle: string }
  | { n: number; kind: 'search'; bundle: string; term: string; filters: Filters; first: number; typing: boolean; at: number }
  | { n: number; kind: 'more'; bundle: string; answer: number; from: number; count: number }
  /** the whole answer of a sample's (Answer.complete): it replaces that answer for its "more" */
  | { n: number; kind: 'complete'; bundle: string; answer: number }
  | { n: number; kind: 'filters'; bundle: string }
  /** the search under way is stale (a newer one went to another worker): stop it at its next step; no reply */
  | { n: number; kind: 'stop'; bundle: string };

/** An answer as it crosses: what `Answer` holds, less its functions. */
export type SentAnswer = Omit<Answer, 'more' | 'current' | 'complete'>;

export type Reply = { n: number; value: unknown } | { n: number; error: string };
