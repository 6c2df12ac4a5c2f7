/**
 * `node src/build/read-pages.ts <outDir> <base>`, forked by scripts/build.ts as Astro starts:
 * reads the built pages for the link check (check-links.ts) and the "đ" vocabulary the search
 * page needs (src/search/build/vocabulary.ts), and sends both back over the IPC channel once the
 * parent has said that Astro is done (the message `astro-done`).
 *
 * It reads each page as soon as Astro has written it: Astro renders pages on one thread, and
 * this reading (seconds at 5,000 pages) then takes the core Astro leaves idle instead of
 * competing with Pagefind for both cores after Astro (docs/performance.md). It looks for new
 * pages every POLL_MS rather than watching the folder: a recursive watch needs one inotify watch
 * per page folder, which machines limit. A page is read while Astro writes only when it is
 * whole (it ends with `</html>` and did not change while read); once Astro is done, every page
 * not read yet is read, and if one read earlier has changed since, everything is read again,
 * so the result is always that of reading the finished output.
 *
 * A process rather than a worker thread: at 10,000 pages this reading takes hundreds of MB, which a
 * worker thread does not give back to the system when it ends (the allocator keeps it), and
 * Pagefind writes its files, its own memory peak, right after (docs/performance.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { linkChecker } from './check-links.ts';
import { ASTRO_DONE, type ReadPagesResult } from './build-messages.ts';
import { htmlFileLister, htmlFiles } from '../search/build/html-files.ts';
import { htmlText, indexedHtml, vocabularyCounter } from '../search/build/vocabulary.ts';

const POLL_MS = 500;

const [outArg, baseArg] = process.argv.slice(2);
const send = process.send?.bind(process);
if (!outArg || !baseArg || !send) throw new Error('usage: forked by scripts/build.ts with <outDir> <base>');
const outDir = outArg;
const base = baseArg;

// Pagefind writes pagefind/ after this process has ended: links into it are checked by the parent.
const fresh = () => ({ counter: vocabularyCounter(), checker: linkChecker(outDir, base, ['pagefind']), read: new Map<string, string>() });
let state = fresh();

/** A file's size and modification time, to tell whether it changed after it was read. */
function signature(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Reads one page for both checks. While Astro writes (`whole`), a page not whole yet is left for later. */
function readPage(file: string, whole: boolean): void {
  const before = signature(file);
  if (whole && before === undefined) return;
  // Once Astro is done every listed page must be read: a failure here fails the build.
  const source = readFileSync(file, 'utf8');
  if (whole && (!/<\/html>\s*$/.test(source) || signature(file) !== before)) return;
  state.counter.add(htmlText(indexedHtml(source)));
  state.checker.addPage(file, source);
  state.read.set(file, before ?? '');
}

let listPages: (() => string[]) | undefined;
function pagesNow(): string[] {
  try {
    if (!existsSync(outDir)) return [];
    listPages ??= htmlFileLister(outDir);
    return listPages();
  } catch {
    // A folder Astro moved or removed during the walk: the next look, or the last one, finds the pages.
    return [];
  }
}

let timer: NodeJS.Timeout | undefined;
function look() {
  for (const file of pagesNow()) if (!state.read.has(file)) readPage(file, true);
  timer = setTimeout(look, POLL_MS);
}
look();

process.on('message', (message) => {
  if (message !== ASTRO_DONE) return;
  clearTimeout(timer);
  const files = htmlFiles(outDir);
  const now = new Set(files);
  const changed = [...state.read].some(([file, sig]) => !now.has(file) || signature(file) !== sig);
  if (changed) state = fresh();
  for (const file of files) if (!state.read.has(file)) readPage(file, false);
  const result: ReadPagesResult = { vocabulary: state.counter.result(), links: state.checker.result() };
  send(result, undefined, {}, () => process.disconnect?.());
});
// The build stopped (failed content, failed Astro): nothing to send.
process.on('disconnect', () => process.exit(0));
