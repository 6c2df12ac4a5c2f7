/**
 * `npm run same-output -- [--base <git-ref>] [--pages N] [--only root,kb,corpus]`
 *
 * Proves that a refactor changed no byte of the site: builds the committed tree at <git-ref>
 * (default HEAD) and the working tree (uncommitted changes included), each with its own
 * `scripts/build.ts`, and compares a hash of every output file. Three builds each:
 *   root    content/ with SITE_BASE=/
 *   kb      content/ with SITE_BASE=/kb/
 *   corpus  the benchmark's generated knowledge base of N pages (default 5000), SITE_BASE=/
 * Both sides build the same generated corpus (from the working tree's generator).
 * The <git-ref> side's hashes are kept under the OS temporary folder, keyed by commit and
 * input, so comparing again after the next edit builds only the working tree.
 * Exits 1 and lists the files that differ when any do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../tests/bench/corpus.ts';
import { linkNodeModules } from '../tests/bench/project.ts';
import { compareManifests, hashTree, sha256, type Manifest } from '../src/release/manifest.ts';

const VARIANTS = ['root', 'kb', 'corpus'] as const;
type Variant = (typeof VARIANTS)[number];

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    pages: { type: 'string', default: '5000' },
    only: { type: 'string', default: VARIANTS.join(',') },
  },
});
const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = git('rev-parse', '--verify', `${values.base}^{commit}`).trim();
const only = values.only.split(',').map((s) => s.trim()) as Variant[];
for (const v of only) if (!VARIANTS.includes(v)) throw new Error(`--only nhận ${VARIANTS.join(', ')}, không nhận "${v}"`);
const pages = Number(values.pages);
const corpus = only.includes('corpus') ? generateCorpus({ pages, seed: 1 }) : undefined;
const corpusDigest = corpus ? sha256([...corpus.files].map(([p, t]) => `${p}\0${t}`).join('\0')) : '';

const work = mkdtempSync(join(tmpdir(), 'so-tay-same-output-'));
const cacheDir = join(tmpdir(), 'so-tay-same-output-cache');
mkdirSync(cacheDir, { recursive: true });

/** The committed tree at `commit`, unpacked. */
function checkoutBase(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { cwd: root });
}

/** The working tree: tracked and untracked files git does not ignore. */
function copyWorkingTree(dir: string): void {
  for (const file of git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
}

/** The environment of a person's shell: none of the settings a caller may have exported. */
function cleanEnv(variant: Variant): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SITE_|OUT_DIR$|VITEST|NODE_ENV$)/.test(k)));
  return { ...env, SITE_BASE: variant === 'kb' ? '/kb/' : '/', ASTRO_TELEMETRY_DISABLED: '1' };
}

function build(project: string, variant: Variant): Manifest {
  linkNodeModules(root, project);
  if (variant === 'corpus') {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    writeCorpus(corpus!, join(project, 'content'));
  }
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, env: cleanEnv(variant), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`Dựng ${project} (${variant}) thất bại:\n${(result.stdout + result.stderr).slice(-4000)}`);
  return hashTree(join(project, 'dist'));
}

let differs = false;
try {
  for (const variant of only) {
    const key = sha256(`${commit}\0${variant}\0${variant === 'corpus' ? corpusDigest : ''}`).slice(0, 16);
    const cached = join(cacheDir, `${key}.json`);
    let before: Manifest;
    if (existsSync(cached)) {
      before = new Map(JSON.parse(readFileSync(cached, 'utf8')) as [string, string][]);
      console.error(`[${variant}] ${commit.slice(0, 7)}: dùng mã băm đã lưu (${cached})`);
    } else {
      console.error(`[${variant}] dựng ${commit.slice(0, 7)}…`);
      const dir = join(work, `base-${variant}`);
      checkoutBase(dir);
      before = build(dir, variant);
      writeFileSync(cached, JSON.stringify([...before]));
      rmSync(dir, { recursive: true, force: true });
    }
    console.error(`[${variant}] dựng cây làm việc…`);
    const dir = join(work, `work-${variant}`);
    copyWorkingTree(dir);
    const after = build(dir, variant);
    rmSync(dir, { recursive: true, force: true });
    const { missing, changed, extra } = compareManifests(before, after);
    const total = missing.length + changed.length + extra.length;
    if (total === 0) {
      console.log(`✓ ${variant}: ${after.size} tệp giống hệt từng byte với ${commit.slice(0, 7)}`);
      continue;
    }
    differs = true;
    console.log(`✗ ${variant}: ${total} tệp khác với ${commit.slice(0, 7)}`);
    const show = (label: string, list: string[]) => list.length && console.log(`  ${label} (${list.length}): ${list.slice(0, 20).join(', ')}${list.length > 20 ? ' …' : ''}`);
    show('khác nội dung', changed);
    show('thiếu', missing);
    show('thừa', extra);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = differs ? 1 : 0;
