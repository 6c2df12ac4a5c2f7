/**
 * Where Astro's incremental build (experimental.incrementalBuild) keeps its manifest: the pages it
 * may copy from its cache instead of rendering, and with which cacheKey. Astro 7 stores it as
 * `incremental-build.json` in the cache folder, an internal detail; tests/build/incremental.test.ts
 * fails if a build no longer leaves it there.
 *
 * Why scripts/build.ts needs it: Astro writes each page it renders into its cache as it goes, but the
 * manifest only at the end. A build that fails half-way leaves cached pages newer than the manifest
 * that describes them, and a later build whose keys match the old manifest would copy those newer
 * pages. Forgetting the manifest after a failed Astro build makes the next build a full one.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheDirOf } from '../site-config.ts';

export function incrementalManifest(root: string): string {
  return fileURLToPath(new URL('incremental-build.json', cacheDirOf(root)));
}

/** The next build renders every page again. */
export function forgetIncrementalBuild(root: string): void {
  rmSync(incrementalManifest(root), { force: true });
}
