/**
 * `npm run build` — an atomic build: Astro writes to .build-tmp/, and dist/ is replaced
 * only when everything (content check, pages, search index, link check) succeeded.
 * A failed build leaves the previous dist/ untouched and says so.
 *
 * OUT_DIR=<folder> builds into another folder than dist/ (e.g. the /kb/ build the intranet
 * tests serve, `SITE_BASE=/kb/ OUT_DIR=dist-kb`), with its own temporary folders, so it
 * never clobbers the dist/ other tests use.
 */
import { build } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { siteBase } from '../src/lib/site-base.ts';
import { Worker } from 'node:worker_threads';
import { checkBuiltLinks, type BrokenLink } from './lib/check-links.ts';
import { locateBrokenLinks } from './lib/link-sources.ts';
import { onPagesWritten } from '../src/lib/pages-written.ts';
import { BUILD_INFO_FILE, type BuildInfo } from './lib/build-info.ts';
import { lastReportSummary } from '../src/lib/citations/report.ts';

const root = process.cwd();
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const distName = basename(dist);
const suffix = distName === 'dist' ? '' : `-${distName}`;
const tmp = join(root, `.build-tmp${suffix}`);
const prev = join(root, `.build-prev${suffix}`);

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  console.error(
    existsSync(dist)
      ? `  Bản dựng trước trong ${distName}/ được giữ nguyên.`
      : `  Chưa có bản dựng nào trong ${distName}/.`,
  );
  process.exit(1);
}

const base = siteBase(process.env.SITE_BASE);

// The link check runs on another thread while Pagefind indexes (it reads the pages, Pagefind
// writes only pagefind/), instead of after it: at 5,000 pages that is 4 s off every build.
// Links into pagefind/ are looked up again once the index is written.
let linkCheck: Promise<{ broken: BrokenLink[]; deferred: BrokenLink[] }> | undefined;
onPagesWritten((outDir) => {
  const worker = new Worker(new URL('./lib/check-links-worker.ts', import.meta.url), { workerData: { outDir, base, laterFolders: ['pagefind'] } });
  linkCheck = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // Handled below once the build is done; until then a crash must not end the process.
  linkCheck.catch(() => undefined);
});

rmSync(tmp, { recursive: true, force: true });
try {
  await build({ root, outDir: tmp, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Dựng trang thất bại:\n${error instanceof Error ? error.message : String(error)}`);
}

// Without the announcement (an integration removed, say), check here as before.
const checked = await (linkCheck ?? Promise.resolve({ broken: checkBuiltLinks(tmp, base), deferred: [] })).catch((error: unknown) => {
  rmSync(tmp, { recursive: true, force: true });
  return fail(`Kiểm tra liên kết thất bại: ${error instanceof Error ? error.message : String(error)}`);
});
const broken = [...checked.broken, ...checked.deferred.filter((d) => !d.target || !existsSync(d.target))];
if (broken.length > 0) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Có ${broken.length} liên kết nội bộ hỏng:\n${locateBrokenLinks(root, base, broken).map((b) => `  ${b}`).join('\n')}`);
}

// What the copy was built for, read by `npm run package` (manifest and install guide).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const info: BuildInfo = { name: pkg.name, version: pkg.version, base };
writeFileSync(join(tmp, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);

rmSync(prev, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, prev);
renameSync(tmp, dist);
rmSync(prev, { recursive: true, force: true });

console.log(`\n✓ Đã dựng trang vào ${distName}/ (đường dẫn gốc ${base}).`);
// Citations the build could not link, counted, with a pointer to the full report (written by the citations-report integration).
const citations = lastReportSummary(root);
if (citations) console.log(`  ${citations}`);
const previewEnv = `${base === '/' ? '' : `SITE_BASE=${base} `}${suffix ? `OUT_DIR=${distName} ` : ''}`;
console.log(`  Xem thử: ${previewEnv}npm run preview  →  mở http://localhost:4321${base}`);
