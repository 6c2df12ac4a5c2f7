/**
 * The document kinds a citation can name, with the word written in prose and the code
 * used in symbols. Pure data: shared by the finder (which words to look for) and the
 * resolver (which code means which kind).
 */

export interface KindInfo {
  /** the kind as the content model spells it (src/content/schemas.ts DOCUMENT_KINDS) */
  kind: string;
  /** the code in a Party symbol (12-NQ/TW) or a State symbol (26/CT-TTg) */
  code: string;
}

/** Kind words as written in prose, longest first so "Quy định" is not read as "Quy". */
export const KINDS: readonly KindInfo[] = [
  { kind: 'Nghị quyết', code: 'NQ' },
  { kind: 'Chỉ thị', code: 'CT' },
  { kind: 'Kết luận', code: 'KL' },
  { kind: 'Quyết định', code: 'QĐ' },
  // Party Quy định carried "QĐ" until the 2010s and "QĐi" since: the word written decides.
  { kind: 'Quy định', code: 'QĐi' },
  { kind: 'Quy chế', code: 'QC' },
  { kind: 'Hướng dẫn', code: 'HD' },
  { kind: 'Kế hoạch', code: 'KH' },
  { kind: 'Thông báo', code: 'TB' },
  { kind: 'Đề án', code: 'ĐA' },
  { kind: 'Chương trình', code: 'CTr' },
  { kind: 'Nghị định', code: 'NĐ' },
  { kind: 'Thông tư', code: 'TT' },
  { kind: 'Luật', code: 'L' },
];

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
