/**
 * Post-build internal link checker: every href/src on every page that points inside
 * the site must resolve to a built file, and every #fragment to an id on that page.
 * Problems name the page that holds the broken link and the link itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../src/lib/html-files.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Returns human-readable problems; an empty list means every internal link works. */
export function checkBuiltLinks(outDir: string, base: string): string[] {
  const files = htmlFiles(outDir);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1] ?? '')));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  // Pages link to the same few hundred targets thousands of times: stat each once.
  const known = new Map<string, boolean>();
  const exists = (target: string) => {
    let found = known.get(target);
    if (found === undefined) {
      found = existsSync(target);
      known.set(target, found);
    }
    return found;
  };
  const problems: string[] = [];
  for (const file of files) {
    const page = `/${relative(outDir, file).split('\\').join('/')}`;
    // Script bodies hold templates (Pagefind's result template) whose hrefs are placeholders.
    const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    for (const match of html.matchAll(ATTR)) {
      const raw = decode(match[1] ?? '');
      if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external or mailto:, data:, …
      const [pathAndQuery = '', fragment] = raw.split('#', 2);
      const path = pathAndQuery.split('?')[0] ?? '';
      let target = file;
      if (path) {
        if (!path.startsWith('/')) {
          problems.push(`${page}: liên kết tương đối "${raw}" (hãy dùng đường dẫn có base)`);
          continue;
        }
        if (!path.startsWith(base)) {
          problems.push(`${page}: "${raw}" nằm ngoài đường dẫn gốc ${base}`);
          continue;
        }
        const inside = decodeURIComponent(path.slice(base.length));
        const candidate = join(outDir, inside);
        target = inside === '' || inside.endsWith('/') ? join(candidate, 'index.html') : candidate;
        if (!exists(target)) {
          problems.push(`${page}: "${raw}" không tồn tại`);
          continue;
        }
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${page}: "${raw}" trỏ tới neo #${fragment} không có trên trang đích`);
      }
    }
  }
  return problems;
}
