/** Every built HTML page under a folder, in a stable order, without Pagefind's bundle. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  // Entry types from the listing itself: the page reader lists the output every half second while Astro writes it.
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
}
