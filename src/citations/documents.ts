/**
 * The knowledge base's documents as the citation resolver needs them, from entries of
 * content/van-ban: as read before Astro (src/content/read.ts: the Markdown settings, the
 * CLI, unit tests) or from Astro's store (pages), so both give the same list.
 */
import type { CiteDocument } from './resolve.ts';

interface Entry {
  collection: string;
  id: string;
  data: unknown;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** YAML gives "2012-01-16" as a string (or a Date from other loaders): always an ISO day here. */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const s = str(value);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

export function toCiteDocument(entry: Pick<Entry, 'id' | 'data'>): CiteDocument | null {
  const d = entry.data as Record<string, unknown> | undefined;
  if (!d || !str(d.kind) || !str(d.issuer)) return null;
  return {
    id: entry.id,
    symbol: str(d.symbol),
    kind: str(d.kind)!,
    issuer: str(d.issuer)!,
    term: str(d.term),
    date: isoDay(d.date),
    subject: str(d.subject),
    informalNames: Array.isArray(d.informalNames) ? d.informalNames.filter((n): n is string => typeof n === 'string') : [],
  };
}

export function citeDocuments(entries: readonly Entry[]): CiteDocument[] {
  return entries
    .filter((e) => e.collection === 'van-ban')
    .map(toCiteDocument)
    .filter((d): d is CiteDocument => d !== null)
    // Sorted by id so the plugin options (part of Astro's cache key) only change when the documents do.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
