/**
 * Build-time data for query rewriting (src/search/client/expand-query.ts): the index words
 * that contain "đ", and the glossary's abbreviations. Written next to Pagefind's bundle.
 */
import { readFileSync } from 'node:fs';
import { htmlFiles } from './html-files.ts';
import { pagefindWords } from '../normalize.ts';
import { MAX_SUGGESTION_WORDS, type SearchData, type Synonym } from '../data.ts';

/** Visible text of an HTML page, without scripts, styles and tags. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
}

/**
 * The part of a page Pagefind indexes: the element marked data-pagefind-body (our <main>),
 * or nothing when the page has none (redirects, the search page). Counting only this keeps
 * the vocabulary true to the index, and skips most of the HTML.
 */
export function indexedHtml(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*?\sdata-pagefind-body(?=[\s>=/])[^>]*>/i.exec(html);
  if (!open) return '';
  const tag = open[1]!;
  const end = html.lastIndexOf(`</${tag}>`);
  return html.slice(open.index, end > open.index ? end : undefined);
}

/**
 * The indexed text of every built page, read one page at a time: holding all of them at once
 * cost hundreds of megabytes at 10,000 pages, at the moment Pagefind needs the most memory.
 */
export function* indexedTexts(outDir: string): Generator<string> {
  for (const file of htmlFiles(outDir)) yield htmlText(indexedHtml(readFileSync(file, 'utf8')));
}

export function countDWords(texts: Iterable<string>): [string, number][] {
  const counter = dWordCounter();
  for (const text of texts) counter.add(text);
  return counter.result();
}

/** What the search data holds of the indexed text: the "đ" words and the words suggestions come from. */
export type Vocabulary = Pick<SearchData, 'dCounts'> & Required<Pick<SearchData, 'words'>>;

/** Both counters over one reading of each text. */
export function vocabularyCounter(): { add(text: string): void; result(): Vocabulary } {
  const d = dWordCounter();
  const words = suggestionWordCounter();
  return {
    add(text) {
      d.add(text);
      words.add(text);
    },
    result: () => ({ dCounts: d.result(), words: words.result() }),
  };
}

export function countVocabulary(texts: Iterable<string>): Vocabulary {
  const counter = vocabularyCounter();
  for (const text of texts) counter.add(text);
  return counter.result();
}

/** countDWords one text at a time, for a reader that holds each page only while it reads it. */
export function dWordCounter(): { add(text: string): void; result(): [string, number][] } {
  const counts = new Map<string, number>();
  // Only chunks with a "d" or "đ" can give such a word, and the same chunks recur on every
  // page: skipping the rest and folding each distinct chunk once keeps this pass cheap at
  // thousands of pages (folding every word of every page dominated it). Split, then test:
  // the regex /\S*[dđ]\S*/ that did both retried every position of every word without a "d".
  const folded = new Map<string, string[]>();
  return {
    add(text) {
      for (const chunk of text.split(/\s+/)) {
        if (!/[dđDĐ]/.test(chunk)) continue;
        let words = folded.get(chunk);
        if (!words) {
          words = pagefindWords(chunk).filter((w) => /[dđ]/.test(w));
          folded.set(chunk, words);
        }
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    },
    result: () => [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

/**
 * Every word of the indexed text as a reader would type it (lower case, accents kept), with
 * how often it occurs: what "Có phải bạn muốn tìm…" suggests from (src/search/client/suggest.ts).
 * Words with digits are left out (numbers and symbols are read by the query rewriting).
 */
export function suggestionWordCounter(): { add(text: string): void; result(): [string, number][] } {
  const counts = new Map<string, number>();
  const split = new Map<string, string[]>();
  return {
    add(text) {
      for (const chunk of text.split(/\s+/u)) {
        let words = split.get(chunk);
        if (!words) {
          // Its parts, and the chunk whole as Pagefind also indexes it ("T.Ư" → "tư", "BCSĐ-ĐUBKH").
          const parts = chunk.split(/[^\p{L}\p{N}]+/u);
          const whole = parts.join('');
          words = [...new Set(parts.length > 1 ? [...parts, whole] : parts)]
            .filter((w) => w.length > 1 && !/\p{N}/u.test(w))
            .map((w) => w.normalize('NFC').toLowerCase());
          split.set(chunk, words);
        }
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    },
    // Most frequent first; ties in code-point order, so two builds write the same file.
    result: () =>
      [...counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, MAX_SUGGESTION_WORDS),
  };
}

/** Glossary entries (the thuat-ngu collection) as synonyms: the term and its variants stand for the expansion. */
export function glossarySynonyms(items: readonly { term: string; variants?: string[]; expansion: string }[]): Synonym[] {
  return items
    .map((i) => ({ forms: [i.term, ...(i.variants ?? [])], expansion: i.expansion.replace(/\s*\(.*?\)\s*/g, ' ').trim() }))
    .sort((a, b) => (a.forms[0] ?? '').localeCompare(b.forms[0] ?? ''));
}
