/**
 * The editors' report of citations the build could not link: which documents to add to
 * content/van-ban (or which citations to write more precisely). Written to
 * reports/citations.json at the end of every build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS } from '../content/schemas.ts';
import { byFileOrder, storedEntries, type ContentStore } from '../content/store-file.ts';
import type { StoredCitations } from './scan.ts';

export const REPORT_FILE = 'reports/citations.json';

export interface CitationReport {
  total: number;
  resolved: number;
  unresolved: { file: string; line: number; column: number; text: string; reason: string }[];
}

/** The report of every content file's citations, files in content order. */
export function makeReport(files: readonly { file: string; citations: StoredCitations }[]): CitationReport {
  // A page naming itself is not linked, and nothing for the editors to fix.
  const all = files.flatMap(({ file, citations }) => citations.found.filter((o) => !o.self).map((o) => ({ file, ...o })));
  const unresolved = all.filter((o) => !o.docId).map((o) => ({ file: o.file, line: o.line, column: o.column, text: o.text, reason: o.reason ?? '' }));
  return { total: all.length, resolved: all.length - unresolved.length, unresolved };
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

/** The report of the citations the content loader stored with each entry, files in content order. */
export function reportFromStore(store: ContentStore): CitationReport {
  const files = COLLECTIONS.flatMap((collection) =>
    byFileOrder(storedEntries(store, collection)).flatMap((entry) => {
      const citations = entry.rendered?.metadata?.citations as StoredCitations | undefined;
      return citations && entry.filePath ? [{ file: entry.filePath, citations }] : [];
    }),
  );
  return makeReport(files);
}
