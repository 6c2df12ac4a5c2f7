/**
 * Whether the index holds each word of a query, answered as cheaply as the answer allows, and
 * kept for the session:
 *  - a word with "d" or "đ": the build's vocabulary (so-tay-search.json) lists every index word
 *    holding one, so no search is needed;
 *  - any other word: the pages the query's own search returned, read anyway for the ranking,
 *    prove the words they hold;
 *  - only a word none of those pages holds costs a search of its own (`inIndex`).
 * Asking Pagefind first about every new word was one search and three fragments per word,
 * before the query's own searches: at 5,000 pages the largest share of a keystroke
 * (docs/performance.md).
 */
import type { SearchFn } from './merge.ts';
import { holds, inIndex, type PageFacts, type PageReader } from './page-words.ts';

/** A query word (Pagefind form) and whether it may be the start of a longer word (the one being typed). */
export type QueryWord = readonly [word: string, prefix: boolean];

export interface KnownWords {
  /** the answer known without searching: true, false, or undefined (not known yet) */
  settled(word: string, prefix: boolean): boolean | undefined;
  /** settles `words` from `pages` (the query's results, read), asking the index about the rest; gives the words it does not hold */
  confirm(words: readonly QueryWord[], pages: readonly PageFacts[]): Promise<string[]>;
}

const key = (word: string, prefix: boolean) => `${prefix ? '*' : ''}${word}`;

/**
 * `counts`: the index's "đ" words; `allWords`: every index word without a digit, in Pagefind's
 * form, when the build listed them all (so-tay-search.json's `words`, below its cap): then no
 * such word costs a search either.
 */
export function knownWords(search: SearchFn, read: PageReader, counts: ReadonlyMap<string, number>, allWords?: ReadonlySet<string>): KnownWords {
  const answers = new Map<string, boolean>();
  // Sorted, so that the words starting with a prefix are found by one binary search.
  const dWords = [...counts.keys()].sort();
  const plainWords = [...(allWords ?? [])].sort();

  const startsSome = (sorted: readonly string[], word: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo]?.startsWith(word) ?? false;
  };

  const fromVocabulary = (word: string, prefix: boolean): boolean | undefined => {
    // Numbers and symbols ("05cttw") are in no list: the pages or a search settle them.
    if (allWords?.size && word.length > 1 && !/\p{N}/u.test(word)) return allWords.has(word) || (prefix && startsSome(plainWords, word));
    // Without the search data (it failed to load) the vocabulary is empty and proves nothing.
    if (dWords.length === 0 || !/[dđ]/u.test(word)) return undefined;
    if (counts.has(word)) return true;
    if (!prefix) return false;
    return startsSome(dWords, word);
  };

  const settled = (word: string, prefix: boolean) => answers.get(key(word, prefix)) ?? (prefix ? answers.get(key(word, false)) || undefined : undefined) ?? fromVocabulary(word, prefix);

  return {
    settled,
    async confirm(words, pages) {
      const open = words.filter(([word, prefix]) => settled(word, prefix) === undefined);
      await Promise.all(
        open.map(async ([word, prefix]) => {
          const held = pages.some((page) => holds(page, word, prefix)) || (await inIndex(search, read, word, prefix));
          answers.set(key(word, prefix), held);
        }),
      );
      return [...new Set(words.filter(([word, prefix]) => settled(word, prefix) === false).map(([word]) => word))];
    },
  };
}
