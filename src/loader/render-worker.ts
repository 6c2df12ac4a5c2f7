/**
 * One render worker of the pool (render-pool.ts): renders the content files it is sent with
 * createEntryRenderer(), from the settings the pool started it with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import type { MarkdownSettings } from '../markdown/processors.ts';
import { createEntryRenderer, type EntrySource, type RenderedEntry } from './render-entry.ts';

export interface WorkerSetup {
  settings: MarkdownSettings;
  options: AstroMarkdownOptions;
}
export interface RenderTask {
  task: number;
  source: EntrySource;
}
export interface RenderDone {
  task: number;
  entry: RenderedEntry;
}
export interface RenderFailed {
  task: number;
  error: string;
}

const { settings, options } = workerData as WorkerSetup;
const renderEntry = createEntryRenderer(settings, options);

parentPort?.on('message', async ({ task, source }: RenderTask) => {
  try {
    parentPort?.postMessage({ task, entry: await renderEntry(source) } satisfies RenderDone);
  } catch (error) {
    parentPort?.postMessage({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderFailed);
  }
});
