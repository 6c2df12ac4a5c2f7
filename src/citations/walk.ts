/**
 * Which Markdown text may carry a citation link, and under which anchor it sits.
 * Shared by the remark plugin (which links) and the scanner (which records backlinks and
 * the report), so both always agree on what counts: never inside a heading, an existing
 * link, code or raw HTML.
 */
import type { Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { headingIds } from '../lib/heading-ids.ts';

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
  const nextId = headingIds();
  let anchor: string | null = null;
  let anchorLabel: string | null = null;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      // The id src/markdown/rehype-vi-heading-ids.ts will give this heading: the same allocator.
      anchorLabel = toString(node);
      anchor = nextId(anchorLabel);
      return SKIP;
    }
    if (NOT_CITABLE.has(node.type)) return SKIP;
    if (node.type === 'text' && parent && index !== undefined) out.push({ node, parent, index, anchor, anchorLabel });
    return undefined;
  });
  return out;
}
