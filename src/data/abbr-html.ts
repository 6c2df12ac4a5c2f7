/**
 * For pages: explains the glossary's abbreviations in plain-text fields (an organization's short
 * name, a document's informal names, a congress's tasks…) as the Markdown pipeline does in bodies
 * (src/markdown/rehype-abbreviations.ts), once per page: the ids the page's body already explains
 * are read from its rendered HTML, and each field marks the ones it explains.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeAbbreviations, { type Abbreviation } from '../markdown/rehype-abbreviations.ts';
import { glossary } from './collections.ts';
import { url } from './urls.ts';

let list: Promise<Abbreviation[]> | undefined;

/** The ids explained in HTML the abbreviation plugin rendered (its own markup: class="abbr", href ending in #id). */
export function explainedIn(html: string): Set<string> {
  return new Set([...html.matchAll(/<a class="abbr" href="[^"#]*#([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * A function turning a field's HTML (escaped text, or the output of citeLinker) into the same
 * HTML with the page's not yet explained abbreviations wrapped; use with set:html.
 */
export async function abbreviator(bodyHtml = ''): Promise<(html: string) => string> {
  list ??= glossary().then((terms) => terms.map((t) => ({ id: t.id, term: t.data.term.normalize('NFC'), expansion: t.data.expansion })));
  const transform = rehypeAbbreviations({ abbreviations: await list, base: url(), explained: explainedIn(bodyHtml) });
  return (html) => {
    const tree = fromHtml(html, { fragment: true }) as Root;
    transform(tree);
    return toHtml(tree);
  };
}

/** Escapes plain text for abbreviator() when the field has no citations to link. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
