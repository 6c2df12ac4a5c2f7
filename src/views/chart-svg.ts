/**
 * A line chart of one series of figures over time, drawn at build time as an SVG string: no
 * client-side code, no request. A small renderer of our own rather than a library: the charts are
 * a handful of points on a time axis, and the libraries that draw SVG on the server either need a
 * DOM (d3's axes, through jsdom) or a canvas (Chart.js), or bring a compiler of their own (Vega);
 * none formats numbers and dates the Vietnamese way without the same amount of glue.
 *
 * The SVG is an image for assistive technology (role="img", <title>, <desc> naming every point);
 * the same numbers stand in a table beside it (src/components/figure-series.astro).
 */
import { formatNumber } from '../lib/format.ts';

export interface ChartPoint {
  /** the time the value describes, ms since 1970 (a year alone counts as 1 January) */
  time: number;
  /** the time as written for readers: "31/12/2023" or "2015" */
  when: string;
  value: number;
  /** "hơn", "khoảng" when the source qualifies the number */
  qualifier?: string;
}

export interface ChartOptions {
  /** the chart's title, e.g. "Đảng viên" */
  title: string;
  /** id prefix for <title> and <desc>, unique on the page */
  id: string;
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 10) / 10;

/** A number as the chart and its table write it: "hơn 63.000". */
export function valueText(point: Pick<ChartPoint, 'value' | 'qualifier'>): string {
  return `${point.qualifier ? `${point.qualifier} ` : ''}${formatNumber(point.value)}`;
}

/** 1, 2, 5 × 10^n at or above the value, so the axis ends on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function lineChartSvg(points: readonly ChartPoint[], { title, id, width = 640, height = 280 }: ChartOptions): string {
  if (points.length < 2) throw new Error(`Biểu đồ "${title}" cần ít nhất hai điểm; một điểm được trình bày như một con số`);
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const margin = { top: 28, right: 36, bottom: 40, left: 72 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const first = sorted[0]!.time;
  const span = sorted[sorted.length - 1]!.time - first || 1;
  const top = niceCeiling(Math.max(...sorted.map((p) => p.value)));
  const x = (t: number) => round(margin.left + ((t - first) / span) * plotW);
  const y = (v: number) => round(margin.top + plotH - (v / top) * plotH);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);

  const desc = `${title}: ${sorted.map((p) => `${p.when}: ${valueText(p)}`).join('; ')}.`;
  const grid = ticks
    .map((v) => `<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}"/><text class="tick" x="${margin.left - 8}" y="${y(v)}" text-anchor="end" dominant-baseline="middle">${esc(formatNumber(v))}</text>`)
    .join('');
  const line = `<polyline class="line" fill="none" points="${sorted.map((p) => `${x(p.time)},${y(p.value)}`).join(' ')}"/>`;
  const marks = sorted
    .map((p, i) => {
      const anchor = i === 0 ? 'start' : i === sorted.length - 1 ? 'end' : 'middle';
      return (
        `<g class="point"><circle cx="${x(p.time)}" cy="${y(p.value)}" r="4.5"/>` +
        `<text class="value" x="${x(p.time)}" y="${y(p.value) - 10}" text-anchor="${anchor}">${esc(valueText(p))}</text>` +
        `<text class="when" x="${x(p.time)}" y="${height - margin.bottom + 20}" text-anchor="${anchor}">${esc(p.when)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg class="chart" data-view="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>` +
    `${grid}<line class="axis" x1="${margin.left}" x2="${width - margin.right}" y1="${y(0)}" y2="${y(0)}"/>${line}${marks}</svg>`
  );
}
