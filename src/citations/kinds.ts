/**
 * The document kinds a citation can name in prose, with the code their symbols carry, from
 * the one vocabulary (src/content/vocabulary.ts). Shared by the finder (which words to look
 * for) and the resolver (which code means which kind). Kind words and codes are read in any
 * letter case: articles write "chỉ thị số 05-ct/tw" as well as "Chỉ thị số 05-CT/TW".
 */
import { KINDS as ALL_KINDS, escapeRegex, type DocumentKind } from '../content/vocabulary.ts';

export type KindInfo = Pick<DocumentKind, 'kind' | 'code'>;

/** Kind words read as the head of a citation in prose, the longest first ("Báo cáo thẩm định" before "Báo cáo"). */
export const KINDS: readonly KindInfo[] = ALL_KINDS.filter((k) => k.prose).sort((a, b) => b.kind.length - a.kind.length);

const fold = (s: string) => s.normalize('NFC').toUpperCase();

/** Symbol code (any case) → kind; "QĐ" alone is Quyết định or Quy định, so it maps to both. */
export function kindsOfCode(code: string): string[] {
  const c = fold(code);
  if (c === 'QĐ') return ['Quyết định', 'Quy định'];
  // Party Quy định carry "QĐi", State ones "QyĐ".
  if (c === 'QĐI' || c === 'QYĐ') return ['Quy định'];
  return KINDS.filter((k) => fold(k.code) === c).map((k) => k.kind);
}

/** The canonical kind of a kind word written in any case ("nghị quyết" → "Nghị quyết"). */
export function kindOfWord(word: string): string | null {
  const w = word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'nq') return 'Nghị quyết';
  return KINDS.find((k) => k.kind.toLowerCase() === w)?.kind ?? null;
}

/** A regex source for a literal in any letter case: "Chỉ thị" → "[Cc][Hh][Ỉỉ]\s+[Tt][Hh][Ịị]". */
export function anyCase(literal: string): string {
  return [...literal.normalize('NFC')]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${upper}${lower}]` : escapeRegex(ch);
    })
    .join('');
}

/** A regex source matching any kind word, in any letter case, the longest first. */
export const KIND_WORD_SOURCE = KINDS.map((k) => anyCase(k.kind)).join('|');

/** Every code a symbol may carry, in any case, the longest first ("CTr" before "CT"); Quy định's State "QyĐ" too. */
export const CODE_SOURCE = [...new Set([...ALL_KINDS.map((k) => k.code), 'QyĐ'])]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');
