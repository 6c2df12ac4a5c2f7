/**
 * The glossary's abbreviations as the Markdown pipeline needs them (id, term, expansion), from
 * the entries read before Astro (src/content/read.ts); sorted by id so the settings, which Astro
 * hashes into its content-cache key, do not change with the file's order.
 */
interface Entry {
  collection: string;
  id: string;
  data: unknown;
}

export interface GlossaryAbbreviation {
  id: string;
  term: string;
  expansion: string;
}

export function glossaryAbbreviations(entries: readonly Entry[]): GlossaryAbbreviation[] {
  return entries
    .filter((e) => e.collection === 'thuat-ngu')
    .flatMap((e) => {
      const d = e.data as { term?: unknown; expansion?: unknown } | undefined;
      return typeof d?.term === 'string' && typeof d.expansion === 'string' && d.term.trim() && d.expansion.trim()
        ? [{ id: e.id, term: d.term.trim().normalize('NFC'), expansion: d.expansion.trim().normalize('NFC') }]
        : [];
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
