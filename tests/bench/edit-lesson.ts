/**
 * The edit a warm rebuild is measured after: an editor fixes one word in one lesson set of the
 * generated corpus, as a typo fix would, and builds again in the same folder (Astro's cache and
 * the previous output kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';

/** Changes one word of the first lesson set's body under `contentDir`; returns the file it edited. */
export function editOneLesson(corpus: Corpus, contentDir: string): string {
  const path = [...corpus.files.keys()].filter((p) => p.startsWith('bai-hoc/')).sort()[0];
  if (!path) throw new Error('kho tổng hợp không có bài học nào để sửa');
  const file = join(contentDir, path);
  const text = readFileSync(file, 'utf8');
  const bodyAt = text.indexOf('\n---', 3) + 4;
  // A word of the body, not of the frontmatter: the page's title and links stay as they were.
  const edited = `${text.slice(0, bodyAt)}${text.slice(bodyAt).replace('. ', ', đã rà soát lại. ')}`;
  if (edited === text) throw new Error(`${path}: không tìm thấy chữ để sửa`);
  writeFileSync(file, edited);
  return path;
}
