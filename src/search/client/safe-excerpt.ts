/**
 * Pagefind's excerpts are HTML: the page's text with the matched words in <mark>. Only text and
 * <mark> are kept, rebuilt as new nodes, so nothing else of an excerpt can reach the page.
 * Hand-written because it is twelve lines; a sanitizer library would outweigh the whole UI.
 */
export function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  const copy = (from: Node, into: Node) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(node.textContent ?? ''));
      else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'mark') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        into.appendChild(mark);
      } else if (node.nodeType === Node.ELEMENT_NODE) copy(node, into);
    }
  };
  copy(template.content, out);
  return out;
}
