/**
 * The dialog's searching, loaded on its first opening: results as the reader types (every
 * keystroke searches at once, stale answers are dropped: search-session.ts), a listbox driven
 * from the box by ↑/↓/Home/End (aria-activedescendant), Enter opens the active result or, with
 * none, the search page; "Xem tất cả kết quả" follows the query to /tim-kiem/?q=….
 */
import { resultOptions } from './render-result.ts';
import { searchSession } from './search-session.ts';
import { searchUrlQuery } from './search-url.ts';
import { showSuggestion } from './render-suggestion.ts';
import { resultCount } from './result-count.ts';

/** Results shown in the dialog (the search page shows the rest), the first of them drawn at once. */
const SHOWN = 8;
const FIRST = 4;

export function attachDialogSearch(dialog: HTMLDialogElement, input: HTMLInputElement): { show(text: string): void } {
  const list = dialog.querySelector<HTMLUListElement>('[data-sd-list]')!;
  const status = dialog.querySelector<HTMLElement>('[data-sd-status]')!;
  const suggestLine = dialog.querySelector<HTMLElement>('[data-sd-suggest]')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-sd-all]')!;
  const searchPage = dialog.dataset.searchPage ?? '/tim-kiem/';
  const session = searchSession(dialog.dataset.bundle ?? '/pagefind/');
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const select = (index: number) => {
    const items = options();
    active = items.length ? (index + items.length) % items.length : -1;
    items.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = items[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const follow = (href: string | undefined, newTab = false) => {
    if (!href) return;
    if (newTab) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  };

  const run = async () => {
    const term = input.value;
    const query = searchUrlQuery(term.trim());
    all.href = query ? `${searchPage}?${query}` : searchPage;
    if (!term.trim()) {
      void session.search(''); // so that no answer still under way for an older query is drawn
      list.replaceChildren();
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      showSuggestion(suggestLine, null, searchPage, pick);
      select(-1);
      return;
    }
    // The first results are drawn as soon as their data is in; the rest follow below them.
    const answer = await session.search(term, {}, FIRST, true);
    if (!answer) return; // a newer keystroke is being searched
    showSuggestion(suggestLine, answer.suggestion, searchPage, pick);
    list.replaceChildren(...answer.first.flatMap((found, i) => resultOptions(found, `sd-o-${i}`)));
    list.hidden = answer.total === 0;
    input.setAttribute('aria-expanded', String(answer.total > 0));
    status.textContent = answer.total === 0 ? `Không tìm thấy kết quả nào cho “${term.trim()}”` : resultCount(answer);
    list.dataset.query = term;
    select(answer.total ? 0 : -1);
    if (answer.total > FIRST) {
      const rest = await answer.more(FIRST, SHOWN - FIRST);
      if (!answer.current()) return;
      list.append(...rest.flatMap((found, i) => resultOptions(found, `sd-o-${FIRST + i}`)));
    }
    // Results drawn from the search sample: the count of the whole site follows.
    if (answer.exact) return;
    const whole = await answer.complete();
    if (whole) status.textContent = resultCount(whole);
  };

  const pick = (query: string) => {
    input.value = query;
    input.focus();
    void run();
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) select(active + 1);
    else if (event.key === 'ArrowUp' && count) select(active - 1);
    else if (event.key === 'Home' && count && event.ctrlKey) select(0);
    else if (event.key === 'End' && count && event.ctrlKey) select(count - 1);
    else if (event.key === 'Enter') {
      const current = options()[active];
      if (current) follow(current.dataset.href, event.ctrlKey || event.metaKey);
      else if (input.value.trim()) location.assign(all.href);
    } else if (event.key === 'Escape') dialog.close();
    else return;
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    if (option) follow(option.dataset.href, event.ctrlKey || event.metaKey);
  });
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    const index = option ? options().indexOf(option) : -1;
    if (index >= 0 && index !== active) select(index);
  });

  return {
    show(text) {
      void session.warm();
      input.value = text;
      void run();
    },
  };
}
