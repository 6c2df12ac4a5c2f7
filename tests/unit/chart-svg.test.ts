/** The build-time chart renderer: an accessible SVG whose labels are the series' numbers, Vietnamese-formatted. */
import { describe, expect, it } from 'vitest';
import { lineChartSvg, niceCeiling, valueText } from '../../src/views/chart-svg.ts';

const POINTS = [
  { time: Date.UTC(2023, 11, 31), when: '31/12/2023', value: 78432 },
  { time: Date.UTC(2015, 0, 1), when: '2015', value: 63000, qualifier: 'hơn' },
];

describe('lineChartSvg', () => {
  const svg = lineChartSvg(POINTS, { title: 'Đảng viên qua các thời điểm', id: 'c1' });

  it('is an image with a title and a description naming every point', () => {
    expect(svg).toMatch(/^<svg [^>]*data-view="chart"[^>]*role="img"[^>]*aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Đảng viên qua các thời điểm</title>');
    expect(svg).toContain('<desc id="c1-desc">Đảng viên qua các thời điểm: 2015: hơn 63.000; 31/12/2023: 78.432.</desc>');
  });

  it('labels points oldest first with vi-VN numbers and the dates as given', () => {
    const values = [...svg.matchAll(/<text class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const whens = [...svg.matchAll(/<text class="when"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(values).toEqual(['hơn 63.000', '78.432']);
    expect(whens).toEqual(['2015', '31/12/2023']);
  });

  it('places the later, larger value to the right and higher', () => {
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(circles[1]![0]).toBeGreaterThan(circles[0]![0]!);
    expect(circles[1]![1]).toBeLessThan(circles[0]![1]!);
  });

  it('refuses a single point: one figure is shown as a figure, not a chart', () => {
    expect(() => lineChartSvg(POINTS.slice(0, 1), { title: 'x', id: 'c2' })).toThrow(/hai điểm/);
  });

  it('escapes text and rounds the axis up', () => {
    expect(lineChartSvg(POINTS, { title: 'A <b> & "c"', id: 'c3' })).toContain('<title id="c3-title">A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(niceCeiling(78432)).toBe(100000);
    expect(niceCeiling(63)).toBe(100);
    expect(niceCeiling(5529)).toBe(10000);
    expect(valueText({ value: 5529 })).toBe('5.529');
  });
});
