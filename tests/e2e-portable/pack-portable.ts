/**
 * Global setup of playwright.portable.config.ts: runs the real `npm run package -- --portable`
 * twice on the dist/ that `npm test` has just built (in a scratch project folder, so nothing is
 * left in release/), and unpacks the zip. The tests find the folder in PORTABLE_DIR, and the
 * two archives' hashes, the zip's entries and the command's output in the file PORTABLE_PACK.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { sha256 } from '../../src/release/manifest.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function unzip(file: string, into: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        const target = join(into, entry.fileName);
        if (entry.fileName.endsWith('/')) {
          mkdirSync(target, { recursive: true });
          zip.readEntry();
          return;
        }
        mkdirSync(dirname(target), { recursive: true });
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), reject);
        });
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Returns the teardown: the scratch folder is removed after the run. */
export default async function packPortable(): Promise<() => void> {
  const dist = join(ROOT, process.env.OUT_DIR || 'dist');
  if (!existsSync(join(dist, 'so-tay-build.json'))) throw new Error(`No built site in ${dist}: run npm run build first`);
  const project = mkdtempSync(join(tmpdir(), 'so-tay-portable-'));
  copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zip = join(project, 'release', `so-tay-${version}-portable.zip`);
  const hashes: string[] = [];
  let output = '';
  for (let run = 0; run < 2; run++) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/package.ts'), '--portable'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: dist, SOURCE_DATE_EPOCH: '' },
    });
    output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`npm run package -- --portable failed:\n${output}`);
    hashes.push(sha256(readFileSync(zip)));
  }
  const unpacked = join(project, 'unpacked');
  const entries = await unzip(zip, unpacked);
  process.env.PORTABLE_DIR = join(unpacked, `so-tay-${version}-portable`);
  // What the tests check about the packing itself, in a file (an environment variable could not hold every entry).
  process.env.PORTABLE_PACK = join(project, 'pack.json');
  writeFileSync(process.env.PORTABLE_PACK, JSON.stringify({ hashes, entries, output }));
  return () => rmSync(project, { recursive: true, force: true });
}
