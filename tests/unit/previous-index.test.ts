/**
 * Reusing the last good output's Pagefind files (src/search/build/previous-index.ts), checked
 * against what the installed Pagefind really writes: an index written over the previous one's
 * files and pruned is, file for file, the index written from scratch; and the two things the
 * reuse leans on — Pagefind leaves a hashed file it finds in place, and its meta file names every
 * hashed file — still hold. An upgrade of Pagefind that changes either fails here.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareManifests, hashTree } from '../../src/release/manifest.ts';
import { namedHashes, pruneIndex, seedIndex } from '../../src/search/build/previous-index.ts';

let work = '';
const PAGES: Record<string, string> = {
  a: 'Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  b: 'Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng',
  c: 'Bài học về công tác dân vận của chi bộ cơ sở',
};

function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<html lang="vi"><body><main data-pagefind-body><h1>${path}</h1><p data-pagefind-filter="Loại">Văn bản</p><p>${text}</p></main></body></html>`);
  }
}

async function indexSite(site: string, bundle: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: bundle });
  await pagefind.close();
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'so-tay-prev-index-'));
  writeSite(join(work, 'before'), PAGES);
  await indexSite(join(work, 'before'), join(work, 'previous'));
  writeSite(join(work, 'after'), { ...PAGES, c: `${PAGES.c}, sửa một chữ` });
  await indexSite(join(work, 'after'), join(work, 'cold'));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the previous build's index files, reused", () => {
  it('give, once pruned, exactly the files an index from scratch gives', async () => {
    const bundle = join(work, 'reused');
    const seeded = seedIndex(join(work, 'previous'), bundle);
    expect(seeded).toBeGreaterThan(0);
    await indexSite(join(work, 'after'), bundle);
    // The edited page's old fragment and the word chunks it changed are left over until pruned.
    expect(pruneIndex(bundle)).toBeGreaterThan(0);
    expect(compareManifests(hashTree(join(work, 'cold')), hashTree(bundle))).toEqual({ missing: [], changed: [], extra: [] });
  });

  it('are left in place by Pagefind, which is where the time is saved', async () => {
    const bundle = join(work, 'kept');
    seedIndex(join(work, 'cold'), bundle);
    const fragment = join(bundle, 'fragment', readdirSync(join(bundle, 'fragment'))[0]!);
    writeFileSync(fragment, 'not rewritten');
    await indexSite(join(work, 'after'), bundle);
    expect(readFileSync(fragment, 'utf8')).toBe('not rewritten');
  });

  it('are each named by the meta file, so pruning keeps every file the index needs', () => {
    const named = namedHashes(join(work, 'cold'));
    const hashed = files(join(work, 'cold')).filter((f) => /\.pf_(fragment|index|filter|meta)$/.test(f));
    expect(hashed.length).toBeGreaterThan(3);
    for (const file of hashed) expect(named, file).toContain(file.split('/').at(-1)!.replace(/^pagefind\./, '').replace(/\.pf_\w+$/, ''));
  });

  it('are not taken from a folder that holds no Pagefind bundle', () => {
    expect(seedIndex(join(work, 'missing'), join(work, 'none'))).toBe(0);
  });
});
