/**
 * `node src/build/check-process.ts`, forked by scripts/build.ts in the project folder: checks
 * content/ (src/content/check/) while Astro starts in its own process, and sends back how many
 * problems there are and the editor's message for them.
 *
 * A process rather than a call in the build script: reading every file of a large content/ takes
 * hundreds of MB that the build script would keep while Astro and then Pagefind run, the two
 * memory peaks of a build (docs/performance.md); a process gives them back when it ends.
 */
import { checkContent, formatProblems } from '../content/check/index.ts';
import { frontmatterCacheFile } from '../content/frontmatter-cache.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';

export interface CheckResult {
  problems: number;
  /** formatProblems() of the problems, empty when there are none */
  message: string;
}

const send = process.send?.bind(process);
if (!send) throw new Error('usage: forked by scripts/build.ts');
const problems = checkContent(process.cwd(), { cacheFile: frontmatterCacheFile(cacheDirOf(process.cwd())) });
const result: CheckResult = { problems: problems.length, message: problems.length ? formatProblems(problems) : '' };
send(result, undefined, {}, () => process.disconnect?.());
