/**
 * Short links /l/<lesson-id>/ in a build: one redirect page per lesson to its set's page and
 * anchor, written straight from Astro's store (src/lessons/redirect-html.ts) rather than
 * rendered as an Astro page each. A knowledge base has one per lesson, thousands of them, and
 * Astro's fixed cost per page made them a visible share of the build (docs/performance.md).
 * `npm run dev` serves the same pages from src/pages/l/[id].astro. Lesson IDs never change
 * (the content checker keeps them unique), so these links survive edits of the wording and
 * reorganized sets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storedEntries, type ContentStore } from '../content/store-file.ts';
import { printableUrl, shortLinkPath } from '../lib/lesson-links.ts';
import { redirectHtml } from './redirect-html.ts';

/** Writes every lesson's short link into `outDir`; returns how many. */
export function writeShortLinks(outDir: string, store: ContentStore, { base, site }: { base: string; site?: string }): number {
  let count = 0;
  // The lesson sets as Astro validated them (the schema requires every lesson's id and title).
  for (const entry of storedEntries<{ lessons: { id: string; title: string }[] }>(store, 'bai-hoc')) {
    for (const lesson of entry.data.lessons) {
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
  return count;
}
