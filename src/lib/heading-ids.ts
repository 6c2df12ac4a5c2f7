/**
 * Heading anchors: the heading's text folded to ASCII the Vietnamese way ("Đảng bộ" →
 * "dang-bo"), "muc" when nothing is left, and "-1", "-2"… for a repeated heading on the
 * same page. One allocator for the heading plugin (which writes the ids) and the citation
 * walker (which must know the id of the heading a citation sits under).
 */
import { slugify } from './slug.ts';

/** A fresh allocator per page: call it with each heading's text, in document order. */
export function headingIds(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'muc';
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
