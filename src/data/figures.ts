/**
 * An organization's figures as series over time: one series per indicator (Đảng viên, Chi bộ
 * cơ sở…), oldest first. A series of two or more points is drawn as a chart; one point is shown
 * as a figure (src/pages/to-chuc/[slug].astro).
 */
import { compareVi, formatDate } from '../lib/format.ts';
import type { Org } from './collections.ts';

type Figure = Org['data']['figures'][number];

/** A point as src/views/chart-svg.ts draws it, with the source it comes from. */
export interface SeriesPoint {
  time: number;
  when: string;
  value: number;
  qualifier?: string;
  sourceId: string;
}

export interface FigureSeries {
  label: string;
  points: SeriesPoint[];
}

/** When a figure refers to: its day as dd/mm/yyyy, or its year alone when that is all the source gives. */
export function figureWhen(f: Pick<Figure, 'date' | 'year'>): string {
  return f.date ? formatDate(f.date) : String(f.year);
}

export function figureTime(f: Pick<Figure, 'date' | 'year'>): number {
  return f.date?.getTime() ?? Date.UTC(f.year ?? 0, 0, 1);
}

/** Series in the order their indicator first appears in the content; each series oldest first. */
export function figureSeries(figures: readonly Figure[]): FigureSeries[] {
  const byLabel = new Map<string, SeriesPoint[]>();
  for (const f of figures) {
    const list = byLabel.get(f.label) ?? [];
    list.push({ time: figureTime(f), when: figureWhen(f), value: f.value, qualifier: f.qualifier, sourceId: f.source.id });
    byLabel.set(f.label, list);
  }
  return [...byLabel].map(([label, points]) => ({ label, points: points.sort((a, b) => a.time - b.time || compareVi(a.when, b.when)) }));
}
