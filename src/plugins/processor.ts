/**
 * The site's Markdown processor: Astro's unified pipeline with our remark/rehype plugins.
 * One definition for astro.config.mjs and the build's render workers (src/loaders/), so a
 * page renders the same wherever it is rendered.
 */
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './index.ts';

export const markdownProcessor = unified({ remarkPlugins, rehypePlugins, smartypants: false });
