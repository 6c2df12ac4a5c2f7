/**
 * Landing from a search result (?tu-khoa=…, the words of the query that found the page, as
 * Pagefind's result links carry them): the searched words are marked in the page's <main>.
 *
 * Our own rather than Pagefind's highlight script: that one (mark.js) matches substrings, so a
 * search for "4" marked the "4" in "04-NQ/TW" and "15/04/2024", "ương" marked inside "tăng
 * cường"; and the one word Pagefind indexes for a symbol ("05cttw") matched nothing on the
 * page. Here a word is marked only whole, compared in Pagefind's own form (tone marks folded,
 * "đ" kept), and a symbol, date or number is one word with its hyphens, slashes and dots: whole
 * ("05-CT/TW" for "05cttw") or by its parts, as Pagefind indexes them.
 */
import { pagefindWord } from '../normalize.ts';
import { isFunctionWord } from './question-words.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** A word, or a symbol, date or number with its inner "-", "/" and "." ("05-CT/TW", "15/04/2024", "T.Ư"). */
const CHUNK = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-–/.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const PART = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const SYMBOL_START = /^\d{1,3}\p{L}+$/u;

/** The stretches of `text` to mark for `terms` (Pagefind forms): [start, end) pairs, in order. */
export function hitRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  // "chỉ thị 05" searches the start of its symbol ("05ct", see lookups.ts): it marks the symbol.
  const symbolStarts = [...terms].filter((t) => SYMBOL_START.test(t));
  for (const chunk of text.matchAll(CHUNK)) {
    const start = chunk.index;
    const word = pagefindWord(chunk[0]);
    const symbol = /[-–/]/.test(chunk[0]) && symbolStarts.some((s) => word.startsWith(s));
    if (terms.has(word) || symbol) {
      ranges.push([start, start + chunk[0].length]);
      continue;
    }
    if (!/[-–/.]/.test(chunk[0])) continue;
    for (const part of chunk[0].matchAll(PART)) if (terms.has(pagefindWord(part[0]))) ranges.push([start + part.index, start + part.index + part[0].length]);
  }
  return ranges;
}

/** The words to mark, from the landing address: quotes of phrase queries and function words left out. */
export function landingTerms(search: string): Set<string> {
  const words = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).flatMap((t) => t.split(/\s+/u));
  return new Set(words.filter((w) => !isFunctionWord(w.replace(/"/g, ''))).map(pagefindWord).filter(Boolean));
}

/** Marks the searched words in `root` and scrolls to the first unless the address names a place. */
export function highlightLanding(root: Element | null = document.querySelector('main')): void {
  const terms = landingTerms(location.search);
  if (!root || terms.size === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const ranges = hitRanges(node.data, terms);
    // From the end, so the earlier offsets stay valid as the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
  if (!location.hash) root.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
