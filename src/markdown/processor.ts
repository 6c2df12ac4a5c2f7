/**
 * The site's Markdown processors: Astro's unified pipeline with our remark/rehype plugins.
 * One definition for astro.config.mjs and the build's render workers (src/content/loader/), so a
 * page renders the same wherever it is rendered.
 *
 * Markdown is parsed by Sätteri's native parser (remark-satteri-parse.ts: the same tree,
 * far faster); MDX keeps remark-parse + remark-mdx, which that parser cannot replace.
 */
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './index.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';

/** The remark plugins for Markdown (not MDX): Sätteri's parser first, then ours. */
export const markdownRemarkPlugins = [remarkSatteriParse, ...remarkPlugins];

export const markdownProcessor = unified({ remarkPlugins: markdownRemarkPlugins, rehypePlugins, smartypants: false });

export const mdxProcessor = unified({ remarkPlugins, rehypePlugins, smartypants: false });
