/**
 * The print rule for links inside the site when the site's absolute address (SITE_URL) is known:
 * each prints as that address, so a reader of the paper can type it. Without SITE_URL an
 * internal path printed on paper helps nobody, so nothing is printed (src/styles/print.css).
 */
export function printLinkStyle(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const origin = new URL(site).origin;
  // A CSS string: the origin is a URL origin (scheme, host, port), which holds no quote or backslash.
  return `@media print { main a[href^="/"]::after { content: " <${origin}" attr(href) ">"; font-size: 0.85em; color: #444; word-break: break-all; } }`;
}
