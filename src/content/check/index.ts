import { readContent } from '../read.ts';
import { runRules } from './rules.ts';
import type { ContentProblem } from './problem.ts';

export { AFTER_BUILD, AFTER_DEV, formatProblem, formatProblems, type ContentProblem } from './problem.ts';
export { runRules };

/**
 * Checks every content file under `root/content`; an empty array means the content is sound.
 * `cacheFile`: frontmatter parsed before is taken from there (readContent).
 */
export function checkContent(root: string, options: { cacheFile?: string } = {}): ContentProblem[] {
  return runRules(readContent(root, options));
}
