/**
 * Frontmatter parsed by one build is given to the next from a cache (src/content/frontmatter-cache.ts).
 * What an editor and the site see must not change: the same values, the same problems at the
 * same lines and columns, an edit seen at once, and a cache that is damaged or from another
 * version of the YAML library ignored.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/index.ts';
import { readContent, type RawEntry } from '../../src/content/read.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfContent(): { root: string; cacheFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'));
  dirs.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return { root, cacheFile: join(root, 'cache', 'frontmatter.bin') };
}

/** What a reader of the entries sees: values, and where each top-level field and a missing one are. */
function seen(entries: RawEntry[]) {
  return entries.map((e) => ({
    file: e.file,
    id: e.id,
    data: e.data,
    yamlError: e.yamlError,
    positions: [...Object.keys((e.data as object | undefined) ?? {}), 'khong-co-truong-nay'].map((k) => [k, e.positionOf([k]), e.lineOf([k])]),
  }));
}

describe('frontmatter parsed once, read again from the cache', () => {
  it('gives what a fresh read gives, values and positions', () => {
    const { root, cacheFile } = copyOfContent();
    const fresh = seen(readContent(root));
    expect(seen(readContent(root, { cacheFile }))).toEqual(fresh);
    expect(existsSync(cacheFile)).toBe(true);
    // The second read takes every frontmatter from the cache.
    expect(seen(readContent(root, { cacheFile }))).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(50);
  });

  it('locates a problem in an entry read from the cache where a fresh read does', () => {
    const { root, cacheFile } = copyOfContent();
    readContent(root, { cacheFile });
    // 01-kl-tw-2021 implements 05-ct-tw-2016: removing the target breaks the reference, in a
    // frontmatter that did not change and so comes from the cache.
    rmSync(join(root, 'content', 'van-ban', '05-ct-tw-2016.md'));
    const problems = checkContent(root, { cacheFile });
    expect(problems.some((p) => p.file === 'content/van-ban/01-kl-tw-2021.md' && p.field.startsWith('implements') && p.line === 12)).toBe(true);
    expect(problems).toEqual(checkContent(root));
  });

  it('sees an edit at once', () => {
    const { root, cacheFile } = copyOfContent();
    readContent(root, { cacheFile });
    const file = join(root, 'content', 'van-ban', '01-kl-tw-2021.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^subject: .*$/m, 'subject: Chủ đề đã sửa'));
    const entry = readContent(root, { cacheFile }).find((e) => e.file === 'content/van-ban/01-kl-tw-2021.md')!;
    expect((entry.data as { subject: string }).subject).toBe('Chủ đề đã sửa');
    expect(seen(readContent(root, { cacheFile }))).toEqual(seen(readContent(root)));
  });

  it('ignores a damaged cache, or one written for another version of the YAML library', () => {
    const { root, cacheFile } = copyOfContent();
    const fresh = seen(readContent(root));
    readContent(root, { cacheFile });
    const stored = deserialize(readFileSync(cacheFile)) as { version: string; entries: Map<string, unknown> };
    // Same keys, wrong values, another version: were it read, every title would be wrong.
    const wrong = new Map([...stored.entries.keys()].map((k) => [k, { title: 'sai' }]));
    // Under its own version the same file is read: the cache is what the second read used.
    writeFileSync(cacheFile, serialize({ version: stored.version, entries: wrong }));
    expect(readContent(root, { cacheFile }).filter((e) => e.collection !== 'thuat-ngu').every((e) => (e.data as { title?: string }).title === 'sai')).toBe(true);
    writeFileSync(cacheFile, serialize({ version: `${stored.version}-khac`, entries: wrong }));
    expect(seen(readContent(root, { cacheFile }))).toEqual(fresh);
    writeFileSync(cacheFile, 'không phải bộ nhớ đệm');
    expect(seen(readContent(root, { cacheFile }))).toEqual(fresh);
  });
});
