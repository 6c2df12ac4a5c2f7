/**
 * Words a reader adds when asking a question ("… là gì", "có bao nhiêu …", "… khi nào")
 * and function words that carry no topic. Pagefind joins the words of a query with AND,
 * so one such word absent from a page hides that page: they are left out of the loose
 * queries (the exact-phrase query still uses every word the reader typed).
 *
 * Compared on folded forms (tone marks and đ removed), so "la gi" and "là gì" both go.
 * Unaccented words that fold onto a content word are kept out of FUNCTION_FOLDED:
 * "co" is also "cơ" (cơ quan), "trong" also "trọng" (trọng tâm), "ve" also "vệ".
 */
import { foldAll } from '../normalize.ts';

/** Multi-word question phrases, folded, longest first. */
const QUESTION_PHRASES = [
  've van de gi',
  'la nhung gi',
  'noi ve gi',
  'van de gi',
  'nhu the nao',
  'bao nhieu',
  'the nao',
  'ra sao',
  'khi nao',
  'bao gio',
  'la gi',
  'o dau',
  'vi sao',
  'tai sao',
  'nhung gi',
  'cho biet',
  'noi gi',
  'noi ve',
].map((p) => p.split(' '));

/** Function words removed whatever their spelling: their folded form has no other meaning here. */
const FUNCTION_FOLDED = new Set(['cua', 'va', 'giua', 'duoc', 'la', 'gi', 'nao', 'voi', 'cac', 'nhung', 'hoac']);
/** Function words removed only when typed with their accents ("có" but not "co", which may be "cơ"; "trong" and "cho" never: their plain spelling is also "trọng", "chợ"…). */
const FUNCTION_ACCENTED = new Set(['có', 'về', 'đã', 'ở', 'những', 'các', 'của', 'và', 'được', 'với', 'là', 'gì', 'nào', 'thì', 'mà']);

/**
 * Indices of the words to leave out of loose queries. Never all of them: a query made only
 * of such words ("là gì") is searched as typed.
 */
export function questionWordIndices(words: readonly string[]): Set<number> {
  const folded = words.map(foldAll);
  const drop = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of QUESTION_PHRASES) {
      if (phrase.every((w, k) => folded[i + k] === w)) phrase.forEach((_w, k) => drop.add(i + k));
    }
    const word = words[i]!.normalize('NFC').toLowerCase();
    if (FUNCTION_FOLDED.has(folded[i]!) || FUNCTION_ACCENTED.has(word)) drop.add(i);
  }
  return drop.size === words.length ? new Set() : drop;
}

/** Whether a word alone is a function word ("của", "và", "là"), whatever its spelling. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_FOLDED.has(foldAll(word)) || FUNCTION_ACCENTED.has(word.normalize('NFC').toLowerCase());
}
