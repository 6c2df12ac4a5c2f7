/**
 * One Markdown render worker (see render-pool.ts). For each content file it is given, it
 *  - splits the frontmatter exactly as Astro's Markdown entry type does and renders the body
 *    with the site's processor (what Astro's glob() loader would store);
 *  - renders the lessons' texts the way src/markdown/fragments.ts does, for the pages to reuse;
 *  - finds the file's citations (src/citations/scan.ts), for backlinks and the report.
 * Everything it returns is plain data (structured clone).
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import type { CollectionName } from '../schemas.ts';
import type { CiteDocument } from '../../citations/resolve.ts';
import type { ContentOccurrence } from '../../citations/scan.ts';
import { PRESET_CITE_DOCUMENTS } from '../../markdown/preset.ts';

export interface WorkerSetup {
  documents: CiteDocument[];
}
export interface RenderTask {
  task: number;
  file: string;
  /** project-relative path, as the content checker names files */
  relativePath: string;
  collection: CollectionName;
  id: string;
  contents: string;
  options: AstroMarkdownOptions;
}
export interface RenderDone {
  task: number;
  data: Record<string, unknown>;
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
  /** [lesson text as the schema gives it (trimmed), its HTML] */
  fragments: [string, string][];
  occurrences: ContentOccurrence[];
}
export interface RenderFailed {
  task: number;
  error: string;
}

// The citation plugin's documents come from the loader: without this, each worker would
// re-read and re-parse every content file to find them (see src/markdown/index.ts).
const setup = workerData as WorkerSetup;
(globalThis as Record<symbol, unknown>)[PRESET_CITE_DOCUMENTS] = setup.documents;
const { markdownProcessor } = await import('../../markdown/processor.ts');
const { renderMarkdown } = await import('../../markdown/fragments.ts');
const { scanEntryFile } = await import('../../citations/scan.ts');
const { buildCitationIndex } = await import('../../citations/resolve.ts');
const index = buildCitationIndex(setup.documents);
const docsById = new Map(setup.documents.map((d) => [d.id, d]));

let renderer: Promise<MarkdownRenderer> | undefined;

parentPort?.on('message', async ({ task, file, relativePath, collection, id, contents, options }: RenderTask) => {
  try {
    renderer ??= markdownProcessor.createRenderer(options);
    // As astro/dist/vite-plugin-markdown/content-entry-type.js: frontmatter blanked, body trimmed.
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    const result = await (await renderer).render(parsed.content.trim(), { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(file) });
    const metadata = { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] };
    const lessons = Array.isArray(parsed.frontmatter.lessons) ? (parsed.frontmatter.lessons as { text?: unknown }[]) : [];
    const texts = lessons.map((l) => (typeof l?.text === 'string' ? l.text.trim() : '')).filter(Boolean);
    const fragments = await Promise.all(texts.map(async (text) => [text, await renderMarkdown(text)] as [string, string]));
    const occurrences = scanEntryFile({ file: relativePath, collection, id, data: parsed.frontmatter }, contents, index, docsById, parsed.frontmatter);
    parentPort?.postMessage({ task, data: parsed.frontmatter, html: result.code, metadata, fragments, occurrences } satisfies RenderDone);
  } catch (error) {
    parentPort?.postMessage({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderFailed);
  }
});
