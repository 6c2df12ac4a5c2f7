/** What the browser tests know about the built site: its pages and the entries behind them. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryIdFromPath } from '../../src/lib/entry-id.ts';

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
