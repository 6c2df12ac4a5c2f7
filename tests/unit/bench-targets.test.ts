/** The benchmark's targets check (tests/bench/targets.ts): met, missed with its floor, or not measured. */
import { describe, expect, it } from 'vitest';
import { checkTargets, formatTargets, type BenchFigures } from '../bench/targets.ts';

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
    expect(t.get('lesson_page')).toMatchObject({ met: true });
    expect(t.get('search_common')).toMatchObject({ met: false });
  });

  it('says what was not measured rather than passing or failing it', () => {
    const t = byId({ ...figures, starlight_total_s: null, search_common_ms: null, search_common_kb: null, warm_rebuild_s: 10 });
    expect(t.get('speedup_vs_starlight')!.met).toBeNull();
    expect(t.get('search_common')!.met).toBeNull();
    expect(t.get('search_typed_p50')!.met).toBeNull();
    expect(t.get('warm_rebuild_share')!.met).toBe(true);
    expect(formatTargets(checkTargets({ ...figures, starlight_total_s: null })).join('\n')).toContain('chưa đo');
  });
});
