/**
 * Maps a broken link found in the built pages back to what an editor can fix: the content
 * file the page was built from and, when the link is written there, its line. Links a
 * template makes (not written in any content file) keep only the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../content/schemas.ts';
import { storedEntries, type ContentStore } from '../content/store-file.ts';
import { describeBrokenLink, type BrokenLink } from './check-links.ts';

/** "content/van-ban/x.md:12  /van-ban/x/index.html: "/van-ban/y/" không tồn tại" */
export function locateBrokenLinks(root: string, store: ContentStore, base: string, broken: readonly BrokenLink[]): string[] {
  const sources = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const entry of storedEntries(store, collection)) if (entry.filePath) sources.set(`/${collection}/${entry.id}/index.html`, entry.filePath);
  }
  return broken.map((b) => {
    const file = sources.get(b.page);
    if (!file) return describeBrokenLink(b);
    const text = readFileSync(join(root, file), 'utf8');
    // As written in Markdown: the whole link, or without the site base the build added.
    const written = [b.link, b.link.startsWith(base) ? `/${b.link.slice(base.length)}` : null].filter((x): x is string => !!x);
    const at = written.map((w) => text.indexOf(w)).find((i) => i >= 0);
    const where = at === undefined ? file : `${file}:${text.slice(0, at).split('\n').length}`;
    return `${where}  ${describeBrokenLink(b)} — sửa liên kết trong tệp này`;
  });
}
