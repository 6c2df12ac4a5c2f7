/**
 * ASCII slugs for Vietnamese text: NFC, tone marks stripped, đ→d (the site's ids and URLs).
 *
 * Written by hand because general slug libraries either keep diacritics
 * (github-slugger, used by Astro for heading ids) or transliterate đ to "dj".
 */

/** Removes every combining mark and maps đ/Đ, the one Vietnamese letter NFD cannot split. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lowercase ASCII slug: runs of anything that is not a letter or digit become one hyphen. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `value` already is the slug of itself (what file names and lesson IDs must be). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
