/**
 * The small file the build leaves at the root of its output, so that `npm run package`
 * knows which version and which sub-path (SITE_BASE) a dist/ was built for: a copy built
 * for /kb/ only works when served under /kb/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_INFO_FILE = 'so-tay-build.json';

export interface BuildInfo {
  name: string;
  version: string;
  /** The SITE_BASE the pages were built for, normalized: "/" or "/kb/". */
  base: string;
}

/** Reads the build info of an output folder; undefined when the folder was not made by scripts/build.ts. */
export function readBuildInfo(dir: string): BuildInfo | undefined {
  const file = join(dir, BUILD_INFO_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as BuildInfo;
}
