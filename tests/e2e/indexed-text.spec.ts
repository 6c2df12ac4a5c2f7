/**
 * The text Pagefind indexed reads as the page reads: no label runs into its value
 * ("Số hiệu05-CT/TW", "độ tin cậy: trung bìnhTên thường gọi"), which would show in excerpts
 * and index the glued run as a word ("hieu05" finding Chỉ thị 05).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './site.ts';
import { fragments, gluedRuns } from './indexed-text.ts';

test('no indexed page glues words across an element boundary', () => {
  const all = fragments(DIST);
  expect(all.length).toBeGreaterThan(30);
  const glued = all.flatMap(({ url, content }) => gluedRuns(readFileSync(join(DIST, url, 'index.html'), 'utf8'), content).map((run) => `${url}: ${run}`));
  expect(glued).toEqual([]);
});

test('a metadata label and its value are separate words in the index', () => {
  const page = fragments(DIST).find((f) => f.url === '/van-ban/05-ct-tw-2016/');
  expect(page?.content).toContain('Số hiệu 05-CT/TW');
});
