/**
 * The editors' report of citations the build could not link: which documents to add to
 * content/van-ban (or which citations to write more precisely). Written to
 * reports/citations.json at the end of every build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentOccurrence } from './scan.ts';

export const REPORT_FILE = 'reports/citations.json';

export interface CitationReport {
  total: number;
  resolved: number;
  unresolved: { file: string; line: number; column: number; text: string; reason: string }[];
}

export function makeReport(occurrences: readonly ContentOccurrence[]): CitationReport {
  const unresolved = occurrences
    .filter((o) => !o.doc)
    .map((o) => ({ file: o.file, line: o.line, column: o.column, text: o.citation.text, reason: o.reason ?? '' }));
  return { total: occurrences.length, resolved: occurrences.length - unresolved.length, unresolved };
}

/** Writes the report under `root` and returns the one-line summary for the build log. */
export function writeReport(root: string, report: CitationReport): string {
  const path = join(root, REPORT_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return summarize(report);
}

/** The summary of the report the last build wrote, for the last lines of `npm run build`; null if none. */
export function lastReportSummary(root: string): string | null {
  try {
    return summarize(JSON.parse(readFileSync(join(root, REPORT_FILE), 'utf8')) as CitationReport);
  } catch {
    return null;
  }
}

function summarize(report: CitationReport): string {
  return report.unresolved.length === 0
    ? `Trích dẫn văn bản: ${report.resolved}/${report.total} đã liên kết.`
    : `Trích dẫn văn bản: ${report.resolved}/${report.total} đã liên kết; ${report.unresolved.length} chưa liên kết được (tệp, dòng, lý do: ${REPORT_FILE}).`;
}
