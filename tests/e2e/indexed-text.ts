/**
 * What Pagefind indexed for each built page (its fragment files), and where that text glues a
 * label to its value: a word ending in a lower-case letter or a digit whose next word, across an
 * element boundary with no whitespace in the HTML, starts with an upper-case letter, a digit or
 * (after a digit) any letter: "Số hiệu</dt><dd>05-CT/TW" indexed as "Số hiệu05-CT/TW".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlText, indexedHtml } from '../../src/search/build/vocabulary.ts';

/** Pagefind's fragments are gzip-compressed JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

export interface Fragment {
  url: string;
  content: string;
}

export function fragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`${f}: not a Pagefind fragment`);
      return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
    });
}

/** An element boundary with no whitespace: the word before it, the tags, the word after it. */
const BOUNDARY = /([\p{L}\p{N}]+)((?:<[^>]*>)+)([\p{L}\p{N}]+)/gu;

/** The glued runs ("hiệu05-CT") the fragment's text holds where the page's HTML has an element boundary. */
export function gluedRuns(html: string, content: string): string[] {
  const body = indexedHtml(html);
  const glued = new Set<string>();
  for (const m of body.matchAll(BOUNDARY)) {
    const [, before = '', , after = ''] = m;
    const last = before.at(-1) ?? '';
    const first = after[0] ?? '';
    const lowerThenUpper = /\p{Ll}/u.test(last) && /\p{Lu}/u.test(first);
    const letterThenDigit = /\p{L}/u.test(last) && /\p{N}/u.test(first);
    const digitThenLetter = /\p{N}/u.test(last) && /\p{L}/u.test(first);
    if (!(lowerThenUpper || letterThenDigit || digitThenLetter)) continue;
    const run = htmlText(before) + htmlText(after);
    if (content.includes(run)) glued.add(run);
  }
  return [...glued];
}
