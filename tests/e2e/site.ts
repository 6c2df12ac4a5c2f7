/** What the browser tests know about the built site: its pages and the entries behind them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join, relative } from 'node:path';
import { entryIdFromPath } from '../../src/content/entry-id.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Every built page as a path under the base ("van-ban/12-nq-tw-2012/"), 404 excluded. */
export function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(full);
    if (name !== 'index.html') return [];
    const path = relative(DIST, dir).split('\\').join('/');
    return [path ? `${path}/` : ''];
  });
}

/** Entry ids of a Markdown collection, read from content/ (not from the build under test). */
export function contentIds(collection: string): string[] {
  return readdirSync(join(ROOT, 'content', collection))
    .filter((f) => /\.(md|mdx)$/.test(f))
    .map(entryIdFromPath);
}

/** Whether a built page is a static redirect (short link /l/<id>/ or a former slug): tested in lesson-links.spec.ts. */
export function isRedirectPage(path: string, dir = DIST): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(join(dir, path, 'index.html'), 'utf8'));
}

/** Every lesson of every set, read from content/bai-hoc/ (not from the build under test). */
export function contentLessons(): { setId: string; id: string; title: string; topics: string[] }[] {
  const dir = join(ROOT, 'content', 'bai-hoc');
  return readdirSync(dir)
    .filter((f) => /\.(md|mdx)$/.test(f))
    .flatMap((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      const data = parseYaml(front) as { lessons: { id: string; title: string; topics?: string[] }[] };
      return data.lessons.map((l) => ({ setId: entryIdFromPath(file), id: l.id, title: l.title, topics: l.topics ?? [] }));
    });
}
