/**
 * Pagefind in the portable copy (opened from file://, no server). Pagefind's own pagefind.js is
 * an ES module that fetch()es its index, both blocked there; the copy carries a classic-script
 * build of the same pagefind.js (PORTABLE_PAGEFIND_FILE, made by
 * src/release/portable/pagefind-bundle.ts) whose fetch reads the index's script files
 * (script-files.ts). Its search, ranking and results are Pagefind's own; only the two
 * addresses differ:
 *  - basePath: the bundle's file:// URL, given explicitly (nothing can be derived from a
 *    classic script's import.meta);
 *  - result URLs: Pagefind writes site paths ("/van-ban/x/"); here they become the file they
 *    name in the copy ("file:///…/van-ban/x/index.html"), so a result opens without a server.
 */
import type { PagefindApi } from '../load-pagefind.ts';
import type { PagefindResponse } from '../merge.ts';
import { loadClassicScript } from './script-files.ts';
import { splitSuffix, withIndexHtml } from '../../../lib/index-html.ts';

/** The classic-script build of pagefind.js, in the bundle folder of the portable copy. */
export const PORTABLE_PAGEFIND_FILE = 'pagefind.portable.js';
/** The global that build assigns Pagefind's exports to. */
export const PAGEFIND_GLOBAL = 'soTayPagefind';
/** On <html> of every page of the portable copy: the site root, relative to the page ("../../"). */
export const PORTABLE_ROOT_ATTRIBUTE = 'data-portable-root';

/** The portable copy's root as an absolute URL, or undefined on the served site. */
export function portableRoot(): string | undefined {
  // The search worker (search-worker.ts) has no document: it runs only on a served site.
  if (typeof document === 'undefined') return undefined;
  const root = document.documentElement.getAttribute(PORTABLE_ROOT_ATTRIBUTE);
  return root === null ? undefined : new URL(root, location.href).href;
}

/** A site path from Pagefind ("/van-ban/x/?tu-khoa=y#z") as the file it names under `root`. */
export function fileUrl(sitePath: string, root: string): string {
  const [path, suffix] = splitSuffix(sitePath);
  return new URL(withIndexHtml(path.replace(/^\/+/, '')) + suffix, root).href;
}

interface ResultData {
  url: string;
  sub_results?: { url: string }[];
}

function inCopy(response: PagefindResponse | null, root: string): PagefindResponse | null {
  if (!response) return response;
  const results = response.results.map((result) => ({
    ...result,
    data: async () => {
      const data = (await result.data()) as ResultData;
      return {
        ...data,
        url: fileUrl(data.url, root),
        sub_results: data.sub_results?.map((sub) => ({ ...sub, url: fileUrl(sub.url, root) })),
      };
    },
  }));
  return { ...response, results };
}

/** Pagefind's API for the portable copy whose root is `root`, from its bundle folder `bundle`. */
export async function loadPortablePagefind(bundle: string, root: string): Promise<PagefindApi> {
  const bundleUrl = new URL(bundle, location.href).href;
  await loadClassicScript(bundleUrl + PORTABLE_PAGEFIND_FILE);
  // A classic script can hand its exports over only through a global of the page (no module
  // loading from file://): the one the portable bundle declares, read once, here.
  const api = (globalThis as unknown as Record<string, PagefindApi | undefined>)[PAGEFIND_GLOBAL];
  if (!api) throw new Error(`${PORTABLE_PAGEFIND_FILE} không khai báo ${PAGEFIND_GLOBAL}`);
  // Pagefind's options() before init() replaces the earlier ones: every call carries the two addresses.
  const where = { basePath: bundleUrl, baseUrl: '/' };
  await api.options(where);
  return {
    options: (options) => api.options({ ...options, ...where }),
    init: () => api.init(),
    search: async (term, options) => inCopy(await api.search(term, options), root),
    preload: (term, options) => api.preload(term, options),
    filters: () => api.filters(),
  };
}
