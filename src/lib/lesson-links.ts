/**
 * Pure builders for the links trainers hand out: short links /l/<lesson-id>/ and their absolute
 * form. They take the base path and site address as arguments (rather than reading Astro's
 * environment) so the unit tests can try every base; src/data/urls.ts binds them to the build's.
 */

/** "/kb/" + "ld-2020-1" → "/kb/l/ld-2020-1/" */
export function shortLinkPath(base: string, lessonId: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}l/${encodeURIComponent(lessonId)}/`;
}

/**
 * The address to print or encode in a QR code: absolute when the site's address is known
 * (SITE_URL), else the base-relative path, since a build cannot guess the host it will be served from.
 */
export function printableUrl(path: string, site: string | undefined): string {
  if (!site) return path;
  const origin = new URL(site).origin;
  return new URL(path, origin).href;
}
