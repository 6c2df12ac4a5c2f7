/**
 * Runs the link check (check-links.ts) on a worker thread, so the build can check links
 * while Pagefind indexes the same output in its own process (see scripts/build.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBuiltLinksWhileWriting } from './check-links.ts';

const { outDir, base, laterFolders } = workerData as { outDir: string; base: string; laterFolders: string[] };
parentPort!.postMessage(checkBuiltLinksWhileWriting(outDir, base, laterFolders));
