/**
 * Who issued a document, as prose writes it: folded for comparison, and told apart as a
 * central body (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương, the State's central
 * bodies) or a local one (a province, district, bloc or grassroots committee, written out
 * or abbreviated: "BCH Đảng bộ tỉnh", "BTV Huyện ủy", "UBKT Đảng ủy Khối"). A local issuer
 * never matches a central document: that mistake would tell a cadre something false.
 */

export type IssuerLevel = 'central' | 'local' | 'unknown';

/** Abbreviations the press uses for bodies (a regex source for the abbreviation → the full words), expanded before comparing. */
const ABBREVIATIONS: [string, string][] = [
  ['bch', 'ban chấp hành'],
  ['btv', 'ban thường vụ'],
  ['ubkt', 'ủy ban kiểm tra'],
  ['bct', 'bộ chính trị'],
  ['bbt', 'ban bí thư'],
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['ubtvqh', 'ủy ban thường vụ quốc hội'],
  ['bcs', 'ban cán sự'],
  ['đu', 'đảng ủy'],
  ['tp\\.?', 'thành phố'],
  ['t\\.\\s?ư|t\\.\\s?w|tw', 'trung ương'],
];

/** \\b is ASCII-only in JavaScript: no letter or digit on either side, Vietnamese letters included. */
const EXPANSIONS = ABBREVIATIONS.map(([abbr, full]) => [new RegExp(`(?<![\\p{L}\\d])(?:${abbr})(?![\\p{L}\\d])`, 'gu'), full] as const);

/** Lower case, one spelling of "ủy", abbreviations expanded, spaces collapsed. */
export function foldIssuer(name: string): string {
  // "TƯ" is Trung ương, but "tư" is also a word ("lần thứ tư"): read it before lower-casing.
  let n = name.normalize('NFC').replace(/(?<![\p{L}\d])TƯ(?![\p{L}\d])/gu, 'trung ương').toLowerCase().replace(/uỷ/g, 'ủy').replace(/\s+/g, ' ').trim();
  for (const [re, full] of EXPANSIONS) n = n.replace(re, full);
  return n.replace(/\s+/g, ' ').trim();
}

/** Words that make an issuer local: a province, district, bloc, grassroots body or a State office below the centre. */
const LOCAL = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|khối|cơ sở|chi bộ|đảng bộ|đảng ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|ủy ban nhân dân|hội đồng nhân dân|sở|ban cán sự|cơ quan)(?![\p{L}])/u;

const CENTRAL_PARTY = /^(?:(?:ban chấp hành|hội nghị(?: lần thứ \S+(?: \S+)?| \d+)?(?: ban chấp hành)?) )?trung ương(?: đảng)?(?: (?:lần thứ )?\S+)?$|^(?:bộ chính trị|ban bí thư)(?: trung ương đảng)?$|^ủy ban kiểm tra trung ương(?: đảng)?$|^(?:ban|văn phòng) (?:tổ chức|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại|chính sách, chiến lược )?\s?trung ương(?: đảng)?$|^văn phòng trung ương(?: đảng)?$/u;

const CENTRAL_STATE = /^(?:thủ tướng(?: chính phủ)?|chính phủ|quốc hội|ủy ban thường vụ quốc hội|chủ tịch nước|bộ (?!chính trị)[\p{L} ,]+|văn phòng chính phủ)$/u;

/** Central, local, or not known (a body the lists do not name). */
export function issuerLevel(name: string): IssuerLevel {
  const n = foldIssuer(name);
  if (LOCAL.test(n)) return 'local';
  if (CENTRAL_PARTY.test(n) || CENTRAL_STATE.test(n)) return 'central';
  return 'unknown';
}

/** One key per central body: the names of the Central Committee (and its plenums) become one. */
export function issuerKey(name: string): string {
  const n = foldIssuer(name);
  if (/^(?:(?:ban chấp hành|hội nghị)(?: .*)? )?trung ương(?: đảng)?(?: .*)?$/u.test(n) && !/bộ chính trị|ban bí thư|kiểm tra|^ban (?!chấp)|văn phòng/u.test(n)) return 'bch-tw';
  return n.replace(/ trung ương đảng$/, '').replace(/ đảng$/, '');
}

/**
 * Whether a named issuer can be the document's: never across levels (local against
 * central), else the same body or one name the start of the other ("Ban Thường vụ Đảng ủy
 * Khối" for "Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương").
 */
export function issuersAgree(written: string, docIssuer: string): boolean {
  const a = issuerLevel(written);
  const b = issuerLevel(docIssuer);
  if ((a === 'local' && b === 'central') || (a === 'central' && b === 'local')) return false;
  const ka = issuerKey(written);
  const kb = issuerKey(docIssuer);
  return ka === kb || kb.startsWith(`${ka} `) || ka.startsWith(`${kb} `);
}

/**
 * Issuer codes of Party symbols that every province, district or bloc uses alike
 * ("05-CT/TU" exists in each province): such a symbol names one document only with its date.
 */
const SHARED_LOCAL_CODES = new Set(['TU', 'HU', 'QU', 'TXU', 'TPU', 'THU', 'ĐU', 'ĐUK', 'ĐUCQ', 'ĐUKCCQ', 'BTV', 'BCH', 'UBKT', 'UBND', 'HĐND', 'CB', 'ĐB', 'BTG', 'BTC', 'BDV', 'BCS', 'BCSĐ', 'VP']);

export function isSharedLocalCode(code: string | null): boolean {
  return !!code && SHARED_LOCAL_CODES.has(code.normalize('NFC').toUpperCase());
}
