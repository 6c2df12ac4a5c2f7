/**
 * No stale links: Astro caches rendered Markdown between builds, so a page citing a
 * document that did not exist yet must still be relinked once the document is added,
 * and follow it when it is renamed. Runs the real build on a copy of the project, with
 * its own Astro cache (node_modules linked entry by entry, .astro left out).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'so-tay-relink-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
  }
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function build(): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, SITE_BASE: '' } });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  // The build ends by counting the citations it could not link and pointing to the report.
  expect(result.stdout).toMatch(/Trích dẫn văn bản: \d+\/\d+ đã liên kết; \d+ chưa liên kết được .*reports\/citations\.json/);
  return readFileSync(join(copy, 'dist/dai-hoi/dang-bo-khoi-tw-2020-2025/index.html'), 'utf8');
}

// A test-only document (never real content) whose informal name the congress page's body uses.
const DOC = `---
kind: Nghị quyết
issuer: Đại hội đại biểu toàn quốc của Đảng
term: XIII
informalNames:
  - "Nghị quyết Đại hội XIII của Đảng"
sources:
  - tra-cuu-van-ban-cong-khai
---

Văn bản dùng cho kiểm thử.
`;

it('relinks cached pages when a cited document is added, then renamed', { timeout: 600_000 }, () => {
  const citing = /<a href="\/van-ban\/([a-z0-9-]+)\/"[^>]*>Nghị quyết Đại hội XIII của Đảng<\/a>/;
  expect(build()).not.toMatch(citing);

  writeFileSync(join(copy, 'content/van-ban/nq-dai-hoi-xiii.md'), DOC);
  expect(citing.exec(build())?.[1]).toBe('nq-dai-hoi-xiii');
  const backlinks = readFileSync(join(copy, 'dist/van-ban/nq-dai-hoi-xiii/index.html'), 'utf8');
  expect(backlinks).toContain('href="/dai-hoi/dang-bo-khoi-tw-2020-2025/#nam-nhiem-vu"');

  renameSync(join(copy, 'content/van-ban/nq-dai-hoi-xiii.md'), join(copy, 'content/van-ban/nq-dh-xiii.md'));
  expect(citing.exec(build())?.[1]).toBe('nq-dh-xiii');
});
