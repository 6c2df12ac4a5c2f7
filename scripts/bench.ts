/**
 * `npm run bench -- --pages N [--compare starlight,astro,astro-unified] [--runs R] [--seed S] [--query Q] [--no-browser] [--no-scale] [--keep] [--lighthouse-runs L]`
 * `npm run bench -- --only real [--lighthouse-runs L]`: the real site's measurements alone (about two minutes, no corpus built)
 * `npm run bench -- --probe <dist> [--runs R] [--query Q]`: only the browser's search measures, on a folder already built
 * (tests/bench/probe-built.ts).
 *
 * Builds a generated knowledge base of N pages (tests/bench/corpus.ts) with the
 * production pipeline — `node scripts/build.ts` in a throwaway copy of this project: content
 * check, every Markdown plugin, citations and backlinks, the Pagefind index, the link check —
 * from a cold cache, and measures it, then runs Pagefind alone on its output. With --compare,
 * the same Markdown bodies are built in the same run by Starlight ("starlight") and by the
 * least an Astro + Pagefind site can be ("astro", "astro-unified": tests/bench/baseline.ts).
 * Each figure is the median of R runs.
 *
 * Prints a table, then, as the last line of stdout, one JSON object:
 * {"pages","build_s","index_s","total_s","peak_rss_mb","html_kb_per_page","search_first_kb",
 *  "search_first_ms","search_typed_ms_p50","search_typed_ms_p90","starlight_total_s", …}
 * (search_typed_* on the generated corpus, site_search_typed_* on the real content/, built in a copy;
 *  on the real site also Lighthouse's performance score and total blocking time of the search page
 *  and of a lesson page, medians of L runs, tests/bench/lighthouse.ts).
 *
 * Nothing is written into this project: everything lives under the OS temporary folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../tests/bench/corpus.ts';
import { makeBenchProject } from '../tests/bench/project.ts';
import { sampleRss } from '../tests/bench/rss.ts';
import { probeLessonPage, probeSearch, probeSearchPage, probeTyped, type SearchPageProbe, type SearchProbe, type TypedProbe } from '../tests/bench/search-probe.ts';
import { lighthouseMedian, type LighthouseRun } from '../tests/bench/lighthouse.ts';
import { serveStatic } from '../tests/bench/serve.ts';
import { editOneLesson } from '../tests/bench/edit-lesson.ts';
import { checkSiteTargets, checkTargets, formatTargets, scaleRatio, type SiteFigures, type TargetCheck } from '../tests/bench/targets.ts';
import { installStarlight, STARLIGHT_VERSION, writeStarlightSite } from '../tests/bench/starlight.ts';
import { writeBaselineSite, type BaselineKind } from '../tests/bench/baseline.ts';
import { INDEXED_GLOB } from '../src/search/build/pagefind-index.ts';
import { hasBrowser } from '../tests/support/browser.ts';
import { probeBuilt } from '../tests/bench/probe-built.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    compare: { type: 'string' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    probe: { type: 'string' },
    only: { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
if (values.probe) {
  const probed = await probeBuilt(resolve(values.probe), Math.max(1, Number(values.runs)), values.query, (line) => process.stderr.write(`${line}\n`));
  console.log(JSON.stringify(probed));
  process.exit(0);
}
if (values.only !== undefined && values.only !== 'real') throw new Error(`--only chỉ nhận "real" (chỉ đo trang thật), không nhận "${values.only}"`);
const realOnly = values.only === 'real';
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']));
const pages = Number(values.pages);
const runs = Math.max(1, Number(values.runs));
if (!Number.isInteger(pages) || pages < 20) throw new Error('--pages phải là số nguyên ≥ 20');
const COMPARABLE = ['starlight', 'astro', 'astro-unified'] as const;
const compare = new Set((values.compare ?? '').split(',').map((s) => s.trim()).filter(Boolean));
for (const name of compare) {
  if (!(COMPARABLE as readonly string[]).includes(name)) throw new Error(`--compare chỉ nhận ${COMPARABLE.join(', ')} (cách nhau bởi dấu phẩy), không nhận "${name}"`);
}
const baselines = (['astro', 'astro-unified'] as const).filter((k) => compare.has(k));

const projectRoot = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'so-tay-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Run {
  wallMs: number;
  peakMb: number | null;
  timings: Record<string, number>;
  output: string;
}

/**
 * Runs `node <args>` in `cwd`, timing it and sampling its memory; its output goes to a log.
 * `--timings <file>` is added for our build script, which reports its phases there.
 */
function timed(args: string[], cwd: string, env: Record<string, string>, phases = false): Promise<Run> {
  const timingsFile = join(work, `timings-${Date.now()}.jsonl`);
  if (phases) args = [...args, '--timings', timingsFile];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rss = sampleRss(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const peakMb = rss.stop();
      if (code !== 0) return fail(new Error(`${args.join(' ')} thất bại (mã ${code}):\n${output.slice(-4000)}`));
      const timings: Record<string, number> = {};
      if (existsSync(timingsFile)) {
        for (const line of readFileSync(timingsFile, 'utf8').split('\n').filter(Boolean)) {
          const { phase, ms } = JSON.parse(line) as { phase: string; ms: number };
          timings[phase] = (timings[phase] ?? 0) + ms;
        }
      }
      done({ wallMs, peakMb, timings, output });
    });
  });
}

function htmlStats(dir: string): { pages: number; redirects: number; kbPerPage: number; totalMb: number } {
  let pages = 0;
  let redirects = 0;
  let htmlBytes = 0;
  let totalBytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) {
        walk(full);
        continue;
      }
      totalBytes += s.size;
      if (!name.endsWith('.html')) continue;
      // Redirect stubs (short links, former slugs) are not pages a reader reads.
      if (s.size < 4096 && readFileSync(full, 'utf8').includes('http-equiv="refresh"')) {
        redirects++;
        continue;
      }
      pages++;
      htmlBytes += s.size;
    }
  };
  walk(dir);
  return { pages, redirects, kbPerPage: htmlBytes / 1024 / Math.max(1, pages), totalMb: totalBytes / 1024 / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

interface RealSite {
  typed: TypedProbe;
  searchPage: SearchPageProbe;
  lessonKb: number;
  searchLh: LighthouseRun;
  resultsLh: LighthouseRun;
  lessonLh: LighthouseRun;
}

/** The real content/, built in a copy and served with gzip: typed search, the search page, a lesson page, Lighthouse. */
async function measureRealSite(): Promise<RealSite> {
  const real = join(work, 'real-site');
  makeBenchProject(projectRoot, real);
  cpSync(join(projectRoot, 'content'), join(real, 'content'), { recursive: true });
  log('Trang thật (content/): dựng để đo tìm kiếm, trang bài học và Lighthouse…');
  await timed([join(real, 'scripts', 'build.ts')], real, { SITE_BASE: '/', OUT_DIR: 'dist' });
  const lesson = readdirSync(join(real, 'dist', 'bai-hoc')).find((name) => statSync(join(real, 'dist', 'bai-hoc', name)).isDirectory())!;
  const server = await serveStatic(join(real, 'dist'));
  try {
    const lessonKb = await probeLessonPage(server.url, `bai-hoc/${lesson}/`);
    const typed = await probeTyped(server.url, `bai-hoc/${lesson}/`);
    const searchPage = await probeSearchPage(server.url, 'chi bộ');
    log(`  Lighthouse, cấu hình mặc định (điện thoại, mạng và CPU chậm giả lập), ${lighthouseRuns} lần mỗi trang…`);
    const at = (path: string) => new URL(path, server.url).href;
    const searchLh = await lighthouseMedian(at('tim-kiem/'), lighthouseRuns);
    const resultsLh = await lighthouseMedian(at(`tim-kiem/?q=${encodeURIComponent('chi bộ')}`), lighthouseRuns);
    const lessonLh = await lighthouseMedian(at(`bai-hoc/${lesson}/`), lighthouseRuns);
    return { typed, searchPage, lessonKb, searchLh, resultsLh, lessonLh };
  } finally {
    await server.close();
  }
}

/** The real site's figures in the JSON line, null where not measured. */
function siteFigures(r: RealSite | null): SiteFigures & Record<string, number | string[] | null> {
  return {
    site_search_typed_ms_p50: r?.typed.search_typed_ms_p50 ?? null,
    site_search_typed_ms_p90: r?.typed.search_typed_ms_p90 ?? null,
    site_search_page_tbt_ms: r?.searchPage.search_page_tbt_ms ?? null,
    site_lesson_page_kb: r?.lessonKb ?? null,
    search_page_lighthouse_performance: r?.searchLh.performance ?? null,
    search_page_lighthouse_tbt_ms: r?.searchLh.total_blocking_time_ms ?? null,
    search_page_lighthouse_lcp_ms: r?.searchLh.largest_contentful_paint_ms ?? null,
    search_page_lighthouse_weak: r?.searchLh.weak_audits ?? null,
    search_results_lighthouse_performance: r?.resultsLh.performance ?? null,
    search_results_lighthouse_tbt_ms: r?.resultsLh.total_blocking_time_ms ?? null,
    search_results_lighthouse_cls: r?.resultsLh.cumulative_layout_shift ?? null,
    search_results_lighthouse_weak: r?.resultsLh.weak_audits ?? null,
    lesson_page_lighthouse_performance: r?.lessonLh.performance ?? null,
    lesson_page_lighthouse_tbt_ms: r?.lessonLh.total_blocking_time_ms ?? null,
    lesson_page_lighthouse_lcp_ms: r?.lessonLh.largest_contentful_paint_ms ?? null,
    lesson_page_lighthouse_weak: r?.lessonLh.weak_audits ?? null,
    lighthouse_runs: r ? lighthouseRuns : null,
  };
}

function siteRows(r: RealSite | null): [string, string][] {
  const lh = (x: LighthouseRun | undefined) => (x ? `${x.performance} điểm, TBT ${x.total_blocking_time_ms} ms, LCP ${x.largest_contentful_paint_ms} ms, CLS ${x.cumulative_layout_shift}` : '—');
  return [
    ['Trang bài học, tải trước khi tìm, trang thật', r ? `${r.lessonKb} KB` : '—'],
    ['Gõ → kết quả (p50 / p90), trang thật', r ? `${r.typed.search_typed_ms_p50} / ${r.typed.search_typed_ms_p90} ms (${r.typed.search_typed_samples} truy vấn)` : '—'],
    [`Lighthouse /tim-kiem/ (trung vị ${lighthouseRuns} lần)`, lh(r?.searchLh)],
    ['Lighthouse /tim-kiem/?q=chi bộ', lh(r?.resultsLh)],
    ['Lighthouse trang bài học', lh(r?.lessonLh)],
  ];
}

function printTargets(targets: TargetCheck[]): void {
  console.log('\nMục tiêu (docs/performance.md):');
  for (const line of formatTargets(targets)) console.log(line);
}

if (realOnly) {
  if (!hasBrowser()) throw new Error('--only real cần Chromium (tests/support/browser.ts)');
  const real = await measureRealSite();
  const site = siteFigures(real);
  console.log(`\nSổ tay — trang thật (content/) (${machine})`);
  const rows = siteRows(real);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  const targets = checkSiteTargets(site);
  printTargets(targets);
  if (values.keep) console.log(`  Giữ lại: ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify({ only: 'real', ...site, targets: Object.fromEntries(targets.map((t) => [t.id, t.met])) }));
  process.exit(0);
}

log(`Sinh kho tổng hợp ${pages} trang (seed ${values.seed})…`);
const corpus = generateCorpus({ pages, seed: Number(values.seed) });
log(`  ${Object.entries(corpus.counts).map(([k, v]) => `${k} ${v}`).join(', ')}; trung bình ${Math.round(corpus.words / corpus.pages.length)} từ/trang`);

const ours: Run[] = [];
const warm: Run[] = [];
const theirs: Run[] = [];
const alone: Run[] = [];
const floors = new Map<BaselineKind, Run[]>(baselines.map((k) => [k, []]));
let site = '';
let starlightDir = '';
if (compare.has('starlight')) {
  starlightDir = join(tmpdir(), `so-tay-bench-starlight-${STARLIGHT_VERSION}`);
  log(`Cài @astrojs/starlight ${STARLIGHT_VERSION} vào ${starlightDir} (một lần, không tính giờ)…`);
  installStarlight(starlightDir, projectRoot);
}
for (let run = 1; run <= runs; run++) {
  // A fresh copy each run: a cold build, no content cache, no previous output.
  site = join(work, `site-${run}`);
  makeBenchProject(projectRoot, site);
  writeCorpus(corpus, join(site, 'content'));
  log(`[${run}/${runs}] Sổ tay: dựng ${pages} trang…`);
  const r = await timed([join(site, 'scripts', 'build.ts')], site, { SITE_BASE: '/', OUT_DIR: 'dist' }, true);
  writeFileSync(join(work, `so-tay-build-${run}.log`), r.output);
  ours.push(r);
  log(`  ${round(r.wallMs / 1000)} s, chỉ mục ${round((r.timings.index ?? 0) / 1000)} s, RSS đỉnh ${r.peakMb ?? '?'} MB`);
  // The search index's share of the build, measured on its own: Pagefind on the same output.
  const a = await timed([join(projectRoot, 'tests', 'bench', 'pagefind-alone.ts'), join(site, 'dist'), INDEXED_GLOB], site, {});
  alone.push(a);
  log(`  Pagefind riêng trên bản dựng này: ${round(a.wallMs / 1000)} s, RSS đỉnh ${a.peakMb ?? '?'} MB`);
  // What an editor waits for after fixing one word in one lesson: the same build again in the
  // same folder, with Astro's cache and the previous output kept.
  const edited = editOneLesson(corpus, join(site, 'content'));
  const w = await timed([join(site, 'scripts', 'build.ts')], site, { SITE_BASE: '/', OUT_DIR: 'dist' }, true);
  writeFileSync(join(work, `so-tay-rebuild-${run}.log`), w.output);
  warm.push(w);
  log(`  Dựng lại sau khi sửa ${edited}: ${round(w.wallMs / 1000)} s, chỉ mục ${round((w.timings.index ?? 0) / 1000)} s`);
  for (const kind of baselines) {
    const dir = join(work, kind);
    writeBaselineSite(dir, projectRoot, kind, corpus.pages);
    log(`[${run}/${runs}] Mức sàn "${kind}" (Astro + Pagefind, không tính năng nào): dựng cùng ${pages} trang…`);
    const b = await timed([join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir, {});
    writeFileSync(join(work, `${kind}-build-${run}.log`), b.output);
    floors.get(kind)!.push(b);
    // A floor that built fewer pages would flatter it: every corpus page must be there, indexed.
    const built = htmlStats(join(dir, 'dist')).pages;
    if (built < pages || !existsSync(join(dir, 'dist', 'pagefind', 'pagefind-entry.json'))) {
      throw new Error(`Mức sàn "${kind}" chỉ dựng ${built}/${pages} trang hoặc thiếu chỉ mục Pagefind (xem ${join(work, `${kind}-build-${run}.log`)})`);
    }
    log(`  ${round(b.wallMs / 1000)} s, RSS đỉnh ${b.peakMb ?? '?'} MB`);
    rmSync(dir, { recursive: true, force: true });
  }
  if (compare.has('starlight')) {
    writeStarlightSite(starlightDir, corpus.pages);
    log(`[${run}/${runs}] Starlight ${STARLIGHT_VERSION}: dựng cùng ${pages} trang…`);
    const s = await timed([join(starlightDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], starlightDir, {});
    writeFileSync(join(work, `starlight-build-${run}.log`), s.output);
    theirs.push(s);
    log(`  ${round(s.wallMs / 1000)} s, RSS đỉnh ${s.peakMb ?? '?'} MB`);
  }
  if (run < runs) rmSync(site, { recursive: true, force: true });
}

const dist = join(site, 'dist');
const stats = htmlStats(dist);
// Two first searches, each from a fresh browser on a lesson page: a document number (how cadres
// look a resolution up; its words are rare) and "chi bộ", about the most common words there are.
const symbolPage = corpus.pages.find((p) => p.collection === 'van-ban' && p.title.includes(' số '));
const symbolQuery = values.query ?? symbolPage?.title.replace(/^.* số /, '') ?? 'chi bộ';
let probe: SearchProbe | null = null;
let common: SearchProbe | null = null;
let typed: TypedProbe | null = null;
let searchPage: SearchPageProbe | null = null;
// The same typed-search, search-page and lesson-page measures on the real site, and Lighthouse.
let real: RealSite | null = null;
if (!values['no-browser'] && hasBrowser()) {
  const lesson = corpus.pages.find((p) => p.collection === 'bai-hoc')!;
  const server = await serveStatic(dist);
  try {
    probe = await probeSearch(server.url, `bai-hoc/${lesson.id}/`, symbolQuery);
    common = await probeSearch(server.url, `bai-hoc/${lesson.id}/`, 'chi bộ');
    typed = await probeTyped(server.url, `bai-hoc/${lesson.id}/`);
    searchPage = await probeSearchPage(server.url, 'chi bộ');
  } finally {
    await server.close();
  }
  real = await measureRealSite();
} else {
  log('Không có Chromium (hoặc --no-browser): bỏ qua đo tìm kiếm.');
}

// The scale target: twice the pages, one cold build of a corpus of the same kind (same seed),
// against the median above. Only from 5,000 pages on, where the target is stated.
let scale: { pages: number; totalS: number; peakMb: number | null } | null = null;
if (pages >= 5000 && !values['no-scale']) {
  const twice = generateCorpus({ pages: pages * 2, seed: Number(values.seed) });
  const dir = join(work, 'site-scale');
  makeBenchProject(projectRoot, dir);
  writeCorpus(twice, join(dir, 'content'));
  log(`Quy mô: dựng ${pages * 2} trang một lần (không đo trình duyệt)…`);
  const r = await timed([join(dir, 'scripts', 'build.ts')], dir, { SITE_BASE: '/', OUT_DIR: 'dist' }, true);
  writeFileSync(join(work, 'so-tay-build-scale.log'), r.output);
  scale = { pages: pages * 2, totalS: round(r.wallMs / 1000), peakMb: r.peakMb };
  log(`  ${scale.totalS} s, RSS đỉnh ${r.peakMb ?? '?'} MB`);
  rmSync(dir, { recursive: true, force: true });
}

const totalS = median(ours.map((r) => r.wallMs)) / 1000;
const indexS = median(ours.map((r) => r.timings.index ?? 0)) / 1000;
const warmS = median(warm.map((r) => r.wallMs)) / 1000;
const warmIndexS = median(warm.map((r) => r.timings.index ?? 0)) / 1000;
const phaseS = (rs: Run[], phase: string) => round(median(rs.map((r) => r.timings[phase] ?? 0)) / 1000);
const peaks = ours.map((r) => r.peakMb).filter((x): x is number => x !== null);
const starlightS = theirs.length ? median(theirs.map((r) => r.wallMs)) / 1000 : null;
const floorS = (kind: BaselineKind) => {
  const r = floors.get(kind);
  return r?.length ? round(median(r.map((x) => x.wallMs)) / 1000) : null;
};
const floorRss = (kind: BaselineKind) => {
  const r = floors.get(kind)?.map((x) => x.peakMb).filter((x): x is number => x !== null);
  return r?.length ? Math.max(...r) : null;
};
const alonePeaks = alone.map((r) => r.peakMb).filter((x): x is number => x !== null);
const result = {
  pages,
  build_s: round(totalS - indexS),
  index_s: round(indexS),
  total_s: round(totalS),
  peak_rss_mb: peaks.length ? Math.max(...peaks) : null,
  html_kb_per_page: round(stats.kbPerPage),
  search_first_kb: probe?.search_first_kb ?? null,
  search_first_ms: probe?.search_first_ms ?? null,
  starlight_total_s: starlightS === null ? null : round(starlightS),
  lesson_page_kb: probe?.lesson_page_kb ?? null,
  search_query: probe ? symbolQuery : null,
  search_common_kb: common?.search_first_kb ?? null,
  search_common_ms: common?.search_first_ms ?? null,
  search_typed_ms_p50: typed?.search_typed_ms_p50 ?? null,
  search_typed_ms_p90: typed?.search_typed_ms_p90 ?? null,
  search_typed_floor_ms_p50: typed?.search_typed_floor_ms_p50 ?? null,
  search_page_kb: searchPage?.search_page_kb ?? null,
  search_page_tbt_ms: searchPage?.search_page_tbt_ms ?? null,
  ...siteFigures(real),
  speedup_vs_starlight: starlightS === null ? null : round(starlightS / totalS, 2),
  html_pages: stats.pages + stats.redirects,
  pagefind_alone_s: alone.length ? round(median(alone.map((r) => r.wallMs)) / 1000) : null,
  pagefind_alone_rss_mb: alonePeaks.length ? Math.max(...alonePeaks) : null,
  astro_total_s: floorS('astro'),
  astro_peak_rss_mb: floorRss('astro'),
  astro_unified_total_s: floorS('astro-unified'),
  astro_unified_peak_rss_mb: floorRss('astro-unified'),
  warm_rebuild_s: round(warmS),
  warm_rebuild_index_s: round(warmIndexS),
  check_s: phaseS(ours, 'check'),
  astro_s: phaseS(ours, 'astro'),
  warm_rebuild_astro_s: phaseS(warm, 'astro'),
  scale_pages: scale?.pages ?? null,
  scale_total_s: scale?.totalS ?? null,
  scale_ratio: scaleRatio({ total_s: round(totalS), scale_total_s: scale?.totalS ?? null }),
  scale_peak_rss_mb: scale?.peakMb ?? null,
  runs,
};

const rows: [string, string][] = [
  ['Trang sinh ra (mục nội dung)', `${pages}`],
  ['Tệp HTML dựng ra', `${result.html_pages} (${stats.redirects} trang chuyển hướng)`],
  ['Dựng (kiểm tra, trang, liên kết)', `${result.build_s} s`],
  ['Lập chỉ mục tìm kiếm', `${result.index_s} s`],
  ['Tổng thời gian dựng', `${result.total_s} s`],
  ['  trong đó kiểm tra nội dung, Astro', `${result.check_s} s, ${result.astro_s} s`],
  ['Dựng lại sau khi sửa một bài học', `${result.warm_rebuild_s} s (Astro ${result.warm_rebuild_astro_s} s, chỉ mục ${result.warm_rebuild_index_s} s)`],
  ['RSS đỉnh (cả cây tiến trình)', result.peak_rss_mb === null ? 'không đo được' : `${result.peak_rss_mb} MB`],
  ['HTML trung bình mỗi trang', `${result.html_kb_per_page} KB`],
  ['Dung lượng bản dựng', `${round(stats.totalMb)} MB`],
  ['Trang bài học, tải trước khi tìm', result.lesson_page_kb === null ? '—' : `${result.lesson_page_kb} KB`],
  [`Lần tìm đầu tiên “${symbolQuery}”`, result.search_first_kb === null ? '—' : `${result.search_first_kb} KB, ${result.search_first_ms} ms`],
  ['Lần tìm đầu tiên “chi bộ”', result.search_common_kb === null ? '—' : `${result.search_common_kb} KB, ${result.search_common_ms} ms`],
  ['Gõ → kết quả (p50 / p90), kho sinh ra', typed === null ? '—' : `${typed.search_typed_ms_p50} / ${typed.search_typed_ms_p90} ms (${typed.search_typed_samples} truy vấn)`],
  ['  trong đó Pagefind riêng, lần tìm đầu của truy vấn (p50)', typed === null ? '—' : `${typed.search_typed_floor_ms_p50} ms`],
  ['Trang tìm kiếm: tải trước khi gõ, thời gian chặn', searchPage === null ? '—' : `${searchPage.search_page_kb} KB, ${searchPage.search_page_tbt_ms} ms (trang thật ${real?.searchPage.search_page_tbt_ms ?? '?'} ms)`],
  ...siteRows(real),
  ['Pagefind riêng trên bản dựng', `${result.pagefind_alone_s} s, RSS đỉnh ${result.pagefind_alone_rss_mb ?? '?'} MB`],
  ...(scale === null ? [] : ([[`Dựng ${scale.pages} trang (một lần)`, `${scale.totalS} s = ${result.scale_ratio}× thời gian ${pages} trang, RSS đỉnh ${scale.peakMb ?? '?'} MB`]] as [string, string][])),
  ...baselines.map((kind) => [`Mức sàn "${kind}" (Astro + Pagefind)`, `${floorS(kind)} s, RSS đỉnh ${floorRss(kind) ?? '?'} MB`] as [string, string]),
  ...(starlightS === null
    ? []
    : ([
        [`Starlight ${STARLIGHT_VERSION}: tổng thời gian dựng`, `${result.starlight_total_s} s`],
        ['Sổ tay nhanh hơn Starlight', `${result.speedup_vs_starlight}×`],
      ] as [string, string][])),
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\nSổ tay — benchmark (${runs > 1 ? `trung vị của ${runs} lần chạy` : '1 lần chạy'}; ${machine})`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
// The targets of docs/performance.md, each met or missed, with the floor that blocks a missed one.
const targets = checkTargets(result);
printTargets(targets);
if (values.keep) console.log(`  Giữ lại: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify({ ...result, targets: Object.fromEntries(targets.map((t) => [t.id, t.met])) }));
