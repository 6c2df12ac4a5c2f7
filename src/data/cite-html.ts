/**
 * For pages: links the citations in a plain-text field, against the knowledge base's
 * documents as Astro's store holds them, under the site base.
 */
import { entries } from './collections.ts';
import { url } from './urls.ts';
import { citeDocuments } from '../citations/documents.ts';
import { linkCitationsHtml } from '../citations/link-text.ts';
import { buildCitationIndex, type CitationIndex } from '../citations/resolve.ts';

let index: Promise<CitationIndex> | undefined;

/** A function giving the escaped HTML of a text with each certain citation linked; use with set:html. */
export async function citeLinker(): Promise<(text: string) => string> {
  index ??= entries('van-ban').then((docs) => buildCitationIndex(citeDocuments(docs.map((d) => ({ collection: 'van-ban', id: d.id, data: d.data })))));
  const ready = await index;
  return (text) => linkCitationsHtml(text, ready, url());
}
