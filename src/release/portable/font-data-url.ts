/**
 * A font file as a data: URL, for the portable copy's stylesheets. Firefox treats every file://
 * address as its own origin and refuses web fonts from another folder than the page's (a page
 * in van-ban/x/ and the fonts in _astro/), so the copy carries its fonts inside the stylesheet.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Whether `path` names a font file we inline: woff2 only, which every browser able to run the
 * copy reads first; the older formats listed after it in @font-face stay files (never fetched).
 */
export function isFont(path: string): boolean {
  return extname(path.replace(/[?#].*$/, '')).toLowerCase() === '.woff2';
}

export function fontDataUrl(file: string): string {
  return `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
}
