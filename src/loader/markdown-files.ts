/**
 * The content collections' loader for the Markdown collections: for every .md and .mdx file
 * of a collection folder (src/content/read.ts lists them), it stores what Astro's glob()
 * would store — the id from the file name, the data validated by the collection's schema,
 * the body rendered with the site's processor, the digest that lets an unchanged file keep
 * its rendering between builds — plus the data derived from each file (render-entry.ts):
 * lesson texts rendered and citations found, in `rendered.metadata`, for the pages, short
 * links and the citations report to read from Astro's store.
 *
 * In a build, files are rendered on worker threads (render-pool.ts); in `npm run dev` on the
 * main thread, and the collection is loaded again when one of its files changes, or when a
 * document (content/van-ban/) is added, renamed, removed or edited: the documents citations link
 * to are then read again from content/van-ban/, so every page relinks without a restart. The
 * documents are part of each entry's digest, so an entry is rendered again exactly when its
 * text or the documents it could cite have changed.
 * MDX bodies are compiled by Astro as modules (`deferredRender`), as glob() does.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import { markdownSettingsOf } from '../markdown/processors.ts';
import { entryFiles, readCollection, readSource } from '../content/read.ts';
import { citeDocuments } from '../citations/documents.ts';
import { AFTER_DEV, checkContent, formatProblems } from '../content/check/index.ts';
import type { CollectionName } from '../content/schemas.ts';
import { createEntryRenderer, type EntrySource, type RenderedEntry } from './render-entry.ts';
import type { createRenderPool } from './render-pool.ts';
import type { WorkerSetup } from './render-worker.ts';

interface Options {
  collection: Exclude<CollectionName, 'thuat-ngu'>;
  /** the worker pool shared by every collection's loader (content.config.ts) */
  pool: ReturnType<typeof createRenderPool>;
}

function setupOf(context: LoaderContext): WorkerSetup {
  const settings = markdownSettingsOf(context.config.markdown.processor);
  if (!settings) throw new Error('markdown.processor không phải bộ xử lý của Sổ tay: cấu hình Astro phải dùng tích hợp src/integration.ts');
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = context.config.markdown;
  const options = { image: context.config.image, syntaxHighlight, shikiConfig, gfm, smartypants } as AstroMarkdownOptions;
  return { settings, options };
}

/** Options a worker can receive: no functions (e.g. a Shiki transformer). */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

async function loadCollection(context: LoaderContext, { collection, pool }: Options): Promise<void> {
  const { store, config, parseData, generateDigest } = context;
  const root = fileURLToPath(config.root);
  const configured = setupOf(context);
  // In dev the documents are those of content/van-ban/ now, not those the server started with.
  const setup = context.watcher
    ? { ...configured, settings: { ...configured.settings, documents: citeDocuments(readCollection(root, 'van-ban')) } }
    : configured;
  const documentsDigest = generateDigest(JSON.stringify(setup.settings.documents));
  const onThreads = !context.watcher && cloneable(setup.options);
  const here = onThreads ? undefined : createEntryRenderer(setup.settings, setup.options);
  const render = (source: EntrySource): Promise<RenderedEntry> => (here ? here(source) : pool.render(source, setup));
  const previous = new Map(store.entries());
  const seen = new Map<string, string>();
  // Rendered in parallel, stored in file order: collection order (and so the output) must
  // not depend on which worker finished first.
  const entries = await Promise.all(
    entryFiles(root, collection).map(async ({ id, file, path }) => {
      const other = seen.get(id);
      if (other) throw new Error(`${file}: trùng đường dẫn "${id}" với ${other} trong ${collection}; đổi tên một trong hai tệp`);
      seen.set(id, file);
      const contents = readSource({ path });
      const digest = generateDigest(`${contents}\0${documentsDigest}`);
      const old = previous.get(id);
      // Unchanged since the last build: keep its data and rendering (an MDX module is still imported).
      if (old?.digest === digest && old.rendered && old.filePath === file) {
        if (old.deferredRender) context.store.addModuleImport(file);
        return old;
      }
      const rendered = await render({ collection, id, path, file, contents }).catch((error: Error) => {
        throw new Error(`${file}: không dựng được Markdown: ${error.message}`);
      });
      const data = await parseData({ id, data: rendered.data, filePath: path });
      if (rendered.html === undefined) {
        // MDX: Astro compiles the body as a module; the derived data still travels with the entry.
        return { id, data, filePath: file, digest, deferredRender: true, rendered: { html: '', metadata: rendered.metadata } };
      }
      return { id, data, filePath: file, digest, rendered: { html: rendered.html, metadata: rendered.metadata }, assetImports: rendered.metadata.imagePaths };
    }),
  );
  // Astro saves its whole store 500 ms after the last change, serialising it on the main thread,
  // and meanwhile the render threads wait for their next tasks: each collection's entries are
  // stored once every collection's rendering is over, so that the store is serialised once, at
  // the end of the sync, rather than also while other collections render (docs/performance.md).
  if (onThreads) await pool.settled();
  const kept = new Set(entries.map((e) => e.id));
  for (const id of previous.keys()) if (!kept.has(id)) store.delete(id);
  for (const entry of entries) store.set(entry);
}

export function markdownFiles(options: Options): Loader {
  return {
    name: 'so-tay-markdown-files',
    load: async (context) => {
      await loadCollection(context, options);
      const { watcher } = context;
      if (!watcher) return;
      // `npm run dev`: a change under the collection's folder, or under the documents' (whose
      // citations any page may hold), loads the collection again.
      const dir = fileURLToPath(new URL(`content/${options.collection}/`, context.config.root));
      const documents = fileURLToPath(new URL('content/van-ban/', context.config.root));
      let reloading = Promise.resolve();
      watcher.on('all', (_event, changed) => {
        if (!(changed.startsWith(dir) || changed.startsWith(documents)) || !/\.mdx?$/i.test(changed)) return;
        if (changed.startsWith(dir)) {
          // The editor's message (Vietnamese, path:line:column, fix), not Astro's English; the
          // collection keeps its last good entries until the file is fixed.
          const root = fileURLToPath(context.config.root);
          const problems = checkContent(root).filter((p) => p.file.startsWith(`content/${options.collection}/`));
          if (problems.length > 0) {
            context.logger.error(`\n${formatProblems(problems, AFTER_DEV)}`);
            return;
          }
        }
        reloading = reloading.then(() => loadCollection(context, options)).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
