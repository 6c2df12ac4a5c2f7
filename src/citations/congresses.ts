/**
 * The knowledge base's congress pages as link targets of congress resolutions ("Nghị quyết
 * Đại hội … lần thứ VIII"), from entries of content/dai-hoi and the organizations of
 * content/to-chuc they belong to: as read before Astro (src/content/read.ts) or from Astro's
 * store (pages), so both give the same list.
 */
import type { CiteCongress } from './resolve.ts';

interface Entry {
  collection: string;
  id: string;
  data: unknown;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A reference as the reader gives it ("dang-bo-khoi-…") or as Astro's store does ({ collection, id }). */
const refId = (value: unknown): string | undefined => str(value) ?? str((value as { id?: unknown } | null)?.id);

export function citeCongresses(entries: readonly Entry[]): CiteCongress[] {
  const organizations = new Map<string, string[]>();
  for (const e of entries) {
    if (e.collection !== 'to-chuc') continue;
    const d = e.data as Record<string, unknown> | undefined;
    const names = [str(d?.name), str(d?.abbreviation)].filter((n): n is string => !!n);
    if (names.length) organizations.set(e.id, names);
  }
  return entries
    .filter((e) => e.collection === 'dai-hoi')
    .flatMap((e): CiteCongress[] => {
      const d = e.data as Record<string, unknown> | undefined;
      const organization = organizations.get(refId(d?.organization) ?? '');
      if (!d || !organization) return [];
      return [{ id: e.id, title: str(d.title) ?? e.id, organization, ordinal: str(d.ordinal), term: str(d.term), period: str(d.period)?.replace(/\s+/g, '').replace('-', '–') }];
    })
    // Sorted by id so the plugin options (part of Astro's cache key) only change when the congresses do.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
