/**
 * Short links /l/<lesson-id>/ in a build: one redirect page per lesson to its set's page and
 * anchor, written straight from the content (src/lessons/redirect-html.ts) rather than rendered
 * as an Astro page each. A knowledge base has one per lesson, thousands of them: at about a
 * millisecond of Astro's fixed cost per page, they took 5 s of a 5,000-page build. `npm run dev` serves the same pages
 * from src/pages/l/[id].astro. Lesson IDs never change (the content checker keeps them
 * unique), so these links survive edits of the wording and reorganized sets.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content/read.ts';
import { printableUrl, shortLinkPath } from './lesson-links.ts';
import { redirectHtml } from './redirect-html.ts';

export default function shortLinks(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;
  return {
    name: 'so-tay:short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let count = 0;
        for (const entry of loadContent(root)) {
          if (entry.collection !== 'bai-hoc') continue;
          const lessons = ((entry.data as { lessons?: { id?: unknown; title?: unknown }[] } | undefined)?.lessons ?? []);
          for (const lesson of lessons) {
            if (typeof lesson.id !== 'string' || typeof lesson.title !== 'string') continue;
            const page = `${base}bai-hoc/${entry.id}/`;
            const html = redirectHtml({
              to: `${page}#${lesson.id}`,
              canonical: printableUrl(page, site),
              label: `bài học “${lesson.title.trim()}”`,
              heading: `Liên kết ngắn tới bài học ${lesson.id}`,
              favicon: `${base}favicon.svg`,
            });
            const target = join(outDir, shortLinkPath('/', lesson.id).slice(1), 'index.html');
            mkdirSync(join(target, '..'), { recursive: true });
            writeFileSync(target, html);
            count++;
          }
        }
        logger.info(`Liên kết ngắn: ${count} trang /l/<id>/`);
      },
    },
  };
}
