/** The one list of our Markdown plugins, shared by astro.config.mjs and src/markdown/fragments.ts. */
import { loadCiteDocuments } from '../citations/documents.ts';
import { siteBase } from '../lib/site-base.ts';
import { presetCiteDocuments } from './preset.ts';
import rehypeViHeadingIds from './rehype-vi-heading-ids.ts';
import remarkCiteDocuments, { type CiteOptions } from './remark-cite-documents.ts';
import remarkNfc from './remark-nfc.ts';

/**
 * The documents citations link to, read from content/van-ban when the config loads.
 * These options are hashed into Astro's content-cache key, so a new or renamed document
 * relinks every page on the next build (see remark-cite-documents.ts).
 */
const citeOptions: CiteOptions = {
  documents: presetCiteDocuments() ?? loadCiteDocuments(process.cwd()),
  base: siteBase(process.env.SITE_BASE),
};

export const remarkPlugins = [remarkNfc, [remarkCiteDocuments, citeOptions] as [typeof remarkCiteDocuments, CiteOptions]];
export const rehypePlugins = [rehypeViHeadingIds];
