/**
 * The search data the build writes next to Pagefind's bundle (pagefind/so-tay-search.json)
 * and the search page reads: the contract between src/search/build and src/search/client.
 */

export interface Synonym {
  /** abbreviation as written, e.g. "BCSĐ", with its variants */
  forms: string[];
  /** what it stands for, e.g. "Ban cán sự đảng" */
  expansion: string;
}

export interface SearchData {
  /** [word, occurrences] for every index word containing "d" or "đ" */
  dCounts: [string, number][];
  synonyms: Synonym[];
  /** pages in the index, to weigh how rare a word is (see softMerge) */
  pageCount: number;
  /** [word, occurrences], most frequent first: the words suggestions are made of (client/suggest.ts) */
  words?: [string, number][];
}

/**
 * The most words the build lists in `words`: Vietnamese has about 7,000 syllables in all. A list
 * this long may have been cut, so it no longer proves a word absent.
 */
export const MAX_SUGGESTION_WORDS = 8000;

/** The filter of a document's or congress's term (khóa), as the pages name it (data-pagefind-filter). */
export const TERM_FILTER = 'Khóa';

/** The file name, in Pagefind's output folder. */
export const SEARCH_DATA_FILE = 'so-tay-search.json';
