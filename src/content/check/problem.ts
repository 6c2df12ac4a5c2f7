/**
 * One thing wrong with the content, phrased for the editor who must fix it:
 * where (file, line), which field, what was expected, what was found, and how to fix it.
 */
export interface ContentProblem {
  /** path relative to the project root, with forward slashes */
  file: string;
  line?: number;
  /** 1-based column, when known */
  column?: number;
  /** dotted path of the field, e.g. "lessons[2].id" */
  field: string;
  expected: string;
  found: string;
  fix: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return [
    // "(frontmatter)", "(nội dung MDX)", "(tên tệp)": a part of the file, not a field.
    problem.field.startsWith('(') ? `${where}  ${problem.field}` : `${where}  trường "${problem.field}"`,
    `    cần: ${problem.expected}`,
    `    thấy: ${problem.found}`,
    `    sửa: ${problem.fix}`,
  ].join('\n');
}

/** What happens because of the problems, after "Nội dung có N lỗi; " (a build's words by default). */
export const AFTER_BUILD = 'trang web không được dựng lại (bản dựng cũ trong dist/ được giữ nguyên)';
export const AFTER_DEV = 'trang đang xem giữ bản trước cho đến khi sửa xong';

export function formatProblems(problems: readonly ContentProblem[], consequence = AFTER_BUILD): string {
  const header = `Nội dung có ${problems.length} lỗi; ${consequence}:`;
  return [header, ...problems.map(formatProblem)].join('\n\n');
}
