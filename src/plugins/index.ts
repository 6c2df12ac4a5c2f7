/** The one list of our Markdown plugins, shared by astro.config.mjs and src/lib/markdown.ts. */
import rehypeViHeadingIds from './rehype-vi-heading-ids.ts';
import remarkNfc from './remark-nfc.ts';

export const remarkPlugins = [remarkNfc];
export const rehypePlugins = [rehypeViHeadingIds];
