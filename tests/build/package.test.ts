/**
 * `npm run package` on a small stand-in dist/ (the real site is not needed to test the
 * packaging): both archives, named with the version, hold one folder that verifies
 * against its own SHA256SUMS, with an install guide that records the sub-path; packing
 * twice on a machine with another time zone and other file modes gives the same bytes.
 * The portable zip is tested on the real site, opened from file:// (tests/e2e-portable/).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256, verifyTree } from '../../src/release/manifest.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION = '9.8.7';
const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder of its own for each test, so none depends on what another left behind. */
function newProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'so-tay-package-'));
  projects.push(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'so-tay', version: VERSION }));
  cpSync(join(ROOT, 'deploy'), join(project, 'deploy'), { recursive: true });
  return project;
}

function pack(project: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/package.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: '', SOURCE_DATE_EPOCH: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function fakeDist(project: string) {
  const dist = join(project, 'dist');
  mkdirSync(join(dist, '_astro'), { recursive: true });
  mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>Sổ tay</h1>');
  writeFileSync(join(dist, '404.html'), '<h1>Không tìm thấy trang</h1>');
  writeFileSync(join(dist, '_astro', 'BaseLayout.X1.css'), 'body{}');
  writeFileSync(join(dist, 'pagefind', 'fragment', 'vi_1.pf_fragment'), 'x');
  writeFileSync(join(dist, 'so-tay-build.json'), JSON.stringify({ name: 'so-tay', version: VERSION, base: '/kb/' }));
}

function zipEntries(file: string): Promise<{ name: string; mode: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: false }, (error, zip) => {
      if (error) return reject(error);
      const names: { name: string; mode: number }[] = [];
      zip.on('entry', (e: yauzl.Entry) => names.push({ name: e.fileName, mode: (e.externalFileAttributes >>> 16) & 0o7777 }));
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
    });
  });
}

describe('npm run package', () => {
  it('builds nothing itself: without dist/ it fails and says what to run', () => {
    const project = newProject();
    const { status, output } = pack(project);
    expect(status).toBe(1);
    expect(output).toContain('Không có dist/');
    expect(output).toContain('npm run build');
    expect(existsSync(join(project, 'release'))).toBe(false);
  });

  it('writes a .tar.gz and a .zip named with the version, holding a folder that verifies', async () => {
    const project = newProject();
    fakeDist(project);
    const { status, output } = pack(project);
    expect(status, output).toBe(0);
    const tgz = join(project, 'release', `so-tay-${VERSION}.tar.gz`);
    const zip = join(project, 'release', `so-tay-${VERSION}.zip`);
    expect(existsSync(tgz) && existsSync(zip)).toBe(true);

    const out = join(project, 'unpacked');
    mkdirSync(out);
    const tarEntries: { path: string; mode: number; mtime: number }[] = [];
    await tar.t({ file: tgz, onReadEntry: (e) => tarEntries.push({ path: e.path, mode: e.mode ?? 0, mtime: e.mtime?.getTime() ?? 0 }) });
    await tar.x({ file: tgz, cwd: out });
    const folder = join(out, `so-tay-${VERSION}`);
    expect(verifyTree(folder)).toEqual({ missing: [], changed: [], extra: [] });

    const sums = readFileSync(join(folder, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/ {2}HUONG-DAN\.txt\n/);
    expect(sums).toMatch(/ {2}web\.config\n/);
    const guide = readFileSync(join(folder, 'HUONG-DAN.txt'), 'utf8');
    expect(guide).toContain(`SỔ TAY ${VERSION}`);
    expect(guide).toContain('dựng cho đường dẫn gốc /kb/');
    expect(guide).toContain('sha256sum -c');
    expect(guide).toContain('npm run verify');
    expect(guide).toContain('location ^~ /kb/ {'); // the tested nginx configuration, verbatim
    expect(readFileSync(join(folder, 'web.config'), 'utf8')).toContain('path="/kb/404.html"');

    // Sorted entries, fixed modes and one fixed mtime; the zip holds the same entries.
    const paths = tarEntries.map((e) => e.path.replace(/\/$/, ''));
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain(`so-tay-${VERSION}/_astro/BaseLayout.X1.css`);
    for (const e of tarEntries) expect(e.mode).toBe(e.path.endsWith('/') ? 0o755 : 0o644);
    expect(new Set(tarEntries.map((e) => e.mtime))).toEqual(new Set([Date.UTC(2020, 0, 1)]));
    const zipped = await zipEntries(zip);
    expect(zipped.map((e) => e.name.replace(/\/$/, ''))).toEqual(paths);
    for (const e of zipped) expect(e.mode).toBe(e.name.endsWith('/') ? 0o755 : 0o644);
  });

  it('gives byte-identical archives again, whatever the time zone and file modes', () => {
    const project = newProject();
    fakeDist(project);
    const release = join(project, 'release');
    const hashes = () => ['tar.gz', 'zip'].map((ext) => sha256(readFileSync(join(release, `so-tay-${VERSION}.${ext}`))));
    expect(pack(project).status).toBe(0);
    const first = hashes();
    chmodSync(join(project, 'dist', 'index.html'), 0o600);
    const { status, output } = pack(project, { TZ: 'Asia/Ho_Chi_Minh' });
    expect(status, output).toBe(0);
    expect(hashes()).toEqual(first);
  });

  it('--portable refuses, in Vietnamese, a dist/ without the search bundle, and writes no archive', () => {
    const project = newProject();
    fakeDist(project);
    const { status, output } = pack(project, {}, ['--portable']);
    expect(status).toBe(1);
    expect(output).toContain('không có bộ tìm kiếm');
    expect(output).toContain('npm run build');
    expect(existsSync(join(project, 'release', `so-tay-${VERSION}-portable.zip`))).toBe(false);
  });

  it('refuses a dist/ built from another version', () => {
    const project = newProject();
    fakeDist(project);
    writeFileSync(join(project, 'dist', 'so-tay-build.json'), JSON.stringify({ name: 'so-tay', version: '0.0.1', base: '/' }));
    const { status, output } = pack(project);
    expect(status).toBe(1);
    expect(output).toContain('phiên bản 0.0.1');
  });
});
