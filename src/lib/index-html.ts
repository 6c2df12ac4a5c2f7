/**
 * The site's addresses as files: a directory address ("/van-ban/", "/") names its index.html.
 * A web server does this itself; a copy opened from file:// has no server, so the portable
 * copy writes every link this way (src/release/portable/) and search results are mapped the
 * same way in the browser (src/search/client/load-pagefind.ts).
 */

/** "a/b/" → "a/b/index.html", "" → "index.html"; a file path is returned as it is. */
export function withIndexHtml(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Splits "path?query#fragment" into the path and the rest ("?query#fragment", kept verbatim). */
export function splitSuffix(url: string): [path: string, suffix: string] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}
