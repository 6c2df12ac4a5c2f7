/**
 * The benchmark's browser measures alone, on a folder already built (`npm run bench -- --probe
 * <dist>`): the first search for "chi bộ" (and for `query`, when given) and typed search, each
 * the median of `runs`. Rebuilding 5,000 pages to measure a change of the search code costs
 * minutes; a build kept with `--keep` (its `site-1/dist`), or the same folder with another
 * build's code, is measured in seconds, old and new back to back.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { probeSearch, probeTyped } from './search-probe.ts';
import { serveStatic } from './serve.ts';

export interface BuiltProbe {
  search_common_kb: number;
  search_common_ms: number;
  search_first_kb: number | null;
  search_first_ms: number | null;
  search_typed_ms_p50: number;
  search_typed_ms_p90: number;
  search_typed_floor_ms_p50: number;
  runs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function probeBuilt(dist: string, runs: number, query?: string, log: (line: string) => void = () => {}): Promise<BuiltProbe> {
  const lessons = join(dist, 'bai-hoc');
  const lesson = readdirSync(lessons).find((name) => statSync(join(lessons, name)).isDirectory());
  if (!lesson) throw new Error(`${dist} không có trang bài học nào (bai-hoc/<id>/)`);
  const server = await serveStatic(dist);
  const figures: Record<keyof Omit<BuiltProbe, 'runs'>, number[]> = {
    search_common_kb: [],
    search_common_ms: [],
    search_first_kb: [],
    search_first_ms: [],
    search_typed_ms_p50: [],
    search_typed_ms_p90: [],
    search_typed_floor_ms_p50: [],
  };
  try {
    for (let run = 1; run <= runs; run++) {
      const common = await probeSearch(server.url, `bai-hoc/${lesson}/`, 'chi bộ');
      figures.search_common_kb.push(common.search_first_kb);
      figures.search_common_ms.push(common.search_first_ms);
      if (query) {
        const rare = await probeSearch(server.url, `bai-hoc/${lesson}/`, query);
        figures.search_first_kb.push(rare.search_first_kb);
        figures.search_first_ms.push(rare.search_first_ms);
      }
      const typed = await probeTyped(server.url, `bai-hoc/${lesson}/`);
      figures.search_typed_ms_p50.push(typed.search_typed_ms_p50);
      figures.search_typed_ms_p90.push(typed.search_typed_ms_p90);
      figures.search_typed_floor_ms_p50.push(typed.search_typed_floor_ms_p50);
      log(`  [${run}/${runs}] “chi bộ” ${common.search_first_kb} KB, ${common.search_first_ms} ms; gõ p50 ${typed.search_typed_ms_p50} / p90 ${typed.search_typed_ms_p90} ms (Pagefind riêng ${typed.search_typed_floor_ms_p50} ms)`);
      // The slowest queries, with Pagefind's own search of each: what the p90 is made of.
      const slowest = [...typed.search_typed_each].sort((a, b) => b.ms - a.ms).slice(0, 4);
      log(`    chậm nhất: ${slowest.map((q) => `“${q.query}” ${q.ms} ms (Pagefind ${q.floor_ms} ms)`).join(', ')}`);
    }
  } finally {
    await server.close();
  }
  const of = (xs: number[]) => (xs.length ? Math.round(median(xs) * 10) / 10 : null);
  return {
    search_common_kb: of(figures.search_common_kb)!,
    search_common_ms: of(figures.search_common_ms)!,
    search_first_kb: of(figures.search_first_kb),
    search_first_ms: of(figures.search_first_ms),
    search_typed_ms_p50: of(figures.search_typed_ms_p50)!,
    search_typed_ms_p90: of(figures.search_typed_ms_p90)!,
    search_typed_floor_ms_p50: of(figures.search_typed_floor_ms_p50)!,
    runs,
  };
}
