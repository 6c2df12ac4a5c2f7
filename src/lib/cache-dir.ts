/** Astro's cache folder (its content store among it), relative to the project root; the site's config sets it. */
import { pathToFileURL } from 'node:url';

export const CACHE_DIR = './node_modules/.astro/';

/** The cache folder of the project at `root`, as Astro resolves it. */
export function cacheDirOf(root: string): URL {
  return new URL(CACHE_DIR, pathToFileURL(root.endsWith('/') ? root : `${root}/`));
}
