/**
 * The regular expressions the finder is made of, one per citation form. Kept apart from
 * the finder's logic so each form can be read (and fixed) on its own.
 * All sources are for NFC text and the `u` flag; none uses `i`, because `\p{Lu}` under
 * `i` would also match lower case and blur symbols ("TW") with prose.
 */
import { PARTY_CODE_SOURCE, ROMAN_SOURCE, trungUongSource } from '../content/vocabulary.ts';
import { KIND_WORD_SOURCE } from './kinds.ts';

const KW = `(?:${KIND_WORD_SOURCE})`;
/** "khóa" in both tone placements (khóa, khoá) */
const KHOA = '(?:[Kk]h(?:óa|oá))';
/** Roman term, not followed by a letter (so "XIV" is read whole and "Xã" never) */
const ROMAN = `${ROMAN_SOURCE}(?![\\p{L}\\d])`;
/** "ủy" in both tone placements */
const UY = '(?:ủy|uỷ)';
const CAP_WORD = '\\p{Lu}\\p{Ll}*';
/** "lần thứ 4" or "lần thứ tư" */
const ORDINAL = '(?:\\d{1,2}|mười\\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|mười|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?![\\p{L}\\d])';
const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, một: 1 };

/** "4", "lần thứ 4", "lần thứ tư", "lần thứ mười hai" → "4", "4", "4", "12" */
export function plenumNumber(written: string): string | null {
  const w = written.replace(/^lần\s+thứ\s+/, '').replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return String(Number(w));
  if (w === 'mười') return '10';
  const teen = /^mười (\S+)$/.exec(w);
  if (teen) return ORDINAL_WORDS[teen[1]!] ? String(10 + ORDINAL_WORDS[teen[1]!]!) : null;
  return ORDINAL_WORDS[w] ? String(ORDINAL_WORDS[w]) : null;
}

/** Named issuers written after "của": Party and State bodies seen in the sources and common in the press. */
export const ISSUER_NAME_SOURCE = [
  'Bộ\\s+Chính\\s+trị',
  'Ban\\s+Bí\\s+thư',
  'Ban\\s+Chấp\\s+hành\\s+Trung\\s+ương(?:\\s+Đảng)?',
  `Ban\\s+Thường\\s+vụ\\s+Đảng\\s+${UY}\\s+Khối(?:\\s+các\\s+cơ\\s+quan\\s+(?:Trung\\s+ương|tỉnh(?:\\s+${CAP_WORD})+))?`,
  `Ban\\s+Thường\\s+vụ\\s+(?:Tỉnh|Thành|Huyện|Quận|Thị)\\s+${UY}(?:\\s+${CAP_WORD})*`,
  `Ban\\s+Cán\\s+sự\\s+đảng(?:\\s+${CAP_WORD})*`,
  `Đảng\\s+${UY}\\s+Khối(?:\\s+các\\s+cơ\\s+quan\\s+(?:Trung\\s+ương|tỉnh(?:\\s+${CAP_WORD})+))?`,
  `Đảng\\s+${UY}\\s+cơ\\s+quan(?:\\s+${CAP_WORD})*`,
  `${UY.replace('ủy', 'Ủy').replace('uỷ', 'Uỷ')}\\s+ban\\s+Kiểm\\s+tra\\s+Trung\\s+ương`,
  'Ban\\s+(?:Tổ\\s+chức|Tuyên\\s+giáo|Dân\\s+vận|Nội\\s+chính|Kinh\\s+tế)\\s+Trung\\s+ương',
  'Hội\\s+nghị\\s+(?:lần\\s+thứ\\s+\\p{L}+(?:\\s+\\p{Ll}+)?\\s+|\\d{1,2}\\s+)?(?:Ban\\s+Chấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?(?:\\s+\\d{1,2})?',
  'Thủ\\s+tướng\\s+Chính\\s+phủ',
  'Chính\\s+phủ',
  'Quốc\\s+hội',
  'Trung\\s+ương(?:\\s+Đảng)?',
].join('|');

const ISSUER_TAIL = `(?:\\s+của\\s+(?<issuerName>${ISSUER_NAME_SOURCE}))?`;
const TERM_TAIL = `(?:\\s+${KHOA}\\s+(?<termTail>${ROMAN})|\\s*\\(\\s*${KHOA}\\s+(?<termParen>${ROMAN})\\s*\\))?`;
const DATE = '(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})';
const DATE_TAIL = `(?:\\s*,?\\s+ngày\\s+(?<date>${DATE}))?`;
/** What may follow any formal citation: date, issuer name, term, in the usual order. */
const TAIL = `${DATE_TAIL}${ISSUER_TAIL}${TERM_TAIL}`;

/** "Nghị quyết", "Quy chế phối hợp số", "Chỉ thị số": the kind word with up to three qualifying words before "số". */
const HEAD = `(?:(?<kw>${KW})(?:(?:\\s+\\p{Ll}+){1,3}?\\s+số|\\s+số)?\\s+)?`;

const PARTY_CODE = `(?:${PARTY_CODE_SOURCE})`;
const ISSUER_CODE = '\\p{Lu}(?:\\p{Lu}|\\.(?=\\p{Lu}))*';

/** 12-NQ/TW, 05 - CT/TW, 03-NQ/ĐUK, 296-QC/BCSĐ-ĐUBKH, 12-NQ/T.Ư */
export const PARTY = new RegExp(
  `${HEAD}(?<![\\p{L}\\d/])(?<symbol>(?<num>\\d{1,4})\\s*-\\s*(?<code>${PARTY_CODE})\\s*/\\s*(?<issuerCode>${ISSUER_CODE}(?:-${ISSUER_CODE})*))${TAIL}`,
  'gu',
);

/** 26/CT-TTg, 30/2020/NĐ-CP, 22/2018/QH14: a slash after the number, and a year or an issuer after the code. */
export const STATE = new RegExp(
  `${HEAD}(?<![\\p{L}\\d/])(?<symbol>(?<num>\\d{1,4})/(?:(?<year>\\d{4})/)?(?<code>\\p{Lu}[\\p{Lu}\\d]*)(?:-(?<issuerCode>\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*))?)(?![\\p{L}\\d/])${TAIL}`,
  'gu',
);

/** One or more terms after a head: " khóa XI", " (khóa XI)", " khóa XI, khóa XII, khóa XIII", " (khóa XI, XII và XIII)" */
const TERM_ITEM = `(?:${KHOA}\\s+)?${ROMAN}`;
const TERM_LIST = `(?<terms>\\s*\\(\\s*(?:các\\s+)?${KHOA}\\s+${ROMAN}(?:\\s*(?:,|và)\\s*${TERM_ITEM})*\\s*\\)|\\s+(?:các\\s+)?${KHOA}\\s+${ROMAN}(?:\\s*(?:,|và)\\s*${TERM_ITEM})*)?`;
/** Finds each Roman numeral inside a matched term list, for list citations. */
export const TERM_IN_LIST = new RegExp(`(?<![\\p{L}])${ROMAN}`, 'gu');

/**
 * "Nghị quyết Trung ương 4 (khóa XII)", "NQ TƯ 4 khóa XI", "Nghị quyết T.Ư 4",
 * "Nghị quyết Hội nghị Trung ương 4", "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương".
 */
export const PLENUM = new RegExp(
  `(?<kw>${KW}|NQ)\\s+(?:(?:Hội\\s+nghị\\s+)?(?:Trung\\s+ương|${trungUongSource({ spaced: true })})(?:\\s+Đảng)?\\s+(?<plenum>\\d{1,2}|lần\\s+thứ\\s+${ORDINAL})|Hội\\s+nghị\\s+(?<plenum2>\\d{1,2}|lần\\s+thứ\\s+${ORDINAL})\\s+(?:Ban\\s+Chấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?)(?![\\d\\p{L}])${TERM_LIST}`,
  'gu',
);

/** After a bare number, any other "của …" body (a provincial committee, a ministry) makes the reading uncertain. */
export const OTHER_ISSUER = /^\s+của\s+(\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}\p{Ll}*|ủy|uỷ|vụ|ban|nhân|dân|và|đảng|các|cơ|quan|tỉnh|thành|phố|huyện|chấp|hành|thường|sự))*)/u;

/**
 * "Chỉ thị 05 của Bộ Chính trị", "Nghị quyết 01", "Nghị quyết số 19": a kind word and a bare number.
 * Not for Kế hoạch / Đề án / Chương trình ("Kế hoạch 5 năm"), and not when a unit follows the number.
 */
export const NUMBERED = new RegExp(
  `(?<kw>(?!(?:[Kk]ế\\s+hoạch|[Đđ]ề\\s+án|[Cc]hương\\s+trình))${KW})\\s+(?:số\\s+)?(?<num>\\d{1,4})(?![\\d\\p{L}/.,-]\\d|[\\d\\p{L}/-]|\\s*-\\s*\\p{Lu}|\\s+(?:năm|tháng|ngày|lần|điểm|nội\\s+dung|chỉ\\s+tiêu|nhiệm\\s+vụ|giải\\s+pháp|%))${DATE_TAIL}${ISSUER_TAIL}${TERM_LIST}`,
  'gu',
);

/** "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội lần thứ VII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X" */
export const CONGRESS = new RegExp(
  `(?<kw>[Nn]ghị\\s+quyết)\\s+Đại\\s+hội(?<who>(?:\\s+(?!lần\\b)[\\p{L}]+){0,8}?)\\s+(?:lần\\s+thứ\\s+)?(?<ordinal>${ROMAN})(?:\\s+của\\s+(?<of>Đảng(?:\\s+bộ(?:\\s+${CAP_WORD})*)?))?`,
  'gu',
);

/** Date as written → ISO day, for comparing with a document's date. */
export function parseWrittenDate(written: string): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(written) ?? /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/.exec(written);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
