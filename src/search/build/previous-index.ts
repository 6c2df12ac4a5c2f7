/**
 * Pagefind's content-named files from the last good output, handed to the next index.
 *
 * Pagefind names its fragment, word-chunk, filter and meta files by a hash of what they hold, and
 * its `writeFiles` does not write a file of that name that is already in the output folder (each
 * written file is compressed at gzip's highest level, most of `writeFiles`' time). After one
 * lesson is edited, few of these files change: the others are linked in from the previous output
 * before Pagefind writes (`seedIndex`), and whatever the new index no longer names is removed
 * after (`pruneIndex`), so the folder holds exactly what a cold build writes
 * (tests/build/incremental.test.ts compares every file).
 *
 * This is the one place that leans on what Pagefind does not document: that skip, and the meta
 * file's shape (gzip, a "pagefind_dcd" signature, then CBOR naming every hashed file).
 * tests/unit/previous-index.test.ts checks both against the installed Pagefind (pinned "1.6" in
 * package.json); should either change, the build indexes from scratch (see pagefind-index.ts).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The folders of hashed files, each file named `<hash>.<kind>`. */
const HASHED_DIRS = ['fragment', 'index', 'filter'] as const;
const META = /^pagefind\.(.+)\.pf_meta$/;
const SIGNATURE = 'pagefind_dcd';

/**
 * Links (copies, where the file system cannot link) the hashed files of `previous`, an earlier
 * Pagefind bundle, into `bundle`, the folder Pagefind is about to write; returns how many.
 * Linking is safe because Pagefind never opens an existing hashed file, and the earlier bundle
 * is only ever a finished build's (dist/ is replaced whole, scripts/build.ts).
 */
export function seedIndex(previous: string, bundle: string): number {
  if (!existsSync(join(previous, 'pagefind-entry.json'))) return 0;
  let seeded = 0;
  const seed = (from: string, to: string) => {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    seeded++;
  };
  mkdirSync(bundle, { recursive: true });
  for (const name of readdirSync(previous)) if (META.test(name)) seed(join(previous, name), join(bundle, name));
  for (const dir of HASHED_DIRS) {
    if (!existsSync(join(previous, dir))) continue;
    mkdirSync(join(bundle, dir), { recursive: true });
    for (const name of readdirSync(join(previous, dir))) seed(join(previous, dir, name), join(bundle, dir, name));
  }
  return seeded;
}

/** Every hash the bundle's entry and meta files name: the files a reader's browser can ask for. */
export function namedHashes(bundle: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const named = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') named.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value instanceof Map) for (const [k, v] of value) (collect(k), collect(v));
  };
  for (const { hash } of Object.values(entry.languages ?? {})) {
    if (typeof hash !== 'string') throw new Error('pagefind-entry.json: a language without its meta hash');
    named.add(hash);
    const raw = gunzipSync(readFileSync(join(bundle, `pagefind.${hash}.pf_meta`)));
    if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`pagefind.${hash}.pf_meta: not the meta format this build knows`);
    collect(decode(raw.subarray(SIGNATURE.length), { useMaps: true }));
  }
  if (named.size === 0) throw new Error('pagefind-entry.json names no index');
  return named;
}

/** Removes the hashed files the bundle's index no longer names; returns how many. */
export function pruneIndex(bundle: string): number {
  const named = namedHashes(bundle);
  let removed = 0;
  const prune = (file: string, hash: string | undefined) => {
    if (hash !== undefined && named.has(hash)) return;
    rmSync(file);
    removed++;
  };
  for (const name of readdirSync(bundle)) {
    const meta = META.exec(name);
    if (meta) prune(join(bundle, name), meta[1]);
  }
  for (const dir of HASHED_DIRS) {
    if (!existsSync(join(bundle, dir))) continue;
    for (const name of readdirSync(join(bundle, dir))) prune(join(bundle, dir, name), name.slice(0, name.indexOf('.')));
  }
  return removed;
}
