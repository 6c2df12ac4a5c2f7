/**
 * The search page's filters: one group of checkboxes per filter Pagefind knows (pagefind.filters()),
 * values in Vietnamese alphabetical order (Intl.Collator('vi'): "Ban Cán sự" before "Ban Chấp
 * hành", "Đại hội" after "Dân vận") under their real names, each with its count in the current
 * answer (the response's own filter counts), or over the whole site before any search.
 */
import { compareVi } from '../../lib/format.ts';
import type { FilterCounts } from './load-pagefind.ts';
import type { Filters } from './search-session.ts';

/** Groups in reading order; a filter not listed here follows, alphabetically. */
const GROUP_ORDER = ['Mục', 'Loại văn bản', 'Cơ quan ban hành', 'Khóa', 'Năm', 'Tổ chức', 'Chủ đề'];

function groupRank(name: string): number {
  const i = GROUP_ORDER.indexOf(name);
  return i < 0 ? GROUP_ORDER.length : i;
}

export interface FilterPane {
  /** draws every group from the site-wide counts */
  show(totals: FilterCounts): void;
  /** the counts of the current answer (empty: no search, keep the site-wide counts) */
  update(counts: FilterCounts): void;
}

export function filterPane(root: HTMLElement, chosen: () => Filters, onChange: (filters: Filters) => void): FilterPane {
  let totals: FilterCounts = {};
  let current: FilterCounts = {};
  const countOf = (name: string, value: string) =>
    Object.keys(current).length ? (current[name]?.[value] ?? 0) : (totals[name]?.[value] ?? 0);

  const draw = () => {
    const active = chosen();
    const names = Object.keys(totals).sort((a, b) => groupRank(a) - groupRank(b) || compareVi(a, b));
    root.replaceChildren(
      ...names.map((name) => {
        const group = document.createElement('fieldset');
        group.className = 'filter-group';
        const legend = document.createElement('legend');
        legend.textContent = name;
        group.append(legend);
        for (const value of Object.keys(totals[name] ?? {}).sort(compareVi)) {
          const label = document.createElement('label');
          label.className = 'filter-option';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = `loc.${name}`;
          box.value = value;
          box.checked = active[name]?.includes(value) ?? false;
          const count = document.createElement('span');
          count.className = 'filter-count';
          count.textContent = String(countOf(name, value));
          label.append(box, ` ${value} `, count);
          group.append(label);
        }
        return group;
      }),
    );
  };

  root.addEventListener('change', () => {
    const next: Filters = {};
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (next[box.name.slice(4)] ??= []).push(box.value);
    }
    onChange(next);
  });

  return {
    show(all) {
      totals = all;
      draw();
    },
    update(counts) {
      current = counts;
      for (const label of root.querySelectorAll<HTMLLabelElement>('.filter-option')) {
        const box = label.querySelector('input')!;
        label.querySelector('.filter-count')!.textContent = String(countOf(box.name.slice(4), box.value));
      }
    },
  };
}
