/**
 * An MDX entry renders through its own processor (src/markdown/processors.ts: remark-parse +
 * remark-mdx, not the Sätteri parser Markdown uses) with the same remark/rehype plugins:
 * its JSX runs, its citations link, its headings get ASCII ids.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'so-tay-mdx-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('an MDX entry', () => {
  it('renders its JSX and runs the citation and heading-id plugins', { timeout: 180_000 }, () => {
    for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, item), join(copy, item), { recursive: true });
    }
    linkNodeModules(ROOT, copy);
    const md = join(copy, 'content', 'chu-de', 'dan-van.md');
    const front = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(md, 'utf8'))![0];
    rmSync(md);
    writeFileSync(
      join(copy, 'content', 'chu-de', 'dan-van.mdx'),
      `${front}\n## Dân vận chính quyền\n\nTheo Chỉ thị số 05-CT/TW, tổng là {40 + 2}.\n`,
    );
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, SITE_BASE: '' } });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const html = readFileSync(join(copy, 'dist', 'chu-de', 'dan-van', 'index.html'), 'utf8');
    expect(html).toContain('tổng là 42.');
    expect(html).toMatch(/<a href="\/van-ban\/05-ct-tw-2016\/"[^>]*>Chỉ thị số 05-CT\/TW<\/a>/);
    expect(html).toContain('<h2 id="dan-van-chinh-quyen">Dân vận chính quyền');
  });
});
