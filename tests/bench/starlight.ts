/**
 * The comparison site for `npm run bench -- --compare starlight`: @astrojs/starlight,
 * installed from the npm registry into a temporary folder (never into this project),
 * building the same generated Markdown bodies, with Starlight's own Pagefind search.
 *
 * The sidebar holds one link. Starlight's default sidebar lists every page on every page
 * (190 KB per page at 1,000 pages), which would measure the sidebar, not the pipeline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusPage } from './corpus.ts';

export const STARLIGHT_VERSION = '0.42.4';

/** Installs Starlight (and the Astro version this project uses) into `dir` unless already there. */
export function installStarlight(dir: string, projectRoot: string): void {
  const marker = join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).version === STARLIGHT_VERSION) return;
  mkdirSync(dir, { recursive: true });
  const astroVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')).version as string;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'so-tay-bench-starlight',
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
      allowScripts: { esbuild: true, sharp: true },
    }, null, 2),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}

/** Writes a Starlight site whose pages are the corpus bodies (`src/content/docs/<collection>/<id>.md`). */
export function writeStarlightSite(dir: string, pages: readonly CorpusPage[]): void {
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  telemetry: false,
  integrations: [starlight({
    title: 'Sổ tay',
    defaultLocale: 'root',
    locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
    sidebar: [{ label: 'Trang chủ', link: '/' }],
  })],
});
`,
  );
  // A fresh site each run: no pages, build output or content cache left from the last one.
  for (const old of ['src', 'dist', '.astro', join('node_modules', '.astro')]) rmSync(join(dir, old), { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const quote = (s: string) => JSON.stringify(s);
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.md'), `---\ntitle: Sổ tay\n---\n\nTrang chủ.\n`);
  for (const page of pages) {
    const file = join(dir, 'src', 'content', 'docs', page.collection, `${page.id}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${quote(page.title)}\n---\n\n${page.body}\n`);
  }
}
