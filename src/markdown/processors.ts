/**
 * The site's Markdown pipeline: Astro's unified processor with our remark/rehype plugins.
 * One factory for every place that renders: the Astro config (page bodies, MDX), the
 * content loader and its worker threads (which cannot receive functions, so they call this
 * factory again with the same plain settings), and lesson texts held in frontmatter.
 *
 * Markdown is parsed by Sätteri's native parser (remark-satteri-parse.ts: the same tree,
 * far faster); MDX keeps remark-parse + remark-mdx, which that parser cannot replace.
 */
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import type { CiteCongress, CiteDocument } from '../citations/resolve.ts';
import rehypeAbbreviations, { type Abbreviation, type RehypeAbbreviationsOptions } from './rehype-abbreviations.ts';
import rehypeViHeadingIds from './rehype-vi-heading-ids.ts';
import remarkCiteDocuments from './remark-cite-documents.ts';
import remarkNfc from './remark-nfc.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';

/** What the plugins need to know of the site: plain data, so it can go to a worker thread. */
export interface MarkdownSettings {
  /** the documents citations link to (src/citations/documents.ts), sorted by id; replaced in dev only (replaceDocuments) */
  documents: readonly CiteDocument[];
  /** the congress pages congress resolutions link to (src/citations/congresses.ts), sorted by id */
  congresses: readonly CiteCongress[];
  /** the site base ("/" or "/kb/"), as src/lib/site-base.ts gives it */
  base: string;
  /** the glossary's abbreviations (src/content/glossary.ts), explained at their first occurrence */
  abbreviations: readonly Abbreviation[];
}

export interface Processors {
  markdown: MarkdownProcessor;
  mdx: MarkdownProcessor;
  /** Renders Markdown held in frontmatter (a lesson's text) with the same plugins as page bodies. */
  renderFragment: (markdown: string) => Promise<string>;
}

/** The key on the Markdown processor's public options under which the settings travel. */
const SETTINGS = 'soTay';

function plugins(settings: MarkdownSettings) {
  // The settings object itself is the citation plugin's options: Astro hashes these options
  // into its content-cache key, so a new or renamed document relinks every page.
  return {
    remarkPlugins: [remarkNfc, [remarkCiteDocuments, settings] as [typeof remarkCiteDocuments, MarkdownSettings]],
    // Heading ids first: they are computed from the heading text, which the abbreviation plugin never touches anyway.
    rehypePlugins: [
      rehypeViHeadingIds,
      [rehypeAbbreviations, { abbreviations: settings.abbreviations, base: settings.base }] as [typeof rehypeAbbreviations, RehypeAbbreviationsOptions],
    ],
  };
}

export function createProcessors(settings: MarkdownSettings): Processors {
  const { remarkPlugins, rehypePlugins } = plugins(settings);
  const markdownRemarkPlugins = [remarkSatteriParse, ...remarkPlugins];
  const markdown = unified({ remarkPlugins: markdownRemarkPlugins, rehypePlugins, smartypants: false });
  // Astro keeps `options` by reference (its config schema says so): the content loader reads the
  // settings back from `config.markdown.processor` to start its render workers.
  (markdown.options as unknown as Record<string, unknown>)[SETTINGS] = settings;
  const mdx = unified({ remarkPlugins, rehypePlugins, smartypants: false });
  let fragments: ReturnType<typeof createMarkdownProcessor> | undefined;
  const renderFragment = async (text: string) => {
    fragments ??= createMarkdownProcessor({ remarkPlugins: markdownRemarkPlugins, rehypePlugins, smartypants: false, syntaxHighlight: false });
    return (await (await fragments).render(text)).code;
  };
  return { markdown, mdx, renderFragment };
}

/**
 * Gives the processors made by createProcessors() another documents list, for `npm run dev`,
 * whose MDX processor lives as long as the server while documents are added and renamed: the
 * citation plugin reads its options' list at each file it links.
 */
export function replaceDocuments(processors: Processors, documents: readonly CiteDocument[]): void {
  const settings = markdownSettingsOf(processors.markdown);
  if (settings) settings.documents = documents;
}

/** The settings a processor made by createProcessors() was given; undefined for any other processor. */
export function markdownSettingsOf(processor: MarkdownProcessor | undefined): MarkdownSettings | undefined {
  return (processor?.options as Record<string, unknown> | undefined)?.[SETTINGS] as MarkdownSettings | undefined;
}
