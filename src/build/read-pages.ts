/**
 * `node src/build/read-pages.ts <outDir> <base>`, forked by scripts/build.ts: reads the built
 * pages while Pagefind reads them in its own process, for the link check (check-links.ts) and
 * the "đ" vocabulary the search page needs (src/search/build/vocabulary.ts), and sends both back
 * over the IPC channel.
 *
 * A process rather than a worker thread: at 10,000 pages this reading takes hundreds of MB, which a
 * worker thread does not give back to the system when it ends (the allocator keeps it), and
 * Pagefind writes its files, its own memory peak, right after (docs/performance.md).
 */
import { checkBuiltLinksWhileWriting, type BrokenLink } from './check-links.ts';
import { htmlText, indexedHtml, vocabularyCounter, type Vocabulary } from '../search/build/vocabulary.ts';

export interface ReadPagesResult {
  vocabulary: Vocabulary;
  links: { broken: BrokenLink[]; deferred: BrokenLink[] };
}

const [outDir, base] = process.argv.slice(2);
const send = process.send?.bind(process);
if (!outDir || !base || !send) throw new Error('usage: forked by scripts/build.ts with <outDir> <base>');
// One read of each page for both: the link check hands every page it reads to the counter.
const counter = vocabularyCounter();
// Pagefind is writing pagefind/ meanwhile: links into it are checked by the parent later.
const links = checkBuiltLinksWhileWriting(outDir, base, ['pagefind'], (html) => counter.add(htmlText(indexedHtml(html))));
const result: ReadPagesResult = { vocabulary: counter.result(), links };
send(result, undefined, {}, () => process.disconnect?.());
