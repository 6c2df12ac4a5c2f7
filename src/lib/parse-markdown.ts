/**
 * Markdown text → mdast with Sätteri's native parser, GFM included: the parser the site's
 * pages are rendered with (src/markdown/remark-satteri-parse.ts), and the one the citation
 * scanner reads, so both see the same tree.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export interface ParseOptions {
  /** GitHub-flavoured Markdown (tables, footnotes, strikethrough, task lists, autolinks), as Astro's `gfm`; default true */
  gfm?: boolean;
}

export function parseMarkdown(document: string, options: ParseOptions = {}): Root {
  const features = { gfm: options.gfm ?? true, frontmatter: false };
  // CommonMark (§2.3) replaces U+0000 with U+FFFD for security; micromark does, Sätteri does not.
  // One character for one: positions are unchanged.
  return markdownToMdast(document.replace(/\0/g, '\uFFFD'), { features }) as Root;
}
