/**
 * The search page (/tim-kiem/): results as the reader types, drawn by the same renderer as the
 * dialog; the query and active filters mirrored in the address bar (replaceState: no history
 * spam) so the URL reproduces the search; more results on request; the filter pane, and the
 * filter indexes it needs, only when the reader opens "Lọc kết quả" or the URL has a filter.
 */
import { filterPane } from './filter-pane.ts';
import { resultItem } from './render-result.ts';
import { searchSession, type Answer, type Filters } from './search-session.ts';
import { readSearchUrl, searchUrlQuery } from './search-url.ts';
import { showSuggestion } from './render-suggestion.ts';
import { resultCount } from './result-count.ts';

/** Results drawn at a time, the first of them at once. */
const PAGE = 10;
const FIRST = 4;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const input = root.querySelector<HTMLInputElement>('[data-search-page-input]')!;
  const summary = root.querySelector<HTMLElement>('[data-search-summary]')!;
  const suggestLine = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const searchPage = location.pathname;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const session = searchSession(root.dataset.bundle ?? '/pagefind/');

  const state = readSearchUrl(location.search);
  let filters: Filters = state.filters;
  let answer: Answer | null = null;
  let shown = 0;

  const pane = filterPane(root.querySelector<HTMLElement>('[data-filter-pane]')!, () => filters, (next) => {
    filters = next;
    void run();
  });

  const run = async (typing = false) => {
    const term = input.value;
    const query = searchUrlQuery(term.trim(), filters);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    // The first results are drawn as soon as their data is in; the rest of the page follows.
    const next = await session.search(term, filters, FIRST, typing);
    if (!next) return; // a newer keystroke is being searched
    answer = next;
    showSuggestion(suggestLine, next.suggestion, searchPage, (query) => {
      input.value = query;
      input.focus();
      void run();
    });
    shown = next.first.length;
    list.replaceChildren(...next.first.map((found) => resultItem(found)));
    list.dataset.query = term;
    const what = term.trim() ? ` cho “${term.trim()}”` : '';
    const summarise = (a: Answer) => {
      more.hidden = shown >= a.total;
      summary.textContent = !term.trim() && !Object.keys(filters).length ? '' : a.total ? `${resultCount(a)}${what}` : `Không tìm thấy kết quả nào${what}`;
      if (a.exact) pane.update(a.counts);
    };
    summarise(next);
    if (next.total > FIRST) {
      const rest = await next.more(FIRST, PAGE - FIRST);
      if (!next.current() || answer !== next || shown !== FIRST) return;
      list.append(...rest.map((found) => resultItem(found)));
      shown += rest.length;
      more.hidden = shown >= next.total;
    }
    // Results drawn from the search sample: the whole site's count, filter counts and further
    // results follow, the results drawn staying where they are.
    if (next.exact) return;
    const whole = await next.complete();
    if (!whole || answer !== next) return;
    answer = whole;
    summarise(whole);
  };

  more.addEventListener('click', async () => {
    if (!answer) return;
    const from = shown;
    const found = await answer.more(from, PAGE);
    if (answer === null || shown !== from) return;
    list.append(...found.map((f) => resultItem(f)));
    shown += found.length;
    more.hidden = shown >= answer.total;
    list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[from]?.focus();
  });

  let filtersShown = false;
  const showFilters = async () => {
    if (filtersShown) return;
    filtersShown = true;
    pane.show(await session.filters());
    // Rerun so the counts are the current answer's (the filter indexes are there now).
    await run();
  };
  filterBox.addEventListener('toggle', () => void (filterBox.open && showFilters()));
  if (Object.keys(filters).length) filterBox.open = true;

  root.querySelector('[data-search-form]')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run(true));
  input.addEventListener('focus', () => void session.warm(), { once: true });
  input.value = state.q;
  if (state.q || Object.keys(filters).length) void run();
  else input.focus();
}
