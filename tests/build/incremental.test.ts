/**
 * A rebuild after an edit gives exactly what a cold build of the edited content gives — every
 * page, the backlinks on other pages, the Pagefind index — while rendering only the pages the
 * edit can reach (Astro's incremental build with src/data/cache-keys.ts).
 *
 * The edit is what an editor does between two builds: a word fixed in one lesson's text, and a
 * sentence citing a document added to a lesson set's body, which changes the cited document's
 * page ("Được nhắc đến tại") without touching its file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';
import { compareManifests, hashTree } from '../../src/release/manifest.ts';
import { incrementalManifest } from '../../src/build/incremental-cache.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const LESSON_FILE = join('content', 'bai-hoc', 'dang-bo-khoi-tw-2010-2015.md');
const CITED_PAGE = join('van-ban', '05-ct-tw-2016', 'index.html');

/** Without what Vitest injects into the environment (see determinism.test.ts). */
function shellEnv(): NodeJS.ProcessEnv {
  const injected = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !injected.has(key) && !key.startsWith('VITEST')));
}

function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'so-tay-inc-'));
  copies.push(copy);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  linkNodeModules(ROOT, copy);
  return copy;
}

function build(copy: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env: { ...shellEnv(), SITE_BASE: '/', OUT_DIR: '' } });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

function edit(copy: string): void {
  const file = join(copy, LESSON_FILE);
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace('là vế đầu của bài học', 'là vế thứ nhất của bài học')
    .replace('## Ai rút ra và khi nào\n', '## Ai rút ra và khi nào\n\nBài học này gắn với việc học tập và làm theo Chỉ thị 05-CT/TW.\n');
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}

describe('a rebuild after an edit', () => {
  it('gives every file a cold build of the edited content gives, rendering only what the edit reaches', { timeout: 600_000 }, () => {
    const warm = copyProject();
    build(warm);
    // Where scripts/build.ts looks for Astro's manifest to forget it after a failed build.
    expect(existsSync(incrementalManifest(warm)), 'Astro moved its incremental-build manifest').toBe(true);
    const citedBefore = readFileSync(join(warm, 'dist', CITED_PAGE), 'utf8');
    edit(warm);
    const rebuilt = build(warm);

    const cold = copyProject();
    edit(cold);
    build(cold);

    expect(compareManifests(hashTree(join(cold, 'dist')), hashTree(join(warm, 'dist')))).toEqual({ missing: [], changed: [], extra: [] });
    // The cited document's page changed although its file did not: the new backlink is there.
    const citedAfter = readFileSync(join(warm, 'dist', CITED_PAGE), 'utf8');
    expect(citedAfter).not.toBe(citedBefore);
    expect(citedAfter).toContain('/bai-hoc/dang-bo-khoi-tw-2010-2015/');
    // Most pages were copied from Astro's cache rather than rendered again.
    const copied = rebuilt.match(/\((?:cached|restored)\)/g)?.length ?? 0;
    const rendered = rebuilt.split('\n').filter((l) => l.includes('├─') && !/\((?:cached|restored)\)/.test(l)).length;
    expect(copied).toBeGreaterThan(rendered);
  });
});
