/**
 * Document lookups as readers type them, read from the one vocabulary (src/content/vocabulary.ts):
 *  - a kind, as a word or an abbreviation, followed by a number ("chỉ thị 5", "CT 05", "QĐ 47",
 *    "nq 04", "Nghị quyết số 04") names a document by its symbol: it becomes the start of the
 *    one word Pagefind indexed for the symbol ("05ct" of "05cttw"), 5 and 05 alike;
 *  - "khóa" followed by a number, Arabic or Roman ("khóa 12", "khoa XII"), names a term: the
 *    number is written as the Roman numeral the pages use, so it never matches a document number.
 */
import { KINDS, numberToRoman, romanToNumber } from '../../content/vocabulary.ts';
import { foldAll, pagefindWord } from '../normalize.ts';

export interface Lookups {
  /** the query with every khóa number as a Roman numeral */
  text: string;
  /** the query with each kind-and-number as the start of its symbol word, when it has one */
  symbolText?: string;
  /** the terms (khóa) the query names, as Roman numerals ("XII") */
  terms: string[];
}

/** Party kinds, by their folded name ("chi thi") and folded code ("ct", "qd"), → the code's Pagefind form ("ct", "qđ"). */
const KIND_CODES = new Map<string, string>();
for (const k of KINDS.filter((k) => k.party)) {
  KIND_CODES.set(foldAll(k.code), pagefindWord(k.code));
  KIND_CODES.set(k.kind.split(/\s+/u).map(foldAll).join(' '), pagefindWord(k.code));
}
// A kind name is at most this many words ("chương trình hành động" is not a Party kind).
const LONGEST_KIND = Math.max(...[...KIND_CODES.keys()].map((k) => k.split(' ').length));

const ROMAN = /^[ivxlc]+$/i;
/** Terms run from I to about XX: a larger number after "khóa" is not a term. */
const termOf = (word: string): string | undefined => {
  if (/^\d{1,2}$/.test(word) && Number(word) >= 1 && Number(word) <= 39) return numberToRoman(Number(word));
  if (ROMAN.test(word) && numberToRoman(romanToNumber(word)) === word.toUpperCase()) return word.toUpperCase();
  return undefined;
};

export function readLookups(query: string): Lookups {
  const words = query.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const terms: string[] = [];
  const text: string[] = [];
  const symbols: string[] = [];
  let found = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const term = next !== undefined && foldAll(word) === 'khoa' ? termOf(next) : undefined;
    if (term) {
      terms.push(term);
      text.push(word, term);
      symbols.push(word, term);
      i++;
      continue;
    }
    const kind = kindAt(words, i);
    if (kind) {
      const at = i + kind.length + (foldAll(words[i + kind.length] ?? '') === 'so' ? 1 : 0);
      const number = words[at];
      // Symbols carry up to three digits; a four-digit number after a kind is a year.
      if (number && /^\d{1,3}$/.test(number)) {
        // Party Quy định carried "QĐ" until the 2010s and "QĐi" since: "qđ" starts both.
        symbols.push(`${number.padStart(2, '0')}${kind.code.replace(/^qđi$/, 'qđ')}`);
        text.push(...words.slice(i, at + 1));
        found = true;
        i = at;
        continue;
      }
    }
    text.push(word);
    symbols.push(word);
  }
  return { text: text.join(' '), ...(found ? { symbolText: symbols.join(' ') } : {}), terms };
}

/** The kind that starts at word i, longest name first: its length in words and its code. */
function kindAt(words: readonly string[], i: number): { length: number; code: string } | undefined {
  for (let n = Math.min(LONGEST_KIND, words.length - i); n >= 1; n--) {
    const code = KIND_CODES.get(words.slice(i, i + n).map(foldAll).join(' '));
    if (code) return { length: n, code };
  }
  return undefined;
}
