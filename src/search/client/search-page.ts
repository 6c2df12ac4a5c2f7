/**
 * Wires Pagefind's Component UI to the Vietnamese needs of the site:
 *  - Vietnamese strings (the shipped "vi" strings were machine-translated);
 *  - query rewriting (đ, abbreviations, symbols) with the results of every rewrite merged;
 *  - the query and filters mirrored in the URL so a search can be shared and reloaded;
 *  - the index warms up as soon as the box gets focus;
 *  - the filter pane (and the filter indexes it fetches) only when the reader asks for it.
 * Pagefind itself stays the engine and the UI; only its search call is wrapped, through the
 * one adapter that touches its internals (pagefind-adapter.ts).
 */
import type { SearchFn } from './merge.ts';
import { attachPagefind, type Instance } from './pagefind-adapter.ts';
import { EMPTY_SEARCH_DATA, vietnameseSearch } from './vietnamese-search.ts';
import type { SearchData } from '../data.ts';

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): Instance } };
  }
}

const VI: Record<string, string> = {
  placeholder: 'Nhập từ khóa…',
  clear_search: 'Xóa',
  load_more: 'Xem thêm kết quả',
  search_label: 'Tìm trong sổ tay',
  filters_label: 'Bộ lọc',
  zero_results: 'Không tìm thấy kết quả nào cho “[SEARCH_TERM]”',
  many_results: '[COUNT] kết quả cho “[SEARCH_TERM]”',
  one_result: '1 kết quả cho “[SEARCH_TERM]”',
  total_zero_results: 'Không có kết quả',
  total_one_result: '1 kết quả',
  total_many_results: '[COUNT] kết quả',
  alt_search: 'Không có kết quả cho “[SEARCH_TERM]”. Đang hiện kết quả cho “[DIFFERENT_TERM]”',
  search_suggestion: 'Không có kết quả cho “[SEARCH_TERM]”. Hãy thử một trong các từ sau:',
  searching: 'Đang tìm “[SEARCH_TERM]”…',
  results_label: 'Kết quả tìm kiếm',
  keyboard_navigate: 'di chuyển',
  keyboard_select: 'chọn',
  keyboard_clear: 'xóa',
  keyboard_close: 'đóng',
  keyboard_search: 'tìm',
  error_search: 'Không tìm được: bộ chỉ mục tìm kiếm chưa tải được',
  filter_selected_one: 'đã chọn [COUNT]',
  filter_selected_many: 'đã chọn [COUNT]',
  input_hint: 'Kết quả hiện ngay khi bạn gõ',
  loading: 'Đang tải…',
};

const root = document.querySelector<HTMLElement>('[data-search-root]');
const manager = window.PagefindComponents?.getInstanceManager();
if (root && manager) {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const instance = manager.getInstance('default');
  instance.setTranslations(VI);

  const searchData: Promise<SearchData> = fetch(`${bundle}so-tay-search.json`)
    .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : EMPTY_SEARCH_DATA))
    .catch(() => EMPTY_SEARCH_DATA);
  const rewriting = async (search: SearchFn): Promise<SearchFn> => vietnameseSearch(search, await searchData);

  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key.startsWith('loc.')) (filters[key.slice(4)] ??= []).push(value);
  }
  const q = params.get('q') ?? '';

  // Mirror what is searched into the address bar (replaceState: no history spam).
  instance.on('search', (term, active) => {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    for (const [name, values] of Object.entries(active ?? {})) for (const v of values ?? []) next.append(`loc.${name}`, v);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  });

  // Pagefind's Component UI fetches every filter index as soon as it loads (a large share of a
  // first search at thousands of pages: docs/performance.md), although search() itself needs none. So the
  // filter list is held back until the reader opens "Lọc kết quả" (or the URL has a filter):
  // then the pane is added, the filters fetched, and the current search rerun with its counts.
  let filtersWanted = Object.keys(filters).length > 0;
  const pagefind = attachPagefind(instance, rewriting, () => filtersWanted);
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]');
  const showFilters = async () => {
    if (!filterBox || filterBox.querySelector('pagefind-filter-pane')) return;
    filtersWanted = true;
    filterBox.append(document.createElement('pagefind-filter-pane'));
    await pagefind.showFilters();
  };
  filterBox?.addEventListener('toggle', () => void (filterBox.open && showFilters()));
  if (filtersWanted && filterBox) filterBox.open = true;

  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const start = () => {
    const box = input();
    box?.addEventListener('focus', () => void instance.triggerLoad(), { once: true });
    if (q && box) box.value = q;
    if (Object.keys(filters).length) instance.triggerFilters(filters);
    if (q) instance.triggerSearch(q);
    else box?.focus();
  };
  // The custom elements render on connect; wait a frame so the input exists.
  requestAnimationFrame(start);
}
