/**
 * One Markdown render worker (see render-pool.ts): takes a content file's text, splits its
 * frontmatter exactly as Astro's Markdown entry type does, and renders the body with the
 * site's processor. Returns plain data (structured clone) to the loader.
 */
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { markdownProcessor } from '../plugins/processor.ts';

export interface RenderTask {
  task: number;
  file: string;
  contents: string;
  options: AstroMarkdownOptions;
}
export interface RenderDone {
  task: number;
  data: Record<string, unknown>;
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}
export interface RenderFailed {
  task: number;
  error: string;
}

let renderer: Promise<MarkdownRenderer> | undefined;

parentPort?.on('message', async ({ task, file, contents, options }: RenderTask) => {
  try {
    renderer ??= markdownProcessor.createRenderer(options);
    // As astro/dist/vite-plugin-markdown/content-entry-type.js: frontmatter blanked, body trimmed.
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    const result = await (await renderer).render(parsed.content.trim(), { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(file) });
    const metadata = { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] };
    parentPort?.postMessage({ task, data: parsed.frontmatter, html: result.code, metadata } satisfies RenderDone);
  } catch (error) {
    parentPort?.postMessage({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderFailed);
  }
});
