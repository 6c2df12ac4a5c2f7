/**
 * Smoke run of the benchmark (`npm run bench`) at 50 pages: it generates the corpus,
 * builds it with the production pipeline in a temporary copy, runs Pagefind alone on the
 * output, builds the bare Astro + Pagefind floor from the same bodies, measures the browser
 * side (first search, typed search on the corpus and on the real site), and ends with the one-line JSON summary docs/performance.md's figures come from. The full-size
 * runs (5,000 and 10,000 pages, against Starlight) are not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from '../support/child-env.ts';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const KEYS = ['pages', 'build_s', 'index_s', 'total_s', 'peak_rss_mb', 'html_kb_per_page', 'search_first_kb', 'search_first_ms', 'search_typed_ms_p50', 'search_typed_ms_p90', 'site_search_typed_ms_p50', 'site_search_typed_ms_p90', 'starlight_total_s'];

describe('npm run bench', () => {
  it('builds a 50-page synthetic knowledge base and prints its figures as JSON on the last line', { timeout: 600_000 }, () => {
    const env = childEnv();
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--pages', '50', '--compare', 'astro', '--lighthouse-runs', '1'], { cwd: ROOT, encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const result = JSON.parse(lines.at(-1)!) as Record<string, number | null>;
    for (const key of KEYS) expect(result).toHaveProperty(key);
    expect(result.pages).toBe(50);
    expect(result.total_s).toBeGreaterThan(0);
    expect(result.index_s).toBeGreaterThan(0);
    expect(result.total_s).toBeGreaterThanOrEqual(result.index_s!);
    expect(result.html_kb_per_page).toBeGreaterThan(1);
    expect(result.starlight_total_s).toBeNull();
    // The floor it is compared with, and the index's own share, were measured too.
    expect(result.astro_total_s).toBeGreaterThan(0);
    expect(result.astro_unified_total_s).toBeNull();
    expect(result.pagefind_alone_s).toBeGreaterThan(0);
    // Memory is sampled from /proc: a figure on Linux, and an explicit null elsewhere.
    if (process.platform === 'linux') expect(result.peak_rss_mb).toBeGreaterThan(50);
    else expect(result.peak_rss_mb).toBeNull();
    // A real first search: bytes fetched and time until the first result showed. The suite
    // installs Chromium (scripts/ensure-browser.ts), so a missing browser fails here rather than skipping.
    expect(hasBrowser(), 'no Chromium for the benchmark’s search measurement').toBe(true);
    expect(result.search_first_kb).toBeGreaterThan(20);
    expect(result.search_first_ms).toBeGreaterThan(0);
    // Typed query → results painted, on the generated corpus and on the real site.
    for (const key of ['search_typed_ms_p50', 'search_typed_ms_p90', 'site_search_typed_ms_p50', 'site_search_typed_ms_p90']) expect(result[key], key).toBeGreaterThan(0);
    expect(result.search_typed_ms_p90).toBeGreaterThanOrEqual(result.search_typed_ms_p50!);
    // The real site's lesson page and Lighthouse's figures of its search and lesson pages.
    expect(result.site_lesson_page_kb).toBeGreaterThan(20);
    for (const key of ['search_page_lighthouse_performance', 'search_results_lighthouse_performance', 'lesson_page_lighthouse_performance']) {
      expect(result[key], key).toBeGreaterThan(0);
      expect(result[key], key).toBeLessThanOrEqual(100);
    }
    expect(result.search_page_lighthouse_tbt_ms).toBeGreaterThanOrEqual(0);
    expect(run.stdout).toContain('Tổng thời gian dựng');
    // A rebuild after one lesson is edited, and the targets checked against this run's figures.
    expect(result.warm_rebuild_s).toBeGreaterThan(0);
    expect(result.warm_rebuild_s).toBeLessThan(result.total_s! + 60);
    expect(result.astro_s).toBeGreaterThan(0);
    const targets = (result as unknown as { targets: Record<string, boolean | null> }).targets;
    expect(Object.keys(targets)).toEqual(expect.arrayContaining(['speedup_vs_starlight', 'warm_rebuild_share', 'search_common', 'peak_rss', 'lesson_page', 'site_lesson_page', 'search_page_lighthouse', 'lesson_page_lighthouse']));
    expect(targets.speedup_vs_starlight).toBeNull();
    expect(run.stdout).toContain('Mục tiêu (docs/performance.md):');
  });

  it('refuses an --only it does not know', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--only', 'corpus'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('"real"');
  });

  it('refuses a comparison it does not know, naming the ones it does', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--pages', '50', '--compare', 'hugo'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('starlight, astro, astro-unified');
    expect(run.stderr).toContain('"hugo"');
  });
});
