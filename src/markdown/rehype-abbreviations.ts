/**
 * Explains the glossary's abbreviations where they stand: the first occurrence of each term in a
 * rendered body becomes `<a class="abbr" href="…/thuat-ngu/#id"><abbr title="…">T.Ư</abbr></a>`,
 * so a reader sees the expansion on hover, keyboard focus or a tap (the tooltip is CSS on the
 * link: src/styles/global.css) and can follow it to the glossary entry.
 *
 * Only the first occurrence: a page where every "T.Ư" is a link reads as noise. Never inside
 * headings (their text is the table of contents and the anchors), links (no link in a link),
 * code, or an existing <abbr>. A term written inside a document symbol (296-QC/BCSĐ-ĐUBKH) is
 * part of the symbol, not an abbreviation in prose, so it is left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface Abbreviation {
  /** the glossary entry's id: the anchor on /thuat-ngu/ */
  id: string;
  /** as written in prose, e.g. "T.Ư" */
  term: string;
  expansion: string;
}

export interface RehypeAbbreviationsOptions {
  abbreviations: readonly Abbreviation[];
  /** the site base ("/" or "/kb/") */
  base: string;
  /**
   * Ids already explained on the page, shared by the calls that render one page's pieces
   * (src/data/abbr-html.ts); the plugin adds those it explains. Without it, each tree stands alone.
   */
  explained?: Set<string>;
}

const SKIPPED = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function rehypeAbbreviations({ abbreviations, base, explained }: RehypeAbbreviationsOptions) {
  const byTerm = new Map(abbreviations.map((a) => [a.term.normalize('NFC'), a]));
  // Longest first, so "ĐUBKH" would win over "ĐUK" if both were terms. Symbols' neighbours
  // (/ - .) count as part of the word: BCSĐ in 296-QC/BCSĐ-ĐUBKH is not matched.
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = terms.length ? new RegExp(`(?<![\\p{L}\\p{N}/.\\-])(?:${terms.join('|')})(?![\\p{L}\\p{N}/\\-]|\\.\\p{L})`, 'gu') : null;
  const href = (id: string) => `${base}thuat-ngu/#${id}`;

  return (tree: Root) => {
    if (!pattern) return;
    const seen = explained ?? new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = split(node as Text, pattern, byTerm, seen, href);
      if (!parts) return;
      (parent as Element | Root).children.splice(index, 1, ...(parts as ElementContent[]));
      return index + parts.length;
    });
  };
}

function split(
  node: Text,
  pattern: RegExp,
  byTerm: Map<string, Abbreviation>,
  seen: Set<string>,
  href: (id: string) => string,
): (Text | Element)[] | null {
  const out: (Text | Element)[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const abbreviation = byTerm.get(match[0]);
    if (!abbreviation || seen.has(abbreviation.id)) continue;
    seen.add(abbreviation.id);
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['abbr'], href: href(abbreviation.id), dataTip: abbreviation.expansion },
      children: [{ type: 'element', tagName: 'abbr', properties: { title: abbreviation.expansion }, children: [{ type: 'text', value: match[0] }] }],
    });
    last = match.index + match[0].length;
  }
  if (out.length === 0) return null;
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
