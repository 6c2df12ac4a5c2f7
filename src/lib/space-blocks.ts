/**
 * Astro's compressHTML drops the whitespace between tags, so "<dt>Số hiệu</dt><dd>05-CT/TW</dd>"
 * reaches Pagefind as the text "Số hiệu05-CT/TW": excerpts read glued, and the glued run is
 * indexed as a word of its own. A browser shows no difference (whitespace between block, list
 * and table elements renders nothing), so a line break is put back after each such closing tag
 * that another tag follows directly. Raw-text and preformatted elements are left as they are.
 */

const BLOCK_CLOSE = /(<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<|$)/gi;
const VERBATIM = /(<(pre|script|style|textarea)\b[\s\S]*?<\/\2>)/i;

export function spaceBlocks(html: string): string {
  // split() with two capturing groups gives [text, verbatim element, its tag name, text, …].
  return html
    .split(VERBATIM)
    .flatMap((part, i) => (i % 3 === 0 ? [part.replace(BLOCK_CLOSE, '$1\n')] : i % 3 === 1 ? [part] : []))
    .join('');
}
