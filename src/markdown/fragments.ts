/**
 * Renders Markdown held in frontmatter (a lesson's text) through the same remark/rehype
 * plugins as page bodies, so a lesson reads, links and searches like any other prose.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins } from './index.ts';
import { markdownRemarkPlugins } from './processor.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;
/** A lesson's text shows on its set's page, its topics' pages and handouts: rendered once per text. */
const rendered = new Map<string, Promise<string>>();

/** Lesson texts a build's render workers already rendered (src/content/loader/markdown-files.ts). */
const PRERENDERED = Symbol.for('so-tay.prerendered-fragments');
export function recordPrerendered(fragments: readonly [string, string][]): void {
  const map = ((globalThis as Record<symbol, unknown>)[PRERENDERED] ??= new Map()) as Map<string, string>;
  for (const [markdown, html] of fragments) map.set(markdown, html);
}

export function renderMarkdown(markdown: string): Promise<string> {
  const ready = ((globalThis as Record<symbol, unknown>)[PRERENDERED] as Map<string, string> | undefined)?.get(markdown);
  if (ready !== undefined) return Promise.resolve(ready);
  let html = rendered.get(markdown);
  if (!html) {
    processor ??= createMarkdownProcessor({ remarkPlugins: markdownRemarkPlugins, rehypePlugins, smartypants: false, syntaxHighlight: false });
    html = processor.then((p) => p.render(markdown)).then((r) => r.code);
    rendered.set(markdown, html);
  }
  return html;
}
