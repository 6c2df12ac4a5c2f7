/**
 * The only module that touches Pagefind's private internals. Pagefind's Component UI has no
 * public hook to (1) wrap its search call, so that every Vietnamese rewrite of a query is
 * searched and the results merged, nor (2) hold back the filter indexes it fetches on load.
 * So this adapter wraps the instance's private `__doLoad__`, `__pagefind__` and
 * `__dispatch__`. That is why `pagefind` is pinned to 1.6.x in package.json:
 * tests/unit/pagefind-adapter.test.ts fails when an upgrade renames or drops these hooks,
 * and `attachPagefind` reports a missing hook instead of silently searching without rewriting.
 */
import type { SearchFn } from './merge.ts';

export type FilterCounts = Record<string, Record<string, number>>;
type Engine = { search: SearchFn; filters: () => Promise<FilterCounts> } | null;

/** The Component UI instance, public methods and the private hooks this adapter relies on. */
export interface Instance {
  __doLoad__: () => Promise<void>;
  __pagefind__: Engine;
  __dispatch__(event: 'filters', detail: { available: FilterCounts; total: FilterCounts }): void;
  availableFilters: FilterCounts;
  totalFilters: FilterCounts;
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}

/** The private members used here, as Pagefind 1.6 names them. */
export const PRIVATE_HOOKS = ['__doLoad__', '__pagefind__', '__dispatch__', 'availableFilters', 'totalFilters'] as const;

export interface Attached {
  /** Shows every filter: fetches them if held back, tells the filter pane, reruns the search with counts. */
  showFilters(): Promise<void>;
}

/**
 * Wraps the instance's search with `wrap` once Pagefind has loaded, and fetches the filter
 * indexes only when `filtersWanted()` says so (or showFilters() is called).
 */
export function attachPagefind(instance: Instance, wrap: (search: SearchFn) => Promise<SearchFn>, filtersWanted: () => boolean): Attached {
  if (typeof instance.__doLoad__ !== 'function' || typeof instance.__dispatch__ !== 'function') {
    console.error('Sổ tay: Pagefind không còn các móc __doLoad__/__dispatch__; tìm kiếm chạy không có phần viết lại truy vấn tiếng Việt');
  }
  const load = instance.__doLoad__.bind(instance);
  instance.__doLoad__ = async () => {
    await load();
    const pagefind = instance.__pagefind__;
    if (!pagefind || (pagefind.search as { wrapped?: boolean }).wrapped) return;
    const wrapped: SearchFn & { wrapped?: boolean } = await wrap(pagefind.search.bind(pagefind));
    wrapped.wrapped = true;
    pagefind.search = wrapped;
  };

  let realFilters: (() => Promise<FilterCounts>) | undefined;
  let engine: Engine = null;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => engine,
    set: (value: Engine) => {
      engine = value;
      if (value && !realFilters) {
        realFilters = value.filters.bind(value);
        value.filters = () => (filtersWanted() ? realFilters!() : Promise.resolve({}));
      }
    },
  });

  return {
    async showFilters() {
      if (!realFilters) return; // not loaded yet: the load will fetch them now
      const all = await realFilters();
      instance.availableFilters = all;
      instance.totalFilters = all;
      instance.__dispatch__('filters', { available: all, total: all });
      if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
    },
  };
}
