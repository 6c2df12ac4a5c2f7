/**
 * `npm run check:content` — checks every content file and prints each problem with
 * file, line, field, what was expected, what was found and how to fix it.
 * Exit code 1 when there is any problem. The build runs the same check first.
 */
import { checkContent, formatProblems } from '../src/content/check/index.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi.');
