/**
 * A link of the built site made to work from file://: a site path ("/van-ban/x/#y", under the
 * build's base) becomes the path of the file it names, relative to the page that links it
 * ("../../van-ban/x/index.html#y"). A directory link names its index.html, since there is no
 * server to do it; "?query" and "#fragment" are kept verbatim. Anything else (another site,
 * "mailto:", "#top", "?q=") is returned unchanged.
 */
import { posix } from 'node:path';
import { splitSuffix, withIndexHtml } from '../../lib/index-html.ts';

export interface LinkContext {
  /** the linking file, relative to the site root: "van-ban/x/index.html" */
  from: string;
  /** the build's base: "/" or "/kb/" */
  base: string;
  /** whether the site has this file (root-relative, decoded), to tell "/a/b" the folder from a file */
  has: (file: string) => boolean;
}

export function relativeUrl(url: string, { from, base, has }: LinkContext): string {
  const [path, suffix] = splitSuffix(url);
  if (!path.startsWith(base) || path.startsWith('//')) return url;
  let target = withIndexHtml(path.slice(base.length));
  const decoded = safeDecode(target);
  if (!has(decoded) && has(`${decoded}/index.html`)) target += '/index.html';
  const relative = posix.relative(posix.dirname(`/${from}`), `/${target}`);
  return relative + suffix;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The site root seen from `from`: "./" at the root, "../../" two folders down. */
export function rootFrom(from: string): string {
  const depth = from.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}
