/**
 * Loads Pagefind's public JavaScript API (`pagefind.js` in the site's own bundle folder) once
 * per bundle. Every search UI gets Pagefind from here, never by importing it itself, so that a
 * copy of the site with another way to reach the index changes this one place: the portable
 * copy (opened from file://, where module imports and fetch are blocked) marks its pages with
 * `data-portable-root` on <html>, and then Pagefind comes from its classic-script build
 * (portable/portable-pagefind.ts), with the same search and ranking.
 */
import type { PagefindResponse } from './merge.ts';
import { loadPortablePagefind, portableRoot } from './portable/portable-pagefind.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's public API (pagefind.js, 1.x) the site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindResponse | null>;
  preload(term: string, options?: { filters?: Record<string, string[]> }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/** Pagefind's API from `bundle` (e.g. "/kb/pagefind/"), imported on the first call only. */
export function loadPagefind(bundle: string): Promise<PagefindApi> {
  let api = loaded.get(bundle);
  if (!api) {
    const root = portableRoot();
    api = root ? loadPortablePagefind(bundle, root) : (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>);
    loaded.set(bundle, api);
  }
  return api;
}
