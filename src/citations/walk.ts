/**
 * Which Markdown text may carry a citation link, and under which anchor it sits.
 * Shared by the remark plugin (which links) and the scanner (which records backlinks and
 * the report), so both always agree on what counts: never inside a heading, an existing
 * link, code or raw HTML.
 */
import type { Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { slugify } from '../lib/slug.ts';

const NOT_CITABLE = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'toml']);

export interface CitableText {
  node: Text;
  parent: Parent;
  index: number;
  /** id of the nearest heading above, as rehype-vi-heading-ids will give it; null before any heading */
  anchor: string | null;
  /** that heading's text */
  anchorLabel: string | null;
}

/** Collects every citable text node first, so the caller may split nodes without upsetting the walk. */
export function citableTexts(tree: Root): CitableText[] {
  const out: CitableText[] = [];
  const used = new Map<string, number>();
  let anchor: string | null = null;
  let anchorLabel: string | null = null;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      // Same folding and numbering of duplicates as src/markdown/rehype-vi-heading-ids.ts.
      anchorLabel = toString(node);
      const base = slugify(anchorLabel) || 'muc';
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      anchor = count === 0 ? base : `${base}-${count}`;
      return SKIP;
    }
    if (NOT_CITABLE.has(node.type)) return SKIP;
    if (node.type === 'text' && parent && index !== undefined) out.push({ node, parent, index, anchor, anchorLabel });
    return undefined;
  });
  return out;
}
