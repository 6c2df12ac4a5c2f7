/**
 * Turns one content file into what the loader stores: its data (the frontmatter, split
 * exactly as Astro's Markdown entry type splits it), the body rendered with the site's
 * processor (what Astro's glob() loader would store; MDX bodies are left to Astro, which
 * compiles them as modules), and the data derived from it that pages would otherwise
 * recompute: each lesson's text rendered, and the file's citations.
 * Runs on the loader's worker threads in a build and on the main thread in `npm run dev`;
 * everything it returns is plain data (structured clone).
 */
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroMarkdownOptions, MarkdownHeading, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { buildCitationIndex } from '../citations/resolve.ts';
import { pageLabel, scanMarkdownFile, storedCitations, type StoredCitations } from '../citations/scan.ts';
import { createProcessors, type MarkdownSettings } from '../markdown/processors.ts';
import type { CollectionName } from '../content/schemas.ts';

export interface EntrySource {
  collection: CollectionName;
  id: string;
  /** absolute path */
  path: string;
  /** project-relative path, as the content checker names files */
  file: string;
  contents: string;
}

/** What the loader keeps with an entry, beside Astro's own rendering metadata. */
export interface DerivedData extends Record<string, unknown> {
  /** lesson id → its text rendered to HTML */
  lessons: Record<string, string>;
  citations: StoredCitations;
}

export interface RenderedEntry {
  data: Record<string, unknown>;
  /** undefined for MDX, which Astro renders itself */
  html?: string;
  metadata: DerivedData & {
    headings?: MarkdownHeading[];
    frontmatter?: Record<string, unknown>;
    localImagePaths?: string[];
    remoteImagePaths?: string[];
    imagePaths: string[];
  };
}

export function createEntryRenderer(settings: MarkdownSettings, options: AstroMarkdownOptions) {
  const processors = createProcessors(settings);
  const index = buildCitationIndex(settings.documents, settings.congresses);
  const docsById = new Map(settings.documents.map((d) => [d.id, d]));
  let renderer: Promise<MarkdownRenderer> | undefined;

  return async function renderEntry({ collection, id, path, file, contents }: EntrySource): Promise<RenderedEntry> {
    // As astro/dist/vite-plugin-markdown/content-entry-type.js: frontmatter blanked, body trimmed.
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    const data = parsed.frontmatter as Record<string, unknown>;
    const lessons: Record<string, string> = {};
    for (const lesson of Array.isArray(data.lessons) ? (data.lessons as { id?: unknown; text?: unknown }[]) : []) {
      const text = typeof lesson?.text === 'string' ? lesson.text.trim() : '';
      if (typeof lesson?.id === 'string' && text) lessons[lesson.id] = await processors.renderFragment(text);
    }
    const citations = storedCitations(pageLabel(collection, id, data, docsById.get(id)), scanMarkdownFile(contents, index, data, `${collection}/${id}`));
    const derived: DerivedData = { lessons, citations };
    if (file.toLowerCase().endsWith('.mdx')) return { data, metadata: { ...derived, imagePaths: [] } };
    renderer ??= processors.markdown.createRenderer(options);
    const result = await (await renderer).render(parsed.content.trim(), { frontmatter: data, fileURL: pathToFileURL(path) });
    const imagePaths = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
    // The frontmatter is the entry's data already; no page reads remark plugins' frontmatter,
    // and a second copy in the store is a tenth of it to write and read back (docs/performance.md).
    const { frontmatter: _same, ...metadata } = result.metadata;
    return { data, html: result.code, metadata: { ...metadata, imagePaths, ...derived } };
  };
}
