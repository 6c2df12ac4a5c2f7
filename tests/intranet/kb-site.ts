/** The /kb/ build the intranet tests serve: SITE_BASE=/kb/ OUT_DIR=dist-kb npm run build. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const KB_DIST = join(ROOT, 'dist-kb');
export const NGINX_CONF = join(ROOT, 'deploy', 'nginx', 'so-tay.conf');

/** Every built page as a path under /kb/ ("van-ban/12-nq-tw-2012/"), 404 excluded. */
export function kbPages(dir = KB_DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return entry.name === 'pagefind' || entry.name === '_astro' ? [] : kbPages(join(dir, entry.name), `${prefix}${entry.name}/`);
    }
    return entry.name === 'index.html' ? [prefix] : [];
  });
}
