import { slugify } from '../lib/slug.ts';

/**
 * An entry's id (and URL slug) is its file name without extension, folded to ASCII.
 * Sub-folders are for editors' convenience only and never reach the URL, so moving
 * a file between folders does not break a published link.
 */
export function entryIdFromPath(relativePath: string): string {
  const fileName = relativePath.split(/[\\/]/).pop() ?? relativePath;
  return slugify(fileName.replace(/\.(md|mdx)$/i, ''));
}
