/**
 * The SHA256SUMS manifest of a site copy: one line per file, "<sha256>  <path>", paths
 * relative to the copy's root, sorted. It is exactly the format of GNU `sha256sum`, so IT
 * staff without Node can check a copy with `sha256sum -c SHA256SUMS`; `npm run verify`
 * also finds files that should not be there.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = 'SHA256SUMS';

/** path → hex sha256 */
export type Manifest = Map<string, string>;

export interface Comparison {
  missing: string[];
  changed: string[];
  extra: string[];
}

/** Byte-wise (code unit) order, the same on every machine and locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every file under dir as a "/"-separated relative path, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return walk(rel);
      return entry.isFile() || entry.isSymbolicLink() ? [rel] : [];
    });
  return walk('').sort(byPath);
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hashes every file of dir except the manifest itself. */
export function hashTree(dir: string): Manifest {
  return new Map(listFiles(dir).filter((p) => p !== MANIFEST_FILE).map((p) => [p, sha256(readFileSync(join(dir, p)))]));
}

export function formatManifest(manifest: Manifest): string {
  return [...manifest.keys()]
    .sort(byPath)
    .map((path) => {
      // sha256sum escapes such names with a leading "\"; our slugs never contain them.
      if (/[\\\n\r]/.test(path)) throw new Error(`Tên tệp không đưa được vào ${MANIFEST_FILE}: ${JSON.stringify(path)}`);
      return `${manifest.get(path)}  ${path}\n`;
    })
    .join('');
}

/**
 * Parses sha256sum output (text "  " or binary " *" mode, optional "./" prefix).
 * Throws with the line number on a line that is not a checksum line.
 */
export function parseManifest(text: string): Manifest {
  const manifest: Manifest = new Map();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (!match) throw new Error(`${MANIFEST_FILE} dòng ${index + 1}: không đúng dạng "<sha256>  <tệp>": ${JSON.stringify(line)}`);
    manifest.set(match[2]!.replace(/^\.\//, ''), match[1]!.toLowerCase());
  });
  return manifest;
}

/** What differs between an expected manifest and the files actually found. */
export function compareManifests(expected: Manifest, actual: Manifest): Comparison {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, hash] of expected) {
    const found = actual.get(path);
    if (found === undefined) missing.push(path);
    else if (found !== hash) changed.push(path);
  }
  const extra = [...actual.keys()].filter((p) => !expected.has(p));
  return { missing: missing.sort(byPath), changed: changed.sort(byPath), extra: extra.sort(byPath) };
}

/** Checks an installed copy against the SHA256SUMS at its root. */
export function verifyTree(dir: string): Comparison {
  const expected = parseManifest(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  return compareManifests(expected, hashTree(dir));
}

/** The report in Vietnamese; the first line says whether the copy is intact. */
export function formatComparison(result: Comparison, expectedCount: number): string {
  const { missing, changed, extra } = result;
  const problems = missing.length + changed.length + extra.length;
  if (problems === 0) return `✓ Bản sao nguyên vẹn: ${expectedCount} tệp đúng với ${MANIFEST_FILE}.`;
  const section = (title: string, paths: string[]) =>
    paths.length ? [`${title} (${paths.length}):`, ...paths.map((p) => `  ${p}`)] : [];
  return [
    `✗ Bản sao KHÔNG khớp ${MANIFEST_FILE}: ${problems} vấn đề.`,
    ...section('Thiếu tệp', missing),
    ...section('Tệp bị thay đổi', changed),
    ...section('Tệp thừa (không có trong danh sách)', extra),
  ].join('\n');
}
