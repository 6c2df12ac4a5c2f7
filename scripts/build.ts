/**
 * `npm run build` — an atomic build: Astro writes to .build-tmp/, and dist/ is replaced
 * only when everything (content check, pages, search index, link check) succeeded.
 * A failed build leaves the previous dist/ untouched and says so.
 *
 * Astro runs in a child process (src/build/astro-build.ts); once it has exited, this process
 * writes the Pagefind index. Another process reads the pages as Astro writes them (link check,
 * "đ" vocabulary) and ends before Pagefind writes its files. Separate processes so that memory is given back
 * before Pagefind's peak: the Astro process still holds much of its memory when its pages are
 * out, and Pagefind needs the most when it writes its index (figures in docs/performance.md).
 *
 * OUT_DIR=<folder> builds into another folder than dist/ (e.g. the /kb/ build the intranet
 * tests serve, `SITE_BASE=/kb/ OUT_DIR=dist-kb`), with its own temporary folders, so it
 * never clobbers the dist/ other tests use. `--timings <file>` appends the duration of the
 * search index and of the other phases as JSON lines to <file>, for the benchmark.
 *
 * The content check runs here first, before Astro starts: bad content stops the build with
 * only the editor's message (Vietnamese, path:line:column, field, fix), not behind Astro's
 * English hook-error line. `--debug` adds the stack of an unexpected failure.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteBase } from '../src/lib/site-base.ts';
import { ASTRO_DONE, type AstroMessage, type ReadPagesResult } from '../src/build/build-messages.ts';
import { locateBrokenLinks } from '../src/build/link-sources.ts';
import { BUILD_INFO_FILE, type BuildInfo } from '../src/build/build-info.ts';
import { lastReportSummary } from '../src/citations/report.ts';
import { readContentStore, storeFile } from '../src/content/store-file.ts';
import type { Synonym } from '../src/search/data.ts';
import { synonymsFile, writeSearchIndex } from '../src/search/build/pagefind-index.ts';
import { cacheDirOf } from '../src/site-config.ts';
import { forgetIncrementalBuild } from '../src/build/incremental-cache.ts';
import type { CheckResult } from '../src/build/check-process.ts';
import { forkHelper, forkResult } from '../src/build/fork-result.ts';
import { removeInBackground, removeLater, staleOutputs } from '../src/build/remove-later.ts';

const { values: args } = parseArgs({ options: { timings: { type: 'string' }, debug: { type: 'boolean', default: false } } });

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
/** One phase's duration, as a JSON line in the --timings file, for the benchmark. */
const timing = (phase: string, since: number) => {
  if (args.timings) appendFileSync(args.timings, `${JSON.stringify({ phase, ms: Math.round(performance.now() - since) })}\n`);
};

rmSync(tmp, { recursive: true, force: true });
removeInBackground(staleOutputs(prev));
// Astro starts while content/ is checked here: its start-up (loading modules, reading content/
// for the processors) and the check overlap on two cores. The integration checks the same rules
// before anything is rendered or cached, so bad content still stops Astro before it writes.
// What Astro prints is held back until the check has passed, and dropped if it fails: the editor
// reads the check's message alone.
let phaseStart = performance.now();
let astroChild: ChildProcess | undefined;
let held: [NodeJS.WriteStream, Buffer][] | null = [];
// Another process reads every page as Astro writes it, on the core Astro's page generation
// leaves idle: the "đ" vocabulary for the index and the link check (src/build/read-pages.ts).
// It starts once Astro's content sync, the Astro process's memory peak, is over, answers once
// told that Astro is done, and has ended, its memory given back, before Pagefind writes its
// files. Links into pagefind/ are looked up once that folder is written.
let reader: { child: ChildProcess; result: Promise<ReadPagesResult> } | undefined;
const startReader = () => {
  if (reader) return reader;
  // A small young generation: the reader makes a page's worth of garbage per page, and V8's
  // default lets it pile up to twice the memory the reading needs (docs/performance.md).
  reader = forkHelper<ReadPagesResult>(new URL('../src/build/read-pages.ts', import.meta.url), [tmp, base], root, 'tiến trình đọc trang', ['--max-semi-space-size=2']);
  // Awaited once Astro is done; a rejection before then must not end the process.
  reader.result.catch(() => undefined);
  return reader;
};
const relay = (to: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk));
const astroRun = new Promise<{ code: number | null; error?: string }>((done) => {
  let error: string | undefined;
  const child = fork(new URL('../src/build/astro-build.ts', import.meta.url), [tmp, base, process.env.SITE_URL ?? '', ...(args.debug ? ['--debug'] : [])], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    // Astro colours its log only on a terminal; through the pipe it is told this one is.
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  astroChild = child;
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  child.on('message', (m: AstroMessage) => {
    if (m.error) error = m.error;
    if (m.pagesNext) startReader();
  });
  child.on('error', (e) => done({ code: 1, error: e.message }));
  // 'close', not 'exit': the IPC message may arrive after the process has exited.
  child.on('close', (code, signal) => done({ code, error: error ?? (signal ? `tiến trình Astro bị dừng (${signal})` : undefined) }));
});
const checkStart = performance.now();
const contentCheck = await forkResult<CheckResult>(new URL('../src/build/check-process.ts', import.meta.url), [], root, 'tiến trình kiểm tra nội dung').catch((error: unknown) => ({ problems: -1, message: error instanceof Error ? error.message : String(error) }));
timing('check', checkStart);
if (contentCheck.problems !== 0) {
  astroChild?.kill();
  reader?.child.kill();
  await astroRun;
  rmSync(tmp, { recursive: true, force: true });
  console.error(contentCheck.message);
  fail(contentCheck.problems > 0 ? `Nội dung có ${contentCheck.problems} lỗi (xem ở trên); sửa rồi chạy lại npm run build, hoặc npm run check:content để chỉ kiểm tra nội dung.` : 'Không kiểm tra được nội dung (xem ở trên).');
}
for (const [to, chunk] of held) to.write(chunk);
held = null;
const astro = await astroRun;
timing('astro', phaseStart);
if (astro.code !== 0) {
  reader?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
  // Pages Astro rendered before failing are in its cache, newer than its manifest (why: the module).
  forgetIncrementalBuild(root);
  fail(`Dựng trang thất bại:\n${astro.error ?? `tiến trình Astro kết thúc với mã ${astro.code}`}`);
}

const pagesRead = (() => {
  const started = startReader();
  started.child.send(ASTRO_DONE);
  return started.result;
})();
try {
  // The glossary as Astro stored it (the integration wrote it beside the store); the "đ" words from the page reader.
  const synonyms = JSON.parse(readFileSync(synonymsFile(storeFile(cacheDirOf(root))), 'utf8')) as Synonym[];
  // The last good output's index files are reused where the new index names them again.
  const { pages, ms } = await writeSearchIndex(tmp, { synonyms, vocabulary: pagesRead.then((r) => r.vocabulary), previous: join(dist, 'pagefind') });
  console.log(`Pagefind: đã lập chỉ mục ${pages} trang`);
  if (args.timings) appendFileSync(args.timings, `${JSON.stringify({ phase: 'index', ms: Math.round(ms) })}\n`);
  phaseStart = performance.now();
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Lập chỉ mục tìm kiếm thất bại: ${error instanceof Error ? error.message : String(error)}`);
}
const checked = await pagesRead.then((r) => r.links).catch((error: unknown) => {
  rmSync(tmp, { recursive: true, force: true });
  return fail(`Kiểm tra liên kết thất bại: ${error instanceof Error ? error.message : String(error)}`);
});
timing('links-after-index', phaseStart);
const broken = [...checked.broken, ...checked.deferred.filter((d) => !d.target || !existsSync(d.target))];
if (broken.length > 0) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Có ${broken.length} liên kết nội bộ hỏng:\n${locateBrokenLinks(root, readContentStore(storeFile(cacheDirOf(root))), base, broken).map((b) => `  ${b}`).join('\n')}`);
}

// What the copy was built for, read by `npm run package` (manifest and install guide).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const info: BuildInfo = { name: pkg.name, version: pkg.version, base };
writeFileSync(join(tmp, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);

// The replaced output leaves under a name of its own and is removed in the background (why: the module).
if (existsSync(dist)) removeLater(dist, prev);
renameSync(tmp, dist);

console.log(`\n✓ Đã dựng trang vào ${distName}/ (đường dẫn gốc ${base}).`);
// Citations the build could not link, counted, with a pointer to the full report (written by the citations-report integration).
const citations = lastReportSummary(root);
if (citations) console.log(`  ${citations}`);
// Handouts draw QR codes only with the site's full address (why: src/pages/chu-de/[slug]/ban-in.astro).
if (!process.env.SITE_URL) {
  console.warn(
    `  ⚠ Chưa đặt SITE_URL: các bản in (chu-de/<chủ đề>/ban-in/) không có mã QR, vì mã QR phải chứa địa chỉ đầy đủ của trang.\n` +
      `    Để in tài liệu phát cho lớp học, dựng với SITE_URL=http://<máy chủ>${base} npm run build`,
  );
}
const previewEnv = `${base === '/' ? '' : `SITE_BASE=${base} `}${suffix ? `OUT_DIR=${distName} ` : ''}`;
console.log(`  Xem thử: ${previewEnv}npm run preview  →  mở http://localhost:4321${base}`);
