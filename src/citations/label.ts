/** How a document is named and where it lives, without Astro (mirrors docTitle in src/data/collections.ts). */
import type { CiteDocument } from './resolve.ts';

/** "Nghị quyết số 12-NQ/TW", or the first informal name when the symbol is unknown. */
export function citeLabel(doc: CiteDocument): string {
  if (doc.symbol) return `${doc.kind} số ${doc.symbol}`;
  return doc.informalNames?.[0] ?? doc.kind;
}

/** Path under the site base: "van-ban/12-nq-tw-2012/", or a congress page's "dai-hoi/…/" (the base is added by the caller). */
export function documentPath(doc: Pick<CiteDocument, 'id' | 'collection'>): string {
  return `${doc.collection ?? 'van-ban'}/${doc.id}/`;
}
