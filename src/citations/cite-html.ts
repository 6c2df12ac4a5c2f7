/**
 * For pages: links the citations in a plain-text field, against the knowledge base's
 * documents (read once per build) and under the site base.
 */
import { loadCiteDocuments } from './documents.ts';
import { linkCitationsHtml } from './link-text.ts';
import { buildCitationIndex, type CitationIndex } from './resolve.ts';
import { url } from '../lib/urls.ts';

let index: CitationIndex | undefined;

/** Escaped HTML of `text` with each certain citation linked; use with set:html. */
export function citeHtml(text: string): string {
  index ??= buildCitationIndex(loadCiteDocuments(process.cwd()));
  return linkCitationsHtml(text, index, url());
}
