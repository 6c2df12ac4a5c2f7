/**
 * Word forms as Pagefind sees them, so query rewriting and the build-time vocabulary
 * agree with the index. Pagefind lower-cases, drops punctuation inside a word
 * ("05-CT/TW" → "05cttw") and folds combining marks (tone marks, circumflex, breve, horn),
 * but keeps "đ", which Unicode does not decompose.
 */

/** "Đảng" → "đang", "05-CT/TW" → "05cttw", "T.Ư" → "tu" */
export function pagefindWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .normalize('NFC');
}

/** Everything a reader may leave out: Pagefind's folding plus đ→d. "Đảng" → "dang" */
export function foldAll(word: string): string {
  return pagefindWord(word).replace(/đ/g, 'd');
}

/** Words of a text as Pagefind indexes them (whitespace-separated chunks). */
export function pagefindWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((chunk) => {
      const whole = pagefindWord(chunk);
      // Pagefind also indexes the parts of a hyphenated or slashed chunk ("03-NQ/ĐUK" → "đuk").
      const parts = chunk.split(/[^\p{L}\p{N}]+/u).map(pagefindWord);
      return [whole, ...parts];
    })
    .filter((w) => w.length > 0);
}
