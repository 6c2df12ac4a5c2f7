/**
 * "Có phải bạn muốn tìm: … ?" under a search box, for both search UIs: a link to the search
 * page with the suggested query (it works as a link: new tab, copy), which the box follows in
 * place when clicked.
 */
import { searchUrlQuery } from './search-url.ts';

/** Shows `suggestion` in `line` (hidden when null); `pick` runs it in the box. */
export function showSuggestion(line: HTMLElement, suggestion: string | null, searchPage: string, pick: (query: string) => void): void {
  line.hidden = suggestion === null;
  if (suggestion === null) return line.replaceChildren();
  const link = document.createElement('a');
  link.href = `${searchPage}?${searchUrlQuery(suggestion)}`;
  link.textContent = suggestion;
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    pick(suggestion);
  });
  line.replaceChildren('Có phải bạn muốn tìm: ', link, '?');
}
