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

/**
 * Words of a text as Pagefind indexes them (whitespace-separated chunks). `word` folds one chunk
 * or part: pagefindWord, or a caller's memo of it (the search's page reader folds the same few
 * thousand syllables on every page it reads).
 */
export function pagefindWords(text: string, word: (chunk: string) => string = pagefindWord): string[] {
  return text
    .split(/\s+/u)
    .flatMap((chunk) => {
      const whole = word(chunk);
      // Pagefind also indexes the parts of a hyphenated or slashed chunk ("03-NQ/ĐUK" → "đuk").
      const parts = chunk.split(/[^\p{L}\p{N}]+/u).map(word);
      return [whole, ...parts];
    })
    .filter((w) => w.length > 0);
}
