/**
 * The address parameter a search result's link carries the searched words in (Pagefind's
 * highlightParam), on its own so that every page can test for it without loading the marking
 * code (highlight-landing.ts), which is fetched only when a reader lands from a search.
 */
export const HIGHLIGHT_PARAM = 'tu-khoa';
