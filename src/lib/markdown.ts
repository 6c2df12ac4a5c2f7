/**
 * Renders Markdown held in frontmatter (a lesson's text) through the same remark/rehype
 * plugins as page bodies, so a lesson reads, links and searches like any other prose.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from '../plugins/index.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins, smartypants: false, syntaxHighlight: false });
  const { code } = await (await processor).render(markdown);
  return code;
}
