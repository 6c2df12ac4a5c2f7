/**
 * Gives every heading an ASCII anchor folded the Vietnamese way ("Đảng bộ" → "dang-bo").
 *
 * Astro's own heading ids (github-slugger) keep diacritics ("đảng-bộ"), which become
 * percent-escaped in shared links and printed handouts. Astro only fills ids that are
 * missing, so running this plugin first makes Astro's table of contents use our ids.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingIds } from '../lib/heading-ids.ts';

const HEADING = /^h[1-6]$/;

export default function rehypeViHeadingIds() {
  return (tree: Root) => {
    const nextId = headingIds();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      if (typeof node.properties.id === 'string' && node.properties.id !== '') return;
      node.properties.id = nextId(toString(node));
    });
  };
}
