/**
 * The real build (scripts/build.ts) on a copy of the project with one file broken:
 * it must fail, name the file and field, and leave the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';
import { incrementalManifest } from '../../src/build/incremental-cache.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'so-tay-build-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  // Packages linked one by one: Astro's cache (node_modules/.astro, the content store the pages
  // read) stays the copy's own, so builds running side by side never read each other's.
  linkNodeModules(ROOT, copy);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function build(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, SITE_BASE: '' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function withLastGoodBuild() {
  mkdirSync(join(copy, 'dist'), { recursive: true });
  writeFileSync(join(copy, 'dist', 'index.html'), 'bản dựng cũ');
}

describe('a build with bad content', () => {
  it('fails on a schema error, names the file, line and field, and keeps the previous dist/', () => {
    withLastGoodBuild();
    const file = join(copy, 'content/van-ban/12-nq-tw-2012.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^date: .*$/m, 'date: 2012-13-45'));
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(/content\/van-ban\/12-nq-tw-2012\.md:\d+:\d+ {2}trường "date"/);
      expect(output).toContain('YYYY-MM-DD');
      expect(output).toContain('dist/ được giữ nguyên');
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
      expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('prints only the editor\'s message for bad content: Vietnamese first, path:line:column, the Roman-numeral hint, no English wrapper', () => {
    withLastGoodBuild();
    const file = join(copy, 'content/van-ban/12-nq-tw-2012.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^term: .*$/m, 'term: 12'));
    const line = original.split('\n').findIndex((l) => l.startsWith('term:')) + 1;
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output.trim().split('\n')[0]).toMatch(/^Nội dung có 1 lỗi/);
      expect(output).toContain(`content/van-ban/12-nq-tw-2012.md:${line}:1  trường "term"`);
      expect(output).toContain('một số La Mã in hoa, ví dụ XI');
      expect(output).toContain('thấy: 12 (một số nguyên)');
      expect(output).not.toMatch(/\[ERROR\]|unhandled error|Invalid input|expected string|    at /);
      expect(output).not.toContain(copy);
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('fails on an unclosed tag in MDX with the file, line and column of the tag and the fix, in Vietnamese', () => {
    withLastGoodBuild();
    const file = join(copy, 'content/chu-de/dan-van.mdx');
    writeFileSync(file, '---\ntitle: Dân vận\ndescription: Thử.\n---\n\n# Dân vận\n\n<div className="ghi-chu">\n\nMột đoạn.\n');
    const oldMd = join(copy, 'content/chu-de/dan-van.md');
    const md = readFileSync(oldMd, 'utf8');
    rmSync(oldMd);
    try {
      const { status, output } = build();
      expect(status, output).not.toBe(0);
      expect(output.trim().split('\n')[0]).toMatch(/^Nội dung có 1 lỗi/);
      expect(output).toContain('content/chu-de/dan-van.mdx:8:1  (nội dung MDX)');
      expect(output).toContain('thẻ <div> mở ở đây nhưng không có thẻ đóng </div>');
      expect(output).toContain('sửa: thêm </div>');
      expect(output).not.toMatch(/MDXError|undefined:undefined|\[plugin|    at /);
      expect(output).not.toContain(copy);
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
    } finally {
      rmSync(file);
      writeFileSync(oldMd, md);
    }
  });

  it('fails on a reference to a missing entry (which Astro itself only logs)', () => {
    withLastGoodBuild();
    const file = join(copy, 'content/van-ban/05-ct-tw-2016.md');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('  - bao-lam-dong-2020-pham-thanh-quan', '  - bao-khong-co');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('content/van-ban/05-ct-tw-2016.md');
      expect(output).toContain('"bao-khong-co"');
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('fails on a broken internal link, naming the content file and line that hold it', { timeout: 180_000 }, () => {
    withLastGoodBuild();
    const file = join(copy, 'content/van-ban/05-ct-tw-2016.md');
    const original = readFileSync(file, 'utf8');
    const withLink = `${original.trimEnd()}\n\nXem thêm [văn bản đã gỡ](/van-ban/khong-co-van-ban-nay/).\n`;
    writeFileSync(file, withLink);
    const line = withLink.split('\n').findIndex((l) => l.includes('khong-co-van-ban-nay')) + 1;
    try {
      const { status, output } = build();
      expect(status, output).not.toBe(0);
      expect(output).toContain('1 liên kết nội bộ hỏng');
      expect(output).toContain(`content/van-ban/05-ct-tw-2016.md:${line}  /van-ban/05-ct-tw-2016/index.html: "/van-ban/khong-co-van-ban-nay/" không tồn tại`);
      expect(output).toContain('dist/ được giữ nguyên');
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
      expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('forgets Astro\'s incremental manifest when Astro fails, so the next build renders every page again', { timeout: 180_000 }, () => {
    withLastGoodBuild();
    // As a previous good build leaves it: pages Astro renders before failing must not be restored under it later.
    mkdirSync(dirname(incrementalManifest(copy)), { recursive: true });
    writeFileSync(incrementalManifest(copy), '{}');
    // Valid MDX (the content check passes it) importing a component that does not exist: Astro fails.
    const file = join(copy, 'content/chu-de/dan-van.mdx');
    writeFileSync(file, "---\ntitle: Dân vận\ndescription: Thử.\n---\nimport Nope from '../../src/components/khong-co-thanh-phan-nay.astro';\n\n<Nope />\n");
    const oldMd = join(copy, 'content/chu-de/dan-van.md');
    const md = existsSync(oldMd) ? readFileSync(oldMd, 'utf8') : undefined;
    if (md !== undefined) rmSync(oldMd);
    try {
      const { status, output } = build();
      expect(status, output).not.toBe(0);
      expect(output).toContain('Dựng trang thất bại');
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
      expect(existsSync(incrementalManifest(copy))).toBe(false);
    } finally {
      rmSync(file);
      if (md !== undefined) writeFileSync(oldMd, md);
    }
  });

  it('fails when Astro itself cannot compile a page, and keeps the previous dist/', { timeout: 180_000 }, () => {
    withLastGoodBuild();
    const file = join(copy, 'content/chu-de/dan-van.mdx');
    writeFileSync(file, '---\ntitle: Dân vận\ndescription: Thử.\n---\n\n<KhongDong\n');
    const oldMd = join(copy, 'content/chu-de/dan-van.md');
    const md = existsSync(oldMd) ? readFileSync(oldMd, 'utf8') : undefined;
    if (md !== undefined) rmSync(oldMd);
    try {
      const { status, output } = build();
      expect(status, output).not.toBe(0);
      expect(output).toContain('dan-van.mdx');
      expect(output).toContain('dist/ được giữ nguyên');
      expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('bản dựng cũ');
    } finally {
      rmSync(file);
      if (md !== undefined) writeFileSync(oldMd, md);
    }
  });
});
