/**
 * "Every page is written; the search index is about to be built." The Pagefind integration
 * announces it at the start of its long wait, and scripts/build.ts listens, to run its link
 * check on another thread during that wait instead of after it. Kept on globalThis: the
 * integration and the build script are separate module graphs in one process.
 */
const SLOT = Symbol.for('so-tay.pages-written');

type Listener = (outDir: string) => void;

export function onPagesWritten(listener: Listener): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = listener;
}

export function announcePagesWritten(outDir: string): void {
  ((globalThis as Record<symbol, unknown>)[SLOT] as Listener | undefined)?.(outDir);
}
