/**
 * The citation scan (scan.ts) re-reads and parses every content file: seconds at thousands
 * of pages, on the main thread while the second core sat idle. A build starts it on a worker
 * thread as soon as the config is loaded (start-background-scan.ts, called by the
 * citations-report integration), so it runs alongside Astro's content sync; the document
 * pages' backlinks and the build report then take its result from here.
 *
 * This module only reads the shared promise from globalThis (pages run from Vite's bundle,
 * which must not contain the worker's URL). Without one (dev server, tests) callers scan
 * on the spot.
 */
import { resolve } from 'node:path';
import type { ContentOccurrence } from './scan.ts';

export const BACKGROUND_SCAN = Symbol.for('so-tay.background-scan');
export type PendingScans = Map<string, Promise<ContentOccurrence[]>>;

/** The background scan's result for `root`, or undefined when no build started one. */
export function backgroundScan(root: string): Promise<ContentOccurrence[]> | undefined {
  const pending = (globalThis as Record<symbol, unknown>)[BACKGROUND_SCAN] as PendingScans | undefined;
  return pending?.get(resolve(root));
}
