/**
 * Post-build internal link checker: every href/src on every page that points inside
 * the site must resolve to a built file, and every #fragment to an id on that page.
 * Each problem names the page that holds the broken link and the link itself;
 * link-sources.ts then points at the content file (and line) the page was built from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from '../search/build/html-files.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

export interface BrokenLink {
  /** the built page, from the output folder: "/van-ban/x/index.html" */
  page: string;
  /** the link as the page has it */
  link: string;
  /** what is wrong, in Vietnamese */
  reason: string;
  /** the built file the link should reach, when it is a missing file */
  target?: string;
}

export function describeBrokenLink(b: BrokenLink): string {
  return `${b.page}: "${b.link}" ${b.reason}`;
}

/** Returns the broken links; an empty list means every internal link works. */
export function checkBuiltLinks(outDir: string, base: string): BrokenLink[] {
  const { broken, deferred } = checkBuiltLinksWhileWriting(outDir, base, []);
  return [...broken, ...deferred];
}

/**
 * The same check, run while other folders of the output are still being written (the build
 * runs it during Pagefind's indexing, see scripts/build.ts): a missing target inside one of
 * `laterFolders` is returned as deferred, for the caller to look for once they are written.
 */
export function checkBuiltLinksWhileWriting(
  outDir: string,
  base: string,
  laterFolders: readonly string[],
  /** given each page's HTML as it is read, for other work on the same pages (src/build/read-pages.ts) */
  onPage?: (html: string) => void,
): { broken: BrokenLink[]; deferred: BrokenLink[] } {
  const later = laterFolders.map((f) => join(outDir, f) + sep);
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
  const broken: BrokenLink[] = [];
  const deferred: BrokenLink[] = [];
  for (const file of files) {
    const page = `/${relative(outDir, file).split('\\').join('/')}`;
    const source = readFileSync(file, 'utf8');
    onPage?.(source);
    // Script bodies hold templates (Pagefind's result template) whose hrefs are placeholders.
    const html = source.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    for (const match of html.matchAll(ATTR)) {
      const link = decode(match[1] ?? '');
      if (!link || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // external or mailto:, data:, …
      const [pathAndQuery = '', fragment] = link.split('#', 2);
      const path = pathAndQuery.split('?')[0] ?? '';
      let target = file;
      if (path) {
        if (!path.startsWith('/')) {
          broken.push({ page, link, reason: 'là liên kết tương đối (hãy dùng đường dẫn có base)' });
          continue;
        }
        if (!path.startsWith(base)) {
          broken.push({ page, link, reason: `nằm ngoài đường dẫn gốc ${base}` });
          continue;
        }
        const inside = decodeURIComponent(path.slice(base.length));
        const candidate = join(outDir, inside);
        target = inside === '' || inside.endsWith('/') ? join(candidate, 'index.html') : candidate;
        if (!exists(target)) {
          const problem: BrokenLink = { page, link, reason: 'không tồn tại', target };
          (later.some((folder) => target.startsWith(folder)) ? deferred : broken).push(problem);
          continue;
        }
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, link, reason: `trỏ tới neo #${fragment} không có trên trang đích` });
      }
    }
  }
  return { broken, deferred };
}
