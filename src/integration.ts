/**
 * The site's one Astro integration: every build step, in order, and the data each hands on.
 *
 *  astro:config:setup  reads content/ once (src/content/read.ts; frontmatter unchanged since the
 *                      last build comes parsed from frontmatter-cache.ts), checks it (bad content
 *                      stops the build with file, line, field and fix), and gives Astro the
 *                      Markdown and MDX processors made for its documents and base
 *                      (createProcessors); in a build, the pages read Astro's content store
 *                      from its file (src/content/store-from-file.ts).
 *  astro:server:setup  (`npm run dev`) a document added, renamed or edited gives the MDX
 *                      processor the new documents and recompiles the MDX bodies.
 *  (Astro)             the collections' loader renders every entry and stores its derived data
 *                      (src/loader/); the pages are rendered from Astro's store.
 *  astro:build:done    from Astro's store (src/content/store-file.ts): the short links, the
 *                      search index unless the caller writes it later, and the citations report.
 *
 * `npm run build` (scripts/build.ts) runs Astro with `searchIndex: false` in a child process and
 * writes the index once that process has exited (docs/architecture.md says why).
 */
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citeCongresses } from './citations/congresses.ts';
import { citeDocuments } from './citations/documents.ts';
import { reportFromStore, writeReport } from './citations/report.ts';
import { AFTER_DEV, formatProblems, runRules } from './content/check/index.ts';
import { glossaryAbbreviations } from './content/glossary.ts';
import { frontmatterCacheFile } from './content/frontmatter-cache.ts';
import { readCollection, readContent } from './content/read.ts';
import { singleFileStore, storeFromFilePlugin } from './content/store-from-file.ts';
import { readContentStore, storeFile, storedEntries } from './content/store-file.ts';
import { writeShortLinks } from './lessons/short-links.ts';
import { siteBase } from './lib/site-base.ts';
import { createProcessors, markdownSettingsOf, replaceDocuments, type Processors } from './markdown/processors.ts';
import { synonymsFile, writeSearchIndex } from './search/build/pagefind-index.ts';
import { glossarySynonyms } from './search/build/vocabulary.ts';

export interface SiteIntegrationOptions {
  /** index the built pages with Pagefind in astro:build:done; false when the caller does it afterwards */
  searchIndex?: boolean;
}

export default function soTay({ searchIndex = true }: SiteIntegrationOptions = {}): AstroIntegration {
  let root = '';
  let store = '';
  let base = '/';
  let site: string | undefined;
  let processors: Processors | undefined;
  return {
    name: 'so-tay',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        // Frontmatter parsed by the last build (or the content check beside it) is not parsed again.
        const entries = readContent(fileURLToPath(config.root), { cacheFile: frontmatterCacheFile(config.cacheDir) });
        const problems = runRules(entries);
        if (problems.length > 0) {
          const message = formatProblems(problems, command === 'dev' ? AFTER_DEV : undefined);
          // In dev the editor sees the message and fixes the file; the server keeps running.
          if (command !== 'dev') {
            const error = new Error(message);
            error.name = 'ContentError';
            throw error;
          }
          console.error(message);
        }
        processors = createProcessors({
          documents: citeDocuments(entries),
          congresses: citeCongresses(entries),
          base: siteBase(config.base),
          abbreviations: glossaryAbbreviations(entries),
        });
        updateConfig({
          markdown: { processor: processors.markdown },
          integrations: [mdx({ processor: processors.mdx })],
          // Astro's chunked store is a module of parts, which this plugin does not make.
          ...(command === 'build' && singleFileStore(config.experimental.collectionStorage)
            ? { vite: { plugins: [storeFromFilePlugin(storeFile(config.cacheDir), (m) => logger.info(m))] } }
            : {}),
        });
      },
      // `npm run dev`: a document added, renamed or edited relinks MDX bodies too (Markdown bodies
      // are relinked by the loader, src/loader/markdown-files.ts): the MDX processor gets the new
      // documents and every MDX module of content/ is compiled again.
      'astro:server:setup': ({ server }) => {
        let known = JSON.stringify(processors && markdownSettingsOf(processors.markdown)?.documents);
        server.watcher.on('all', (_event, changed) => {
          if (!processors || !/\/content\/van-ban\/.+\.mdx?$/i.test(changed.split('\\').join('/'))) return;
          const documents = citeDocuments(readCollection(root, 'van-ban'));
          const key = JSON.stringify(documents);
          if (key === known) return;
          known = key;
          replaceDocuments(processors, documents);
          for (const [file, modules] of server.moduleGraph.fileToModulesMap) {
            if (!/\/content\/.+\.mdx$/i.test(file)) continue;
            for (const module of modules) server.moduleGraph.invalidateModule(module);
          }
          server.ws.send({ type: 'full-reload' });
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        store = storeFile(config.cacheDir);
        base = siteBase(config.base);
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const content = readContentStore(store);
        logger.info(`Liên kết ngắn: ${writeShortLinks(outDir, content, { base, site })} trang /l/<id>/`);
        if (searchIndex) {
          const { pages } = await writeSearchIndex(outDir, { synonyms: searchSynonyms(content) });
          logger.info(`Pagefind: đã lập chỉ mục ${pages} trang`);
        } else {
          // The caller indexes after this process: it gets the glossary here rather than
          // reading the whole store again while Pagefind, the build's memory peak, runs.
          writeFileSync(synonymsFile(store), JSON.stringify(searchSynonyms(content)));
          logger.info('Pagefind: chỉ mục được lập sau khi Astro xong việc (scripts/build.ts)');
        }
        logger.info(writeReport(root, reportFromStore(content)));
      },
    },
  };
}

/** The glossary's abbreviations for query rewriting, from Astro's store. */
export function searchSynonyms(content: ReturnType<typeof readContentStore>) {
  return glossarySynonyms(storedEntries<{ term: string; variants: string[]; expansion: string }>(content, 'thuat-ngu').map((e) => e.data));
}
