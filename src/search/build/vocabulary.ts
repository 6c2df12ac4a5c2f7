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
  return countVocabulary(texts).dCounts;
}

/** What the search data holds of the indexed text: the "đ" words and the words suggestions come from. */
export type Vocabulary = Pick<SearchData, 'dCounts'> & Required<Pick<SearchData, 'words'>>;

/**
 * Both word lists over one reading of each text, one text at a time (for a reader that holds each
 * page only while it reads it). A text is cut at white space and only its chunks are counted: the
 * same chunks recur on every page, so each distinct chunk is split into words once, at the end,
 * and its words get the chunk's count. Splitting and counting word by word on every page, twice
 * (once per list), was the costliest part of the page reader (docs/performance.md).
 */
export function vocabularyCounter(): { add(text: string): void; result(): Vocabulary } {
  const chunks = new Map<string, number>();
  return {
    add(text) {
      for (const chunk of text.split(/\s+/u)) chunks.set(chunk, (chunks.get(chunk) ?? 0) + 1);
    },
    result() {
      const d = new Map<string, number>();
      const words = new Map<string, number>();
      for (const [chunk, n] of chunks) {
        for (const w of dWordsOf(chunk)) d.set(w, (d.get(w) ?? 0) + n);
        for (const w of suggestionWordsOf(chunk)) words.set(w, (words.get(w) ?? 0) + n);
      }
      const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      return {
        dCounts: [...d].sort((a, b) => byCodePoint(a[0], b[0])),
        // Most frequent first; ties in code-point order, so two builds write the same file.
        words: [...words].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).slice(0, MAX_SUGGESTION_WORDS),
      };
    },
  };
}

export function countVocabulary(texts: Iterable<string>): Vocabulary {
  const counter = vocabularyCounter();
  for (const text of texts) counter.add(text);
  return counter.result();
}

/** The words with "d" or "đ" of one white-space chunk, as Pagefind indexes them. */
function dWordsOf(chunk: string): string[] {
  return /[dđDĐ]/.test(chunk) ? pagefindWords(chunk).filter((w) => /[dđ]/.test(w)) : [];
}

/**
 * Every word of one chunk as a reader would type it (lower case, accents kept): what "Có phải bạn
 * muốn tìm…" suggests from (src/search/client/suggest.ts). Words with digits are left out
 * (numbers and symbols are read by the query rewriting).
 */
function suggestionWordsOf(chunk: string): string[] {
  // Its parts, and the chunk whole as Pagefind also indexes it ("T.Ư" → "tư", "BCSĐ-ĐUBKH").
  const parts = chunk.split(/[^\p{L}\p{N}]+/u);
  const whole = parts.join('');
  return [...new Set(parts.length > 1 ? [...parts, whole] : parts)]
    .filter((w) => w.length > 1 && !/\p{N}/u.test(w))
    .map((w) => w.normalize('NFC').toLowerCase());
}

/** Glossary entries (the thuat-ngu collection) as synonyms: the term and its variants stand for the expansion. */
export function glossarySynonyms(items: readonly { term: string; variants?: string[]; expansion: string }[]): Synonym[] {
  return items
    .map((i) => ({ forms: [i.term, ...(i.variants ?? [])], expansion: i.expansion.replace(/\s*\(.*?\)\s*/g, ' ').trim() }))
    .sort((a, b) => (a.forms[0] ?? '').localeCompare(b.forms[0] ?? ''));
}
