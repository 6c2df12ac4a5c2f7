/**
 * One search result as DOM, the same for the search dialog and the search page: section and
 * date, title, a two- to three-line excerpt with the matched words marked, and the matching
 * lessons or headings (Pagefind's sub-results). Plain DOM, no template library: the whole UI
 * stays a few KB, where Pagefind's Component UI weighed 184 KB and blocked the main thread.
 *
 * On the page a result is a list item of links. In the dialog it is one listbox option per
 * page and per sub-result (the WAI-ARIA combobox pattern): an option may not hold links, so it
 * carries its address in data-href and the dialog follows it.
 */
import { excerptNodes } from './safe-excerpt.ts';
import type { Found } from './search-session.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The sub-results worth showing: those pointing into the page (a heading or lesson), not at the page itself. */
function subResults(found: Found, max: number) {
  return (found.data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, max);
}

function head(found: Found, tag: 'p' | 'span'): HTMLElement {
  const line = el(tag, 'sr-head');
  const { section, date } = found.data.meta;
  line.append(el('span', 'sr-meta', `${section ?? 'Trang'}${date ? ` · ${date}` : ''}`));
  if (found.partial) line.append(el('span', 'sr-partial', 'khớp một phần'));
  return line;
}

function excerpt(html: string, tag: 'p' | 'span', className = 'sr-excerpt'): HTMLElement {
  const node = el(tag, className);
  node.append(excerptNodes(html));
  return node;
}

/** A result on the search page: a list item whose title and sub-results are links. */
export function resultItem(found: Found, maxSubResults = 3): HTMLLIElement {
  const item = el('li', 'sr');
  const title = el('a', 'sr-title', found.data.meta.title ?? found.data.url);
  title.href = found.data.url;
  title.setAttribute('data-result-link', '');
  item.append(head(found, 'p'), el('p', 'sr-title-line'), excerpt(found.data.excerpt, 'p'));
  item.querySelector('.sr-title-line')!.append(title);
  const subs = subResults(found, maxSubResults);
  if (subs.length) {
    const list = el('ul', 'sr-subs');
    for (const sub of subs) {
      const li = el('li', 'sr-sub');
      const link = el('a', 'sr-sub-link', sub.title);
      link.href = sub.url;
      li.append(link, excerpt(sub.excerpt, 'p', 'sr-sub-excerpt'));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** A result in the dialog's listbox: the page's option, then one option per sub-result. */
export function resultOptions(found: Found, idPrefix: string, maxSubResults = 2): HTMLLIElement[] {
  const option = el('li', 'sr sr-option');
  option.setAttribute('role', 'option');
  option.id = idPrefix;
  option.dataset.href = found.data.url;
  option.append(head(found, 'span'), el('span', 'sr-title', found.data.meta.title ?? found.data.url), excerpt(found.data.excerpt, 'span'));
  const subs = subResults(found, maxSubResults).map((sub, i) => {
    const li = el('li', 'sr-sub sr-option');
    li.setAttribute('role', 'option');
    li.id = `${idPrefix}-${i + 1}`;
    li.dataset.href = sub.url;
    li.append(el('span', 'sr-sub-title', sub.title), excerpt(sub.excerpt, 'span', 'sr-sub-excerpt'));
    return li;
  });
  return [option, ...subs];
}
