/**
 * Lighthouse's performance category on a served page, as the issue states its target: the
 * default configuration (a mid-range phone emulated, its simulated slow 4G and 4× slower CPU),
 * in the Chromium our Playwright suites use (tests/support/browser.ts), each page measured `runs`
 * times from a fresh browser, the median of each figure kept. Every request the page made is checked to be on the served site: a Lighthouse figure
 * that counted a request leaving the machine would not be the site's.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../support/browser.ts';

/** As the Playwright suites launch it (tests/support/browser.ts), headless, in chrome-launcher's spelling. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface LighthouseRun {
  /** the performance category, 0–100 */
  performance: number;
  total_blocking_time_ms: number;
  largest_contentful_paint_ms: number;
  first_contentful_paint_ms: number;
  cumulative_layout_shift: number;
  /** audits of the performance category that scored under 0.9, by id: what to look at first */
  weak_audits: string[];
}

async function runOnce(url: string): Promise<LighthouseRun> {
  const chromePath = chromiumExecutable() ?? chromium.executablePath();
  const chrome = await launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse lỗi trên ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const origin = new URL(url).origin;
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
    const outside = requests.map((r) => r.url).filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
    if (requests.length === 0 || outside.length > 0) {
      throw new Error(`Lighthouse: trang ${url} phải chỉ tải từ ${origin}, nhưng ${requests.length === 0 ? 'không ghi được yêu cầu nào' : `đã gọi ${outside.join(', ')}`}`);
    }
    const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    const weak = (lhr.categories.performance?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => ref.id);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      total_blocking_time_ms: ms('total-blocking-time'),
      largest_contentful_paint_ms: ms('largest-contentful-paint'),
      first_contentful_paint_ms: ms('first-contentful-paint'),
      cumulative_layout_shift: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
      weak_audits: weak,
    };
  } finally {
    chrome.kill();
  }
}

/** Medians of `runs` runs, each figure on its own; the weak audits are those of the run with the median score. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseRun & { scores: number[] }> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url));
  const mid = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor((xs.length - 1) / 2)]!;
  const median = (key: (r: LighthouseRun) => number) => key(mid(all, key));
  return {
    performance: median((r) => r.performance),
    total_blocking_time_ms: median((r) => r.total_blocking_time_ms),
    largest_contentful_paint_ms: median((r) => r.largest_contentful_paint_ms),
    first_contentful_paint_ms: median((r) => r.first_contentful_paint_ms),
    cumulative_layout_shift: median((r) => r.cumulative_layout_shift),
    weak_audits: mid(all, (r) => r.performance).weak_audits,
    scores: all.map((r) => r.performance),
  };
}
