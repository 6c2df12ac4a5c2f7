/**
 * The performance targets (docs/performance.md), checked against one benchmark's figures: met or
 * missed, and for a missed one the floor measured in the same run that stands in its way.
 */

/** The benchmark's figures a target is read from (scripts/bench.ts's JSON line). */
export interface BenchFigures {
  pages: number;
  total_s: number;
  index_s: number;
  astro_s: number;
  check_s: number;
  peak_rss_mb: number | null;
  lesson_page_kb: number | null;
  search_common_kb: number | null;
  search_common_ms: number | null;
  search_typed_ms_p50?: number | null;
  /** Pagefind's own first search of each typed query, warm, median (search-probe.ts) */
  search_typed_floor_ms_p50?: number | null;
  starlight_total_s: number | null;
  pagefind_alone_s: number | null;
  astro_total_s: number | null;
  /** the `astro` floor's peak memory in the same run (with --compare astro) */
  astro_peak_rss_mb?: number | null;
  warm_rebuild_s: number;
  warm_rebuild_index_s: number;
  warm_rebuild_astro_s: number;
  /** one cold build of twice the pages (bench.ts, from 5,000 pages on; null when not built) */
  scale_pages?: number | null;
  scale_total_s?: number | null;
}

/** The real site's figures (content/ built in a copy; `npm run bench -- --only real` measures these alone). */
export interface SiteFigures {
  site_lesson_page_kb?: number | null;
  search_page_lighthouse_performance?: number | null;
  search_page_lighthouse_tbt_ms?: number | null;
  /** Lighthouse's audits of the search page that scored under 0.9 */
  search_page_lighthouse_weak?: string[] | null;
  /** the search page with a query (/tim-kiem/?q=chi bộ), its results drawn */
  search_results_lighthouse_performance?: number | null;
  search_results_lighthouse_tbt_ms?: number | null;
  search_results_lighthouse_weak?: string[] | null;
  lesson_page_lighthouse_performance?: number | null;
  lesson_page_lighthouse_tbt_ms?: number | null;
  lesson_page_lighthouse_weak?: string[] | null;
}

export interface TargetCheck {
  id: string;
  /** the target, as docs/performance.md states it */
  target: string;
  /** what this run measured */
  value: string;
  /** null: not measured in this run */
  met: boolean | null;
  /** for a missed target: what blocks it, measured in the same run */
  floor?: string;
}

const s = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x} s`);
const r = (x: number) => Math.round(x * 100) / 100;

/** Twice the pages' build time over the median cold build's, as the JSON line and the target read it. */
export const scaleRatio = (f: Pick<BenchFigures, 'total_s' | 'scale_total_s'>): number | null =>
  f.scale_total_s ? r(f.scale_total_s / f.total_s) : null;

const lighthouse = (id: string, page: string, score: number | null | undefined, tbt: number | null | undefined, weak: string[] | null | undefined): TargetCheck => {
  const measured = score !== null && score !== undefined && tbt !== null && tbt !== undefined;
  return {
    id,
    target: `${page}: Lighthouse hiệu năng ≥ 95 và tổng thời gian chặn ≤ 200 ms (cấu hình mặc định, gzip)`,
    value: measured ? `${score} điểm, ${tbt} ms` : 'không đo trong lần chạy này',
    met: measured ? score >= 95 && tbt <= 200 : null,
    floor: `các mục Lighthouse dưới 0,9 điểm: ${weak?.length ? weak.join(', ') : 'không có'}`,
  };
};

/** The targets measured on the real site: its lesson page's weight and Lighthouse's two figures. */
export function checkSiteTargets(f: SiteFigures): TargetCheck[] {
  const kb = f.site_lesson_page_kb;
  const checks: TargetCheck[] = [
    {
      id: 'site_lesson_page',
      target: 'trang bài học của trang thật ≤ 50 KB trước khi mở tìm kiếm',
      value: kb === null || kb === undefined ? 'không đo trong lần chạy này' : `${kb} KB`,
      met: kb === null || kb === undefined ? null : kb <= 50,
    },
    lighthouse('search_page_lighthouse', 'trang tìm kiếm /tim-kiem/', f.search_page_lighthouse_performance, f.search_page_lighthouse_tbt_ms, f.search_page_lighthouse_weak),
    lighthouse('search_results_lighthouse', 'trang tìm kiếm có kết quả /tim-kiem/?q=chi bộ', f.search_results_lighthouse_performance, f.search_results_lighthouse_tbt_ms, f.search_results_lighthouse_weak),
    lighthouse('lesson_page_lighthouse', 'trang bài học', f.lesson_page_lighthouse_performance, f.lesson_page_lighthouse_tbt_ms, f.lesson_page_lighthouse_weak),
  ];
  return checks.map((c) => (c.met === false ? c : { ...c, floor: undefined }));
}

export function checkTargets(f: BenchFigures & SiteFigures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const speedup = f.starlight_total_s === null ? null : r(f.starlight_total_s / f.total_s);
  // The content check runs while Astro starts (scripts/build.ts): its time is inside astro_s.
  const ours = r(f.total_s - f.astro_s - f.index_s);
  checks.push({
    id: 'speedup_vs_starlight',
    target: 'tổng thời gian dựng nhanh hơn Starlight ≥ 1,2× (starlight_total_s / total_s)',
    value: speedup === null ? 'không so (thiếu --compare starlight)' : `${speedup}× (${f.total_s} s so với ${f.starlight_total_s} s)`,
    met: speedup === null ? null : speedup >= 1.2,
    floor:
      `Astro ${s(f.astro_s)} + chỉ mục ${s(f.index_s)} (Pagefind riêng ${s(f.pagefind_alone_s)}) + phần còn lại ${s(ours)} (kiểm tra nội dung ${s(f.check_s)}, song song với lúc Astro khởi động)` +
      (f.astro_total_s === null ? '' : `; mức sàn "astro" (Astro + Pagefind, không tính năng nào) ${s(f.astro_total_s)}`) +
      (f.starlight_total_s === null ? '' : `; mục tiêu cần ≤ ${s(r(f.starlight_total_s / 1.2))}`),
  });
  const warmShare = r(f.warm_rebuild_s / f.total_s);
  checks.push({
    id: 'warm_rebuild_share',
    target: 'dựng lại sau khi sửa một bài học ≤ 25 % tổng thời gian dựng (warm_rebuild_s / total_s)',
    value: `${f.warm_rebuild_s} s = ${Math.round(warmShare * 100)} % của ${f.total_s} s`,
    met: warmShare <= 0.25,
    floor: `chỉ mục lập lại toàn bộ ${s(f.warm_rebuild_index_s)} (Pagefind không lập chỉ mục từng phần; riêng nó ${s(f.pagefind_alone_s)}), Astro ${s(f.warm_rebuild_astro_s)}; mục tiêu cần ≤ ${s(r(f.total_s / 4))}`,
  });
  checks.push({
    id: 'search_common',
    target: 'lần tìm đầu tiên một từ phổ biến (“chi bộ”) ≤ 500 ms và ≤ 300 KB',
    value: f.search_common_ms === null ? 'không đo (không có Chromium)' : `${f.search_common_ms} ms, ${f.search_common_kb} KB`,
    met: f.search_common_ms === null || f.search_common_kb === null ? null : f.search_common_ms <= 500 && f.search_common_kb <= 300,
    floor: 'các mảnh chỉ mục của hai từ phổ biến nhất, tải trọn (Pagefind giữ mọi vị trí của một từ trong một mảnh), và lần tìm cụm từ của chính Pagefind trên các mảnh ấy (docs/performance.md)',
  });
  checks.push({
    id: 'search_typed_p50',
    target: 'tìm khi gõ, đã nạp sẵn, trung vị ≤ 100 ms (search_typed_ms_p50)',
    value: f.search_typed_ms_p50 === undefined || f.search_typed_ms_p50 === null ? 'không đo trong lần chạy này' : `${f.search_typed_ms_p50} ms`,
    met: f.search_typed_ms_p50 === undefined || f.search_typed_ms_p50 === null ? null : f.search_typed_ms_p50 <= 100,
    floor: `lần tìm đầu của chính Pagefind cho truy vấn cuối (cụm từ, đã nạp sẵn), trung vị ${f.search_typed_floor_ms_p50 ? `${f.search_typed_floor_ms_p50} ms` : 'không đo'} trong cùng lần chạy; thêm các mảnh của trang kết quả đầu, và lần gọi Pagefind của phím gõ trước nếu nó đã bắt đầu (docs/performance.md)`,
  });
  checks.push({
    id: 'peak_rss',
    target: 'RSS đỉnh ≤ 2 GB (2048 MB)',
    value: f.peak_rss_mb === null ? 'không đo được' : `${f.peak_rss_mb} MB`,
    met: f.peak_rss_mb === null ? null : f.peak_rss_mb <= 2048,
    floor: `đỉnh nằm ở tiến trình Astro, khi Astro gói kho nội dung của nó thành một mô-đun (docs/performance.md); mức sàn "astro" (Astro + Pagefind, không tính năng nào): ${f.astro_peak_rss_mb ? `${f.astro_peak_rss_mb} MB` : 'không so (thiếu --compare astro)'}`,
  });
  const scale = scaleRatio(f);
  checks.push({
    id: 'scale_twice_pages',
    target: 'gấp đôi số trang (10.000 so với 5.000) mất ≤ 2,2× thời gian dựng (scale_total_s / total_s)',
    value: scale === null ? 'không đo (dưới 5.000 trang hoặc --no-scale)' : `${scale}× (${f.scale_pages} trang ${f.scale_total_s} s so với ${f.pages} trang ${f.total_s} s)`,
    met: scale === null ? null : scale <= 2.2,
    floor: `Pagefind lập chỉ mục cả trang một lúc (chỉ mục ${s(f.index_s)} ở ${f.pages} trang); docs/performance.md`,
  });
  checks.push({
    id: 'lesson_page',
    target: 'trang bài học ≤ 50 KB trước khi mở tìm kiếm',
    value: f.lesson_page_kb === null ? 'không đo (không có Chromium)' : `${f.lesson_page_kb} KB`,
    met: f.lesson_page_kb === null ? null : f.lesson_page_kb <= 50,
  });
  return [...checks.map((c) => (c.met === false ? c : { ...c, floor: undefined })), ...checkSiteTargets(f)];
}

/** The check as printed lines: one per target, the floor under a missed one. */
export function formatTargets(checks: readonly TargetCheck[]): string[] {
  return checks.flatMap((c) => {
    const mark = c.met === null ? '–  chưa đo ' : c.met ? '✓  đạt     ' : '✗  chưa đạt';
    return [`  ${mark}  ${c.target}: ${c.value}`, ...(c.floor ? [`                 mức sàn: ${c.floor}`] : [])];
  });
}
