/**
 * Parses Markdown with Sätteri's native parser instead of micromark, inside the unified
 * pipeline: our remark and rehype plugins, and Astro's, run exactly as before on the tree.
 *
 * Why: micromark (remark-parse) was the largest share of the CPU time of rendering a
 * knowledge base (figures in docs/performance.md). Sätteri (`satteri`, the Rust parser Astro 7
 * ships for its default processor) builds the same mdast, positions included, many times
 * faster. Its own processor would run none of our remark/rehype plugins, so only the parser
 * is taken from it. tests/unit/satteri-parse.test.ts requires identical trees to
 * remark-parse + remark-gfm on every Markdown construct in its sample and on all of content/.
 *
 * Markdown only: MDX keeps remark-parse + remark-mdx (see processors.ts).
 */
import type { Processor } from 'unified';
import { parseMarkdown, type ParseOptions } from '../lib/parse-markdown.ts';

export type Options = ParseOptions;

export default function remarkSatteriParse(this: Processor, options: Options = {}) {
  // unified calls the processor's parser with the document; the last plugin to set it wins.
  this.parser = (document: string) => parseMarkdown(document, options);
}
