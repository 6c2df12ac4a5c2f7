/**
 * Worker-thread entry for the background citation scan (see background-scan.ts): scans
 * content/ and posts every occurrence back. Plain data only, so it survives structured clone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanContent } from './scan.ts';

parentPort?.postMessage(scanContent((workerData as { root: string }).root).occurrences);
