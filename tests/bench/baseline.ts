/**
 * The floor for `npm run bench -- --compare astro`: the least an Astro + Pagefind site can do
 * with the same generated Markdown bodies on this machine. One content collection read by
 * Astro's glob() loader, one page template (title and body inside the element Pagefind
 * indexes), the Pagefind index written through its Node API after the build, as ours is.
 * Nothing else: no citations, backlinks, metadata, lists, filters, short links, link check.
 *
 * Two variants, because this project renders Markdown with the unified pipeline (its
 * remark/rehype plugins do not run under Astro 7's default Sätteri processor):
 *  - "astro": Astro's defaults (Sätteri);
 *  - "astro-unified": the same site with `unified()` as it comes (micromark parser) and no plugins.
 * What separates "astro" from "astro-unified" is the cost of unified with micromark; Sổ tay runs
 * unified with Sätteri's parser (src/markdown/remark-satteri-parse.ts), so it can beat "astro-unified".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusPage } from './corpus.ts';
import { linkNodeModules } from './project.ts';

export type BaselineKind = 'astro' | 'astro-unified';

export function writeBaselineSite(dir: string, projectRoot: string, kind: BaselineKind, pages: readonly CorpusPage[]): void {
  // A fresh site each run: no content cache or output left from the last one.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  linkNodeModules(projectRoot, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `so-tay-bench-${kind}`, private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
${kind === 'astro-unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}
const pagefindIndex = {
  name: 'bench-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const outDir = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
      await index.addDirectory({ path: outDir });
      await index.writeFiles({ outputPath: outDir + '/pagefind' });
      await pagefind.close();
    },
  },
};
export default defineConfig({
  telemetry: false,
  devToolbar: { enabled: false },
  ${kind === 'astro-unified' ? "markdown: { processor: unified({ remarkPlugins: [], rehypePlugins: [] }) },\n  " : ''}integrations: [pagefindIndex],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content' }), schema: z.object({ title: z.string() }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  const quote = (s: string) => JSON.stringify(s);
  for (const page of pages) {
    const file = join(dir, 'content', page.collection, `${page.id}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${quote(page.title)}\n---\n\n${page.body}\n`);
  }
}
