/** Starts the build's citation scan on a worker thread (see background-scan.ts for why). */
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { BACKGROUND_SCAN, type PendingScans } from './background-scan.ts';
import type { ContentOccurrence } from './scan.ts';

export function startBackgroundScan(root: string): Promise<ContentOccurrence[]> {
  const pending = ((globalThis as Record<symbol, unknown>)[BACKGROUND_SCAN] ??= new Map()) as PendingScans;
  const key = resolve(root);
  let scan = pending.get(key);
  if (!scan) {
    scan = new Promise<ContentOccurrence[]>((done, fail) => {
      const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { root: key } });
      worker.once('message', (occurrences: ContentOccurrence[]) => {
        done(occurrences);
        void worker.terminate();
      });
      worker.once('error', fail);
      worker.once('exit', (code) => code !== 0 && fail(new Error(`quét trích dẫn dừng với mã ${code}`)));
    });
    // A failure surfaces where the result is awaited, not as an unhandled rejection here.
    scan.catch(() => undefined);
    pending.set(key, scan);
  }
  return scan;
}
