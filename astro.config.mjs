// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownProcessor, mdxProcessor } from './src/markdown/processor.ts';
import contentCheck from './src/content/check/integration.ts';
import pagefindIndex from './src/search/build/pagefind-index.ts';
import citationsReport from './src/citations/report-integration.ts';
import shortLinks from './src/lessons/short-links.ts';
import dataStoreFromFile from './src/content/store-from-file.ts';
import { siteBase } from './src/lib/site-base.ts';

export default defineConfig({
  // SITE_BASE builds the site for a sub-path, e.g. SITE_BASE=/kb/ for http://intranet/kb/.
  base: siteBase(process.env.SITE_BASE),
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor (Sätteri) runs no remark/rehype plugins;
  // ours (NFC text, citation links, ASCII heading anchors) need the unified pipeline.
  // The same processor renders entries on worker threads in a build (src/content/loader/).
  markdown: { processor: markdownProcessor },
  // Short links are written before the Pagefind integration runs (they are never indexed,
  // but the link check that scripts/build.ts runs during the indexing reads them).
  integrations: [contentCheck(), dataStoreFromFile(), mdx({ processor: mdxProcessor }), shortLinks(), pagefindIndex(), citationsReport()],
  // Nothing leaves the site: no telemetry, no prefetch of other origins.
  devToolbar: { enabled: false },
  prefetch: false,
});
