/**
 * For pages: links the citations in a plain-text field, against the knowledge base's
 * documents and congress pages as Astro's store holds them, under the site base.
 */
import { entries } from './collections.ts';
import { url } from './urls.ts';
import { citeCongresses } from '../citations/congresses.ts';
import { citeDocuments } from '../citations/documents.ts';
import { linkCitationsHtml } from '../citations/link-text.ts';
import { buildCitationIndex, type CitationIndex, type SelfPage } from '../citations/resolve.ts';

let index: Promise<CitationIndex> | undefined;

async function loadIndex(): Promise<CitationIndex> {
  const plain = async (collection: 'van-ban' | 'dai-hoi' | 'to-chuc') => (await entries(collection)).map((e) => ({ collection, id: e.id, data: e.data }));
  const [docs, congresses, organizations] = await Promise.all([plain('van-ban'), plain('dai-hoi'), plain('to-chuc')]);
  return buildCitationIndex(citeDocuments(docs), citeCongresses([...congresses, ...organizations]));
}

/**
 * A function giving the escaped HTML of a text with each certain citation linked; use with set:html.
 * `self` is the page's own key ("dai-hoi/<id>"), which is never linked.
 */
export async function citeLinker(self?: SelfPage): Promise<(text: string) => string> {
  index ??= loadIndex();
  const ready = await index;
  return (text) => linkCitationsHtml(text, ready, url(), self);
}
