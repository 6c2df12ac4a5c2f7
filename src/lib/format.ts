/** Vietnamese formatting helpers: one place for dates, numbers and ordering. */

const numberFormat = new Intl.NumberFormat('vi-VN');
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** 78432 → "78.432" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * Date → "dd/mm/yyyy". Dates in content are calendar days without a time zone,
 * so they are read in UTC to never shift a day on a server in another zone.
 */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), numbers in numeric order. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

