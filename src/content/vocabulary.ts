/**
 * The Vietnamese vocabulary of official documents, written once: the kinds with the code
 * their symbols carry, the spellings of "Trung ương" in symbols, and the Roman numerals of
 * terms (khóa). The content model's kinds, the citation finder's patterns, the search page's
 * query rewriting and the benchmark's generator are all derived from it.
 */

export interface DocumentKind {
  /** the kind as the content model and prose spell it */
  kind: string;
  /** the code in a symbol: Party "12-NQ/TW", State "26/CT-TTg" */
  code: string;
  /** a kind the content model accepts (`kind` of a document) */
  model: boolean;
  /** its code appears in Party symbols ("12-NQ/TW") */
  party: boolean;
  /** the kind word heads a citation in prose ("Nghị quyết số …") */
  prose: boolean;
}

const kind = (k: string, code: string, { model = true, party = true, prose = true } = {}): DocumentKind => ({ kind: k, code, model, party, prose });

/** Every kind, in the order the content model lists them. */
export const KINDS: readonly DocumentKind[] = [
  kind('Nghị quyết', 'NQ'),
  kind('Chỉ thị', 'CT'),
  kind('Kết luận', 'KL'),
  kind('Quyết định', 'QĐ'),
  // Party Quy định carried "QĐ" until the 2010s and "QĐi" since: the word written decides.
  kind('Quy định', 'QĐi'),
  kind('Quy chế', 'QC'),
  kind('Hướng dẫn', 'HD'),
  kind('Kế hoạch', 'KH'),
  kind('Thông báo', 'TB'),
  kind('Đề án', 'ĐA'),
  kind('Chương trình', 'CTr'),
  kind('Luật', 'L', { party: false }),
  kind('Nghị định', 'NĐ', { party: false }),
  kind('Thông tư', 'TT', { party: false }),
  // Cited in prose and in symbols, but not (yet) documents of the model.
  kind('Báo cáo', 'BC', { model: false }),
  kind('Tờ trình', 'TTr', { model: false }),
  // Cited by the press and by State documents; not kinds of the model, and not read in search queries.
  kind('Báo cáo thẩm định', 'BCTĐ', { model: false, party: false }),
  kind('Chương trình hành động', 'CTHĐ', { model: false, party: false }),
  kind('Công văn', 'CV', { model: false, party: false }),
  kind('Bộ luật', 'BL', { model: false, party: false }),
  kind('Pháp lệnh', 'PL', { model: false, party: false }),
  kind('Hiến pháp', 'HP', { model: false, party: false }),
  kind('Thông tư liên tịch', 'TTLT', { model: false, party: false }),
  kind('Nghị quyết liên tịch', 'NQLT', { model: false, party: false }),
];

/** Kinds cited by name and year rather than by number ("Luật Đất đai năm 2013", "Hiến pháp năm 2013"). */
export const NAMED_KINDS: readonly string[] = ['Bộ luật', 'Luật', 'Pháp lệnh', 'Hiến pháp'];

/** The kinds the content model accepts, for its zod enum. */
export const DOCUMENT_KINDS = KINDS.filter((k) => k.model).map((k) => k.kind) as [string, ...string[]];

/**
 * A regex alternation of codes, each code before any code it begins with ("CTr" before "CT",
 * "QĐi" before "QĐ"), so the longest code written is the one read.
 */
export function codeAlternation(codes: readonly string[]): string {
  return [...codes].sort((a, b) => b.length - a.length).join('|');
}

/** The codes of Party symbols, as a regex alternation. */
export const PARTY_CODE_SOURCE = codeAlternation(KINDS.filter((k) => k.party).map((k) => k.code));

/** "Trung ương" in symbols: the canonical code and how it is written ("12-NQ/T.Ư", "12-NQ/TƯ", "12-NQ/TW"). */
export const TRUNG_UONG = { name: 'Trung ương', code: 'TW', written: ['T.Ư', 'TƯ', 'TW'] } as const;

/** How readers type it in a query, beyond the written forms: without diacritics. */
export const TRUNG_UONG_TYPED: readonly string[] = [...TRUNG_UONG.written, 'T.W', 'T.U'];

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of the written forms; `spaced` also accepts a space after the dot ("T. Ư"). */
export function trungUongSource({ spaced = false }: { spaced?: boolean } = {}): string {
  return TRUNG_UONG.written.map((f) => escapeRegex(f).replace('\\.', spaced ? '\\.\\s?' : '\\.')).join('|');
}

const OTHER_WRITTEN = new RegExp(TRUNG_UONG.written.filter((f) => f !== TRUNG_UONG.code).map(escapeRegex).join('|'), 'g');

/**
 * Canonical form of an official document symbol (số hiệu) for comparison: NFC, upper case,
 * no spaces, and "Trung ương" as TW. "12-NQ/T.Ư", "12 - nq/tư" and "12-NQ/TW" all become "12-NQ/TW".
 */
export function normalizeSymbol(symbol: string): string {
  return symbol.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(OTHER_WRITTEN, TRUNG_UONG.code);
}

/** A Roman numeral of a term (khóa), as a regex source. */
export const ROMAN_SOURCE = '[IVXLC]+';

/** Roman numerals used for terms (khóa) → number, for chronological ordering. */
export function romanToNumber(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const letters = roman.toUpperCase();
  for (let i = 0; i < letters.length; i++) {
    const current = values[letters[i] ?? ''] ?? 0;
    const next = values[letters[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}

/** Number → Roman numeral (1–39 is all terms need). */
export function numberToRoman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '';
  return tens + ones;
}
