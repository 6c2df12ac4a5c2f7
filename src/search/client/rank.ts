/**
 * The final order of a merged response, decided on its first pages from what they hold
 * (page-words.ts), and the filter counts of what is returned:
 *  1. pages holding every word the reader meant, whole (the last word may be a start: it may
 *     still be typed), before pages holding only some, which are marked `partial`;
 *  2. among the full matches: a page whose title is the query itself, then the document a
 *     kind-and-number names ("QĐ 47" → its symbol in the title), then pages of the term (khóa)
 *     the query names, then Pagefind's order.
 */
import type { PagefindResponse, PagefindResult } from './merge.ts';
import { holds, type PageReader } from './page-words.ts';

export interface RankInputs {
  read: PageReader;
  /** per word the reader meant, its readings, each a list of words (Pagefind form) */
  meant: string[][][];
  /** the query's words without question words, for the title match */
  titleWords: string[];
  /** starts of symbol words the query names ("05ct"): matched as starts wherever they stand */
  symbols: string[];
  /** pages of the named term (khóa), from a filtered search */
  termPages: ReadonlySet<string>;
  /** how many first results are read; the filter counts are recomputed when all results are */
  depth?: number;
}

const fold = (word: string) => word.replace(/đ/g, 'd');

export type RankedResult = PagefindResult & { partial?: boolean };

export async function rankResponse(response: PagefindResponse, inputs: RankInputs): Promise<PagefindResponse> {
  const depth = inputs.depth ?? 30;
  const results = response.results as RankedResult[];
  const head = results.slice(0, depth);
  const facts = await Promise.all(head.map((r) => inputs.read(r)));
  const keyed = head.map((result, i) => {
    const page = facts[i]!;
    const last = inputs.meant.length - 1;
    const full =
      !result.partial &&
      inputs.meant.every((readings, w) =>
        readings.some((words) => words.every((word, k) => holds(page, word, (w === last && k === words.length - 1) || inputs.symbols.includes(word)))),
      );
    const title = inputs.titleWords.length > 0 && page.title.map(fold).join(' ') === inputs.titleWords.map(fold).join(' ');
    const symbol = inputs.symbols.some((s) => page.title.some((t) => t.startsWith(s)));
    const term = inputs.termPages.has(result.id);
    return { result: full ? result : { ...result, partial: true }, key: [full, title, symbol, term].map(Number), i };
  });
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return b.key[k]! - a.key[k]!;
    return a.i - b.i;
  });
  const verified = keyed.map((k) => k.result);
  const rest = results.slice(depth);
  // Full matches first, partial ones after them, wherever they were read.
  const ordered = [...verified.filter((r) => !r.partial), ...rest.filter((r) => !r.partial), ...verified.filter((r) => r.partial), ...rest.filter((r) => r.partial)];
  return { ...response, results: ordered, filters: rest.length ? response.filters : countFilters(response.filters, facts.map((f) => f.filters)) };
}

/** The counts of the filters Pagefind reported (every value, zeros too), over the pages returned. */
function countFilters(reported: PagefindResponse['filters'], pages: readonly Record<string, string[]>[]): PagefindResponse['filters'] {
  const counts: PagefindResponse['filters'] = {};
  for (const [name, values] of Object.entries(reported)) {
    counts[name] = Object.fromEntries(Object.keys(values).map((v) => [v, 0]));
    for (const page of pages) for (const v of page[name] ?? []) counts[name]![v] = (counts[name]![v] ?? 0) + 1;
  }
  return counts;
}
