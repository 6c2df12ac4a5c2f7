/** Every built HTML page under a folder, in a stable order, without Pagefind's bundle. */
import { readdirSync, statSync } from 'node:fs';
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

/**
 * The same pages, for a caller that lists a folder again and again while it is written (the
 * build's page reader, every half second): a folder whose modification time has not changed
 * since it was last listed is not read again (adding or removing an entry changes it), which
 * makes a listing of 10,000 pages several times cheaper. In no particular order.
 */
export function htmlFileLister(dir: string): () => string[] {
  const listed = new Map<string, { mtime: number; files: string[]; dirs: string[] }>();
  const walk = (folder: string, out: string[]) => {
    // Read before the listing: an entry added meanwhile changes the time again, and is listed next time.
    const mtime = statSync(folder).mtimeMs;
    let known = listed.get(folder);
    if (!known || known.mtime !== mtime) {
      known = { mtime, files: [], dirs: [] };
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'pagefind') known.dirs.push(full);
        } else if (entry.name.endsWith('.html')) known.files.push(full);
      }
      listed.set(folder, known);
    }
    out.push(...known.files);
    for (const sub of known.dirs) walk(sub, out);
  };
  return () => {
    const out: string[] = [];
    walk(dir, out);
    return out;
  };
}
