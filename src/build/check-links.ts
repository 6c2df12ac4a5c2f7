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
 * The same check, for an output whose `laterFolders` are still to be written (the build's page
 * reader ends before Pagefind writes pagefind/): a missing target inside one of them is returned
 * as deferred, for the caller to look for once they are written.
 */
export function checkBuiltLinksWhileWriting(
  outDir: string,
  base: string,
  laterFolders: readonly string[],
): { broken: BrokenLink[]; deferred: BrokenLink[] } {
  const checker = linkChecker(outDir, base, laterFolders);
  for (const file of htmlFiles(outDir)) checker.addPage(file, readFileSync(file, 'utf8'));
  return checker.result();
}

/**
 * The check one page at a time, for a reader that reads pages while Astro is still writing
 * others (src/build/read-pages.ts): `addPage` reads a page's links; a target that is not there
 * yet, and every anchor on another page, is looked up in `result()`, once every page is written.
 * Pages are never removed while the site is built, so a target found once stays found.
 */
export function linkChecker(outDir: string, base: string, laterFolders: readonly string[]) {
  const later = laterFolders.map((f) => join(outDir, f) + sep);
  // Pages link to the same few hundred targets thousands of times: each target is looked for
  // once while pages are read, and once more at the end if it was not there yet (pages read
  // while Astro writes link to many pages it has not written).
  const found = new Set<string>();
  const unseen = new Set<string>();
  const exists = (target: string) => {
    if (found.has(target)) return true;
    if (!existsSync(target)) return false;
    found.add(target);
    return true;
  };
  const existsYet = (target: string) => {
    if (found.has(target)) return true;
    if (unseen.has(target)) return false;
    if (exists(target)) return true;
    unseen.add(target);
    return false;
  };
  // Each link text kept once, as a fresh copy: a string cut from a page keeps the whole page alive in V8.
  const texts = new Map<string, string>();
  const own = (s: string) => {
    let kept = texts.get(s);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(s)) as string;
      texts.set(kept, kept);
    }
    return kept;
  };
  const broken: BrokenLink[] = [];
  /** links whose target was not there when their page was read */
  const missing: BrokenLink[] = [];
  /** links to an anchor on another page, by that page's file: each file is read once, at the end */
  const anchors = new Map<string, { page: string; link: string; fragment: string }[]>();
  const anchorTo = (target: string, page: string, link: string, fragment: string) => {
    const list = anchors.get(target);
    const anchor = { page, link: own(link), fragment: own(fragment) };
    if (list) list.push(anchor);
    else anchors.set(target, [anchor]);
  };
  const noAnchor = (fragment: string) => `trỏ tới neo #${own(fragment)} không có trên trang đích`;
  return {
    addPage(file: string, source: string): void {
      const page = `/${relative(outDir, file).split('\\').join('/')}`;
      found.add(file);
      // Script bodies hold templates (Pagefind's result template) whose hrefs are placeholders.
      const html = source.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      let ownIds: Set<string> | undefined;
      for (const match of html.matchAll(ATTR)) {
        const link = decode(match[1] ?? '');
        if (!link || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // external or mailto:, data:, …
        const [pathAndQuery = '', fragment] = link.split('#', 2);
        const path = pathAndQuery.split('?')[0] ?? '';
        let target = file;
        if (path) {
          if (!path.startsWith('/')) {
            broken.push({ page, link: own(link), reason: 'là liên kết tương đối (hãy dùng đường dẫn có base)' });
            continue;
          }
          if (!path.startsWith(base)) {
            broken.push({ page, link: own(link), reason: `nằm ngoài đường dẫn gốc ${base}` });
            continue;
          }
          const inside = decodeURIComponent(path.slice(base.length));
          const candidate = join(outDir, inside);
          target = inside === '' || inside.endsWith('/') ? join(candidate, 'index.html') : candidate;
          if (!existsYet(target)) {
            missing.push({ page, link: own(link), reason: 'không tồn tại', target });
            continue;
          }
        }
        if (!fragment || !target.endsWith('.html')) continue;
        if (target === file) {
          ownIds ??= idsIn(source);
          if (!ownIds.has(decodeURIComponent(fragment))) broken.push({ page, link: own(link), reason: noAnchor(fragment) });
        } else anchorTo(target, page, link, fragment);
      }
    },
    /** The broken links and the deferred ones (targets in `laterFolders`), each list by page and link. */
    result(): { broken: BrokenLink[]; deferred: BrokenLink[] } {
      const all = [...broken];
      const deferred: BrokenLink[] = [];
      for (const problem of missing) {
        const target = problem.target!;
        if (exists(target)) {
          const fragment = problem.link.split('#', 2)[1];
          if (fragment && target.endsWith('.html')) anchorTo(target, problem.page, problem.link, fragment);
        } else (later.some((folder) => target.startsWith(folder)) ? deferred : all).push(problem);
      }
      for (const [target, list] of anchors) {
        const ids = idsIn(readFileSync(target, 'utf8'));
        for (const { page, link, fragment } of list) if (!ids.has(decodeURIComponent(fragment))) all.push({ page, link, reason: noAnchor(fragment) });
      }
      const byPageAndLink = (a: BrokenLink, b: BrokenLink) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.link < b.link ? -1 : a.link > b.link ? 1 : 0);
      return { broken: all.sort(byPageAndLink), deferred: deferred.sort(byPageAndLink) };
    },
  };
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? '')));
}
