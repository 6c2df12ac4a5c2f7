/** The benchmark's targets check (tests/bench/targets.ts): met, missed with its floor, or not measured. */
import { describe, expect, it } from 'vitest';
import { checkSiteTargets, checkTargets, formatTargets, type BenchFigures } from '../bench/targets.ts';

const figures: BenchFigures = {
  pages: 5000,
  total_s: 48,
  index_s: 18,
  astro_s: 28,
  check_s: 1,
  peak_rss_mb: 1800,
  lesson_page_kb: 46,
  search_common_kb: 465,
  search_common_ms: 3800,
  starlight_total_s: 38,
  pagefind_alone_s: 15,
  astro_total_s: 36,
  warm_rebuild_s: 20,
  warm_rebuild_index_s: 15,
  warm_rebuild_astro_s: 4,
};
const byId = (f: BenchFigures) => new Map(checkTargets(f).map((t) => [t.id, t]));

describe('the targets check', () => {
  it('names a missed target with the floor measured in the same run, and a met one without', () => {
    const t = byId(figures);
    expect(t.get('speedup_vs_starlight')).toMatchObject({ met: false });
    expect(t.get('speedup_vs_starlight')!.floor).toContain('Pagefind riêng 15 s');
    expect(t.get('speedup_vs_starlight')!.floor).toContain('≤ 31.67 s');
    expect(t.get('warm_rebuild_share')).toMatchObject({ met: false });
    expect(t.get('warm_rebuild_share')!.floor).toContain('15 s');
    expect(t.get('peak_rss')).toMatchObject({ met: true, floor: undefined });
    // Over 2 GB: where the peak is, and the bare Astro site's peak of the same run.
    const heavy = byId({ ...figures, peak_rss_mb: 2137, astro_peak_rss_mb: 1450 }).get('peak_rss')!;
    expect(heavy).toMatchObject({ met: false });
    expect(heavy.floor).toContain('1450 MB');
    expect(heavy.floor).toContain('tiến trình Astro');
    const slow = byId({ ...figures, search_typed_ms_p50: 156, search_typed_floor_ms_p50: 112 }).get('search_typed_p50')!;
    expect(slow).toMatchObject({ met: false });
    expect(slow.floor).toContain('112 ms');
    expect(t.get('lesson_page')).toMatchObject({ met: true });
    expect(t.get('search_common')).toMatchObject({ met: false });
  });

  it('says what was not measured rather than passing or failing it', () => {
    const t = byId({ ...figures, starlight_total_s: null, search_common_ms: null, search_common_kb: null, warm_rebuild_s: 10 });
    expect(t.get('speedup_vs_starlight')!.met).toBeNull();
    expect(t.get('search_common')!.met).toBeNull();
    expect(t.get('search_typed_p50')!.met).toBeNull();
    expect(t.get('scale_twice_pages')!.met).toBeNull();
    expect(t.get('warm_rebuild_share')!.met).toBe(true);
    expect(formatTargets(checkTargets({ ...figures, starlight_total_s: null })).join('\n')).toContain('chưa đo');
  });

  it('checks twice the pages against 2.2× the time, with the index share under a miss', () => {
    const met = byId({ ...figures, scale_pages: 10000, scale_total_s: 100 }).get('scale_twice_pages')!;
    expect(met).toMatchObject({ met: true, floor: undefined });
    expect(met.value).toContain('2.08×');
    const missed = byId({ ...figures, scale_pages: 10000, scale_total_s: 110 }).get('scale_twice_pages')!;
    expect(missed).toMatchObject({ met: false });
    expect(missed.floor).toContain('18 s');
  });

  it('checks Lighthouse on the real site: a score under 95 or blocking over 200 ms is missed, naming the weak audits', () => {
    const site = { site_lesson_page_kb: 47.5, search_page_lighthouse_performance: 99, search_page_lighthouse_tbt_ms: 12, search_results_lighthouse_performance: 93, search_results_lighthouse_tbt_ms: 38, search_results_lighthouse_weak: ['cumulative-layout-shift'], lesson_page_lighthouse_performance: 98, lesson_page_lighthouse_tbt_ms: 250, lesson_page_lighthouse_weak: ['total-blocking-time'] };
    const t = new Map(checkSiteTargets(site).map((c) => [c.id, c]));
    expect(t.get('site_lesson_page')).toMatchObject({ met: true });
    expect(t.get('search_page_lighthouse')).toMatchObject({ met: true, floor: undefined });
    expect(t.get('search_results_lighthouse')).toMatchObject({ met: false });
    expect(t.get('search_results_lighthouse')!.floor).toContain('cumulative-layout-shift');
    expect(t.get('lesson_page_lighthouse')).toMatchObject({ met: false, value: '98 điểm, 250 ms' });
    // The full run checks the same targets after its own; a run without them says so.
    expect(checkTargets({ ...figures, ...site }).map((c) => c.id)).toEqual(expect.arrayContaining(['lesson_page', 'site_lesson_page', 'search_page_lighthouse']));
    expect(new Map(checkTargets(figures).map((c) => [c.id, c])).get('search_page_lighthouse')!.met).toBeNull();
  });
});
