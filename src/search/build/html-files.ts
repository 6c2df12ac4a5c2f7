/** Every built HTML page under a folder, in a stable order, without Pagefind's bundle. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
      return name.endsWith('.html') ? [full] : [];
    });
}
