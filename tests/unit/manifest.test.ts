/**
 * SHA256SUMS and `npm run verify`: an IT person must learn of every changed, missing and
 * extra file, in Vietnamese, with a failing exit code; and `sha256sum -c` must accept
 * the same manifest on a server without Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareManifests,
  formatManifest,
  hashTree,
  MANIFEST_FILE,
  parseManifest,
  verifyTree,
} from '../../src/release/manifest.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let site: string;

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'so-tay-verify-'));
  mkdirSync(join(site, 'van-ban', '12-nq-tw-2012'), { recursive: true });
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, 'index.html'), '<h1>Sổ tay</h1>');
  writeFileSync(join(site, 'van-ban', '12-nq-tw-2012', 'index.html'), '<h1>12-NQ/TW</h1>');
  writeFileSync(join(site, '_astro', 'a.B1c2.css'), 'body{}');
  writeFileSync(join(site, 'HUONG-DAN.txt'), 'Hướng dẫn');
  writeFileSync(join(site, MANIFEST_FILE), formatManifest(hashTree(site)));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function verifyCli(dir: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/verify.ts'), dir], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('SHA256SUMS', () => {
  it('lists every file but itself, sorted, in sha256sum format', () => {
    const lines = formatManifest(hashTree(site)).trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(['HUONG-DAN.txt', '_astro/a.B1c2.css', 'index.html', 'van-ban/12-nq-tw-2012/index.html']);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}\S/);
  });

  it('parses what sha256sum writes, including binary mode and ./ paths', () => {
    const hash = 'a'.repeat(64);
    expect([...parseManifest(`${hash}  ./index.html\n${hash} *_astro/x.css\r\n`)]).toEqual([
      ['index.html', hash],
      ['_astro/x.css', hash],
    ]);
    expect(() => parseManifest('không phải dòng mã\n')).toThrow(/dòng 1/);
  });

  it('is accepted by sha256sum -c, which also notices a change', (ctx) => {
    if (spawnSync('sha256sum', ['--version']).status !== 0) ctx.skip(); // GNU coreutils absent (macOS): nothing to compare with
    expect(spawnSync('sha256sum', ['-c', '--quiet', MANIFEST_FILE], { cwd: site }).status).toBe(0);
    appendFileSync(join(site, 'index.html'), 'sửa');
    const changed = spawnSync('sha256sum', ['-c', '--quiet', MANIFEST_FILE], { cwd: site, encoding: 'utf8' });
    expect(changed.status).not.toBe(0);
    expect(changed.stdout).toContain('index.html: FAILED');
  });
});

describe('verify', () => {
  it('passes an untouched copy', () => {
    expect(verifyTree(site)).toEqual({ missing: [], changed: [], extra: [] });
    const { status, output } = verifyCli(site);
    expect(status).toBe(0);
    expect(output).toContain('Bản sao nguyên vẹn: 4 tệp');
  });

  it('catches a changed, a missing and an extra file, names each, and exits non-zero', () => {
    appendFileSync(join(site, 'van-ban', '12-nq-tw-2012', 'index.html'), '<p>sửa tay</p>');
    unlinkSync(join(site, '_astro', 'a.B1c2.css'));
    writeFileSync(join(site, 'ghi-chu.txt'), 'tệp lạ');
    expect(verifyTree(site)).toEqual({
      missing: ['_astro/a.B1c2.css'],
      changed: ['van-ban/12-nq-tw-2012/index.html'],
      extra: ['ghi-chu.txt'],
    });
    const { status, output } = verifyCli(site);
    expect(status).toBe(1);
    expect(output).toContain('KHÔNG khớp SHA256SUMS: 3 vấn đề');
    expect(output).toMatch(/Thiếu tệp \(1\):\n {2}_astro\/a\.B1c2\.css/);
    expect(output).toMatch(/Tệp bị thay đổi \(1\):\n {2}van-ban\/12-nq-tw-2012\/index\.html/);
    expect(output).toMatch(/Tệp thừa[^\n]*\(1\):\n {2}ghi-chu\.txt/);
  });

  it('each kind of problem alone fails the check', () => {
    const expected = hashTree(site);
    const only = (mutate: (m: Map<string, string>) => void) => {
      const actual = new Map(expected);
      mutate(actual);
      return compareManifests(expected, actual);
    };
    expect(only((m) => m.set('index.html', 'b'.repeat(64))).changed).toEqual(['index.html']);
    expect(only((m) => m.delete('index.html')).missing).toEqual(['index.html']);
    expect(only((m) => m.set('robots.txt', 'c'.repeat(64))).extra).toEqual(['robots.txt']);
  });

  it('says clearly when the folder has no manifest', () => {
    unlinkSync(join(site, MANIFEST_FILE));
    const { status, output } = verifyCli(site);
    expect(status).toBe(2);
    expect(output).toContain('không có tệp SHA256SUMS');
  });
});
