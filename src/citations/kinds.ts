/**
 * The document kinds a citation can name in prose, with the code their symbols carry, from
 * the one vocabulary (src/content/vocabulary.ts). Shared by the finder (which words to look
 * for) and the resolver (which code means which kind).
 */
import { KINDS as ALL_KINDS, type DocumentKind } from '../content/vocabulary.ts';

export type KindInfo = Pick<DocumentKind, 'kind' | 'code'>;

/** Kind words read as the head of a citation in prose. No word is a prefix of another, so their order does not matter. */
export const KINDS: readonly KindInfo[] = ALL_KINDS.filter((k) => k.prose);

/** Symbol code → kind; "QĐ" alone is Quyết định or Quy định, so it maps to both. */
export function kindsOfCode(code: string): string[] {
  const c = code.normalize('NFC');
  if (c === 'QĐ') return ['Quyết định', 'Quy định'];
  if (c === 'QĐi') return ['Quy định'];
  return KINDS.filter((k) => k.code === c).map((k) => k.kind);
}

/** The canonical kind of a kind word written in any case ("nghị quyết" → "Nghị quyết"). */
export function kindOfWord(word: string): string | null {
  const w = word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'nq') return 'Nghị quyết';
  return KINDS.find((k) => k.kind.toLowerCase() === w)?.kind ?? null;
}

/** A regex source matching any kind word, first letter in either case. */
export const KIND_WORD_SOURCE = KINDS.map((k) => {
  const [first, ...rest] = [...k.kind];
  const head = `[${first!.toUpperCase()}${first!.toLowerCase()}]`;
  return head + rest.join('').replace(/ /g, '\\s+');
}).join('|');
