/**
 * The search sample: every indexed page carries a hidden Pagefind filter, SAMPLE_FILTER, whose
 * value is one of SAMPLE_PARTS parts chosen by a hash of the page's path, so each part is a fair
 * sample of the site. Pagefind's phrase search reads every position of its words on every page
 * searched, so its cost grows with those pages, whatever it finds; asked within a sample of a few
 * hundred pages, a phrase of common words on a large site is answered several times faster
 * (docs/performance.md).
 * Pagefind's phrase results are not ranked (every page scores the same), so a sample's pages are
 * as good a first page as any; the whole answer follows (vietnamese-search.ts).
 *
 * The contract between the build (BaseLayout writes the filter) and the client (which asks the
 * sample first): both read this module only.
 */

/** The hidden filter's name: never shown, and stripped from every count the site reads. */
export const SAMPLE_FILTER = 'so-tay-mau';

/** How many parts the pages are spread over. */
export const SAMPLE_PARTS = 64;

/** About how many pages the sample a search asks first holds. */
export const SAMPLE_PAGES = 600;

/**
 * The part of the page at `path` (its site path, e.g. "/van-ban/qd-47/"): FNV-1a over the
 * path's UTF-16 code units, a few lines run once per page, where a digest would need no more
 * than spread.
 */
export function samplePart(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SAMPLE_PARTS;
}

/**
 * The filter values of the sample to ask first on a site of `pageCount` indexed pages, or null
 * when the site is small enough that Pagefind's whole search is as quick (under four samples'
 * worth of pages: the sample would be a quarter of the site or more).
 */
export function sampleValues(pageCount: number): string[] | null {
  const parts = Math.ceil((SAMPLE_PARTS * SAMPLE_PAGES) / Math.max(1, pageCount));
  if (parts * 4 > SAMPLE_PARTS) return null;
  return Array.from({ length: parts }, (_, i) => String(i));
}

/** Pagefind's filter counts without the sample's filter. */
export function withoutSample<T extends Record<string, unknown>>(counts: T): T {
  if (!(SAMPLE_FILTER in counts)) return counts;
  const { [SAMPLE_FILTER]: _sample, ...rest } = counts;
  return rest as T;
}
