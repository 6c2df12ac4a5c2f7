/**
 * What a result's page holds, read through Pagefind's public `data()` and kept per page for the
 * session: its words as Pagefind indexes them, its title and its filters. Pagefind matches every
 * query word as the start of a word, and when a word matches nothing it retries ever shorter
 * starts of it ("xyzqwv" finds pages with "x…"); its results do not say which word matched. So
 * whole-word questions are answered here, from the pages themselves, on the few pages that matter.
 */
import { pagefindWord, pagefindWords } from '../normalize.ts';
import type { PagefindResult, SearchFn } from './merge.ts';

export interface PageFacts {
  words: ReadonlySet<string>;
  /** the title's words, in order, each chunk whole ("05cttw") */
  title: string[];
  filters: Record<string, string[]>;
}

interface PageData {
  content?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export type PageReader = (result: PagefindResult) => Promise<PageFacts>;

export function pageReader(): PageReader {
  const cache = new Map<string, Promise<PageFacts>>();
  // Pages share most of their words: each is folded once per session (a third of the reading's time).
  const folded = new Map<string, string>();
  const fold = (chunk: string) => {
    let word = folded.get(chunk);
    if (word === undefined) {
      word = pagefindWord(chunk);
      folded.set(chunk, word);
    }
    return word;
  };
  return (result) => {
    let facts = cache.get(result.id);
    if (!facts) {
      facts = (result.data() as Promise<PageData>).then((d) => ({
        words: new Set(pagefindWords(d.content ?? '', fold)),
        title: (d.meta?.title ?? '').split(/\s+/u).map(pagefindWord).filter(Boolean),
        filters: d.filters ?? {},
      }));
      cache.set(result.id, facts);
    }
    return facts;
  };
}

/** Whether `facts` holds `word` whole, or (`prefix`) a word starting with it. */
export function holds(facts: PageFacts, word: string, prefix: boolean): boolean {
  if (facts.words.has(word)) return true;
  return prefix && [...facts.words].some((w) => w.startsWith(word));
}

/**
 * Whether the index holds `word` (a word starting with it, when `prefix`): Pagefind ranks pages
 * holding the word itself above those holding longer words, so its first pages tell.
 */
export async function inIndex(search: SearchFn, read: PageReader, word: string, prefix: boolean): Promise<boolean> {
  const response = await search(word);
  for (const result of response?.results.slice(0, 3) ?? []) if (holds(await read(result), word, prefix)) return true;
  return false;
}
