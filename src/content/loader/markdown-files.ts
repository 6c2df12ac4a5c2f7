/**
 * The content collections' loader: Astro's glob() in `npm run dev` (file watching, instant
 * updates), and in a build the same entries rendered by the site's Markdown processor on
 * several worker threads (render-pool.ts). What is stored is what glob() would store: the
 * id from the file name, data validated by the collection's schema, the rendered HTML with
 * its headings, the digest that lets an unchanged file keep its rendering between builds.
 * The workers also render lesson texts and find citations while they hold each file, so the
 * pages and the citations report do not parse every file again on the main thread.
 *
 * MDX files still go through glob() (Astro compiles them as modules); it runs first because
 * it removes every entry it did not load, and the Markdown entries are stored after it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import { renderFile } from './render-pool.ts';
import type { WorkerSetup } from './render-worker.ts';
import type { CollectionName } from '../schemas.ts';
import { loadCiteDocuments } from '../../citations/documents.ts';
import { recordPrescan } from '../../citations/scan.ts';
import { recordPrerendered } from '../../markdown/fragments.ts';

interface Options {
  base: string;
  generateId: (relativePath: string) => string;
}

/** .md and .mdx files under a folder, in a stable order. */
function contentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return contentFiles(full);
      return /\.mdx?$/i.test(name) ? [full] : [];
    });
}

export function markdownFiles({ base, generateId }: Options): Loader {
  const globOptions = { base, generateId: ({ entry }: { entry: string }) => generateId(entry), retainBody: false };
  const both = glob({ pattern: '**/*.{md,mdx}', ...globOptions });
  const mdxOnly = glob({ pattern: '**/*.mdx', ...globOptions });
  return {
    name: 'so-tay-markdown-files',
    load: async (context) => {
      // SO_TAY_RENDER_THREADS=0 renders on the main thread, as glob() does (the determinism
      // test builds both ways and requires byte-identical output).
      if (context.watcher || process.env.SO_TAY_RENDER_THREADS === '0') return both.load(context);
      const { store, config, parseData, generateDigest, collection } = context;
      const previous = new Map(store.entries());
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const files = contentFiles(dir);
      // glob() stores MDX entries and drops every entry it did not load; without MDX files,
      // dropping the old entries is all that is left to do (and glob() would warn of none).
      if (files.some((f) => f.toLowerCase().endsWith('.mdx'))) await mdxOnly.load(context);
      else store.clear();

      const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
      const options = { image: config.image, syntaxHighlight, shikiConfig, gfm, smartypants } as AstroMarkdownOptions;
      try {
        structuredClone(options);
      } catch {
        // Options a worker cannot receive (e.g. a Shiki transformer function): render here instead.
        return both.load(context);
      }
      const setup: WorkerSetup = { documents: loadCiteDocuments(root) };
      const seen = new Map<string, string>();
      // Rendered in parallel, stored in file order: collection order (and so the output) must
      // not depend on which worker finished first.
      const entries = await Promise.all(
        files.filter((f) => f.toLowerCase().endsWith('.md')).map(async (file) => {
          const entry = relative(dir, file).split('\\').join('/');
          const id = generateId(entry);
          const filePath = relative(root, file).split('\\').join('/');
          const other = seen.get(id);
          if (other) throw new Error(`${filePath}: trùng đường dẫn "${id}" với ${other} trong ${collection}; đổi tên một trong hai tệp`);
          seen.set(id, filePath);
          const contents = readFileSync(file, 'utf8');
          const digest = generateDigest(contents);
          const old = previous.get(id);
          // Unchanged since the last build: keep its data and rendering.
          if (old?.digest === digest && old.rendered && old.filePath === filePath) return old;
          const rendered = await renderFile({ file, relativePath: filePath, collection: collection as CollectionName, id, contents, options }, setup).catch((error: Error) => {
            throw new Error(`${filePath}: không dựng được Markdown: ${error.message}`);
          });
          // By-products the pages and the citations report pick up instead of redoing them.
          recordPrerendered(rendered.fragments);
          recordPrescan(root, filePath, contents, rendered.occurrences);
          const data = await parseData({ id, data: rendered.data, filePath: file });
          return { id, data, filePath, digest, rendered: { html: rendered.html, metadata: rendered.metadata }, assetImports: rendered.metadata.imagePaths };
        }),
      );
      for (const entry of entries) store.set(entry);
    },
  };
}
