/**
 * The regular expressions the finder is made of, one per citation form. Kept apart from
 * the finder's logic so each form can be read (and fixed) on its own.
 * All sources are for NFC text and the `u` flag; none uses `i`, because `\p{Lu}` under
 * `i` would also match lower case and blur symbols ("TW") with prose: letter case is
 * opened only where articles vary it (kind words and codes: "chỉ thị số 05-ct/tw").
 */
import { NAMED_KINDS, numberToRoman, ROMAN_SOURCE, trungUongSource } from '../content/vocabulary.ts';
import { anyCase, CODE_SOURCE, KIND_WORD_SOURCE } from './kinds.ts';

/** Nothing of a word before: "luật" in "pháp luật" is no kind word. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\d])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\d])';
const KW = `${NOT_AFTER_WORD}(?:${KIND_WORD_SOURCE})(?![\\p{L}])`;
/** "khóa" in both tone placements (khóa, khoá) */
const KHOA = `(?:${anyCase('khóa')}|${anyCase('khoá')})`;
/** Roman term, not followed by a letter (so "XIV" is read whole and "Xã" never) */
const ROMAN = `${ROMAN_SOURCE}(?![\\p{L}\\d])`;
/** A term as written after "khóa": Roman, or in figures as some articles write it ("khóa 11") */
const TERM = `(?:${ROMAN}|\\d{1,2}(?![\\p{L}\\d/.-]))`;
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
const KNOWN_ISSUER = [
  'Bộ\\s+Chính\\s+trị',
  'Ban\\s+Bí\\s+thư',
  `Ban\\s+Thường\\s+vụ\\s+Đảng\\s+${UY}\\s+Khối(?:\\s+các\\s+cơ\\s+quan\\s+(?:Trung\\s+ương|tỉnh(?:\\s+${CAP_WORD})+))?`,
  `Đảng\\s+${UY}\\s+Khối(?:\\s+các\\s+cơ\\s+quan\\s+(?:Trung\\s+ương|tỉnh(?:\\s+${CAP_WORD})+))?`,
  'Hội\\s+nghị\\s+(?:lần\\s+thứ\\s+\\p{L}+(?:\\s+\\p{Ll}+)?\\s+|\\d{1,2}\\s+)?(?:Ban\\s+[Cc]hấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?(?:\\s+\\d{1,2})?',
].join('|');

/**
 * Any other body: a capitalized word or abbreviation ("BCH", "UBND", "Tỉnh ủy") and the
 * words bodies are named with ("Ban chấp hành Đảng bộ tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh
 * Bình Thuận"), so that a local body is read whole and can be told from a central one.
 */
const BODY_WORDS = `${UY}|ban|nhân|dân|chấp|hành|thường|vụ|đảng|bộ|các|cơ|quan|tỉnh|thành|phố|huyện|quận|thị|xã|phường|trấn|sự|đoàn|kiểm|tra|chính|phủ|quốc|hội|đồng|khối|sở|chi|văn|phòng|tuyên|giáo|vận|tổ|chức|nội|trị|bí|thư|thủ|tướng|liên|tịch|cán|đại|biểu|toàn|trung|ương|pháp|tư|tài|kế|hoạch|đầu|dục|đào|tạo|y|tế|giao|thông|tải|công|thương|nông|nghiệp|thôn|lao|động|binh|hóa|thể|thao|du|lịch|khoa|học|nghệ|ngoại|phòng|an|ninh|nguyên|môi|trường|tin|truyền|ngân|hàng|nhà|nước|thanh|mặt|trận|niên|phụ|nữ|cựu|chiến|hợp|tác`;
/** Words that end a body's name even when capitalized (a headline in capitals: "… CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ …"). */
const NOT_IN_BODY = `(?:${['về', 'khóa', 'khoá', 'ngày', 'năm', 'số', 'nhiệm', 'tại', 'trong', 'theo', 'đến', 'cho', 'với', 'nhằm', 'là', 'đã', 'được', 'của'].map(anyCase).join('|')})(?![\\p{L}\\d])`;
const BODY_WORD = `(?:(?!${KW})(?!${NOT_IN_BODY})\\p{Lu}[\\p{L}\\d]*(?:\\.(?=\\s?\\p{Lu}))?|(?:${BODY_WORDS})(?![\\p{L}\\d])|và(?=\\s+(?!${KW})\\p{Lu}))`;
const BODY = `\\p{Lu}[\\p{L}\\d]*\\.?(?:\\s+${BODY_WORD}){0,12}`;

export const ISSUER_NAME_SOURCE = `${KNOWN_ISSUER}|${BODY}`;

/** A body as the subject of "ban hành", "ra", "thông qua" at the end of a clause: what issued the citation that follows. */
export const ISSUED_BY = new RegExp(`(?<body>${BODY})\\s+(?:đã\\s+|vừa\\s+|mới\\s+)?(?:ban\\s+hành|ra|thông\\s+qua|phê\\s+duyệt|ký\\s+ban\\s+hành|xây\\s+dựng)\\s+(?:các\\s+|bản\\s+)?$`, 'u');

const CUA = anyCase('của');
const ISSUER_TAIL = `(?:\\s*,?\\s+${CUA}\\s+(?<issuerName>${ISSUER_NAME_SOURCE}))?`;
const TERM_TAIL = `(?:\\s*,?\\s+${KHOA}\\s+(?<termTail>${TERM})|\\s*\\(\\s*${KHOA}\\s+(?<termParen>${TERM})\\s*\\))?`;
/** "30/5/2019", "30-5-2019", "30.5.2019", "06 / 7 /2005", "19 tháng 6 năm 2015" */
export const DATE = '(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s*,?\\s+năm\\s+\\d{4})';
const SO = anyCase('số');
const NGAY = anyCase('ngày');
const DATE_TAIL = `(?:\\s*,?\\s+(?:ban\\s+hành\\s+)?${NGAY}\\s+(?<date>${DATE}))?`;
const YEAR = '(?:19|20)\\d{2}(?![\\d/.-]?\\d)';
const YEAR_TAIL = `(?:\\s+năm\\s+(?<yearTail>${YEAR}))?`;
/** What may follow any formal citation: date, issuer name, term, in the usual order. */
const TAIL = `${DATE_TAIL}${YEAR_TAIL}${ISSUER_TAIL}${TERM_TAIL}`;

/**
 * "Nghị quyết", "Quy chế phối hợp số", "Chỉ thị số", "Quyết định của Bộ Chính trị số", "Nghị quyết số:":
 * the kind word with up to three qualifying words (or the issuer) before "số".
 */
const QUALIFIER = `\\s+(?!(?:tại|theo|của|và|với|trong|về|các|những|là|được|đã|này|đó)(?![\\p{L}]))(?!${KIND_WORD_SOURCE})\\p{Ll}+`;
const HEAD = `(?:(?<kw>${KW})(?:\\s+${CUA}\\s+(?<issuerBefore>${ISSUER_NAME_SOURCE})\\s+${SO}|(?:${QUALIFIER}){1,3}?\\s+${SO}|\\s+${SO})?\\s*:?\\s+)?`;

/** A Party code: a known one in any case ("ct", "QĐi"), or an unknown one in capitals ("CTHĐ"). */
const PARTY_CODE = `(?:${CODE_SOURCE}|\\p{Lu}[\\p{Lu}\\p{Ll}]{0,5})`;
const ISSUER_CODE = '\\p{L}(?:[\\p{L}\\d]|\\.(?=\\p{L}))*';
/** "41, 42, " or "41 và ": numbers sharing the code that follows them ("các Chỉ thị số 41, 42, 43-CT/TW"). */
const NUMBER_LIST = '(?<list>(?:\\d{1,4}\\s*,\\s*)+(?:\\d{1,4}\\s*(?:,|và)\\s*)?|\\d{1,4}\\s+và\\s+)?';

/** 12-NQ/TW, 05 - CT/TW, 03-NQ/ĐUK, 296-QC/BCSĐ-ĐUBKH, 12-NQ/T.Ư, 05-ct/tw, 41, 42, 43-CT/TW */
export const PARTY = new RegExp(
  `${HEAD}(?<![\\p{L}\\d/])${NUMBER_LIST}(?<symbol>(?<num>\\d{1,4})\\s*-\\s*(?<code>${PARTY_CODE})\\s*/\\s*(?<issuerCode>${ISSUER_CODE}(?:[-&]${ISSUER_CODE})*))${NOT_BEFORE_WORD}${TAIL}`,
  'gu',
);

/** 26/CT-TTg, 30/2020/NĐ-CP, 22/2018/QH14, 2231/SNV-CCHC&PC, 44 /2005/QĐ-UBND: a slash after the number, and a year or an issuer after the code. */
export const STATE = new RegExp(
  `${HEAD}(?<![\\p{L}\\d/])(?<symbol>(?<num>\\d{1,5})\\s?/\\s?(?:(?<year>\\d{4})\\s?/\\s?)?(?<code>\\p{L}[\\p{L}\\d]*)(?:\\s?-\\s?(?<issuerCode>\\p{L}[\\p{L}\\d]*(?:[-&]\\p{L}[\\p{L}\\d]*)*))?)(?![\\p{L}\\d/])${TAIL}`,
  'gu',
);

/** One or more terms after a head: " khóa XI", " (khóa XI)", " khóa XI, khóa XII, khóa XIII", " (khóa XI, XII và XIII)" */
const TERM_ITEM = `(?:${KHOA}\\s+)?${ROMAN}`;
const TERM_LIST = `(?<terms>\\s*\\(\\s*(?:các\\s+)?${KHOA}\\s+${TERM}(?:\\s*(?:,|và)\\s*${TERM_ITEM})*\\s*\\)|\\s*,?\\s+(?:các\\s+)?${KHOA}\\s+${TERM}(?:\\s*(?:,|và)\\s*${TERM_ITEM})*)?`;
/** Finds each term inside a matched term list, for list citations. */
export const TERM_IN_LIST = new RegExp(`(?<![\\p{L}\\d])(?:${ROMAN}|\\d{1,2}(?!\\d))`, 'gu');

/** A term as the resolver compares it: Roman ("11" → "XI"). */
export function termOf(written: string | undefined | null): string | null {
  if (!written) return null;
  return /^\d+$/.test(written) ? numberToRoman(Number(written)) : written;
}

/**
 * "Nghị quyết Trung ương 4 (khóa XII)", "NQ TƯ 4 khóa XI", "Nghị quyết T.Ư 4",
 * "Nghị quyết Hội nghị Trung ương 4", "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương".
 */
export const PLENUM = new RegExp(
  `(?<kw>${KW}|NQ)\\s+(?:(?:[Hh]ội\\s+nghị\\s+)?(?:[Tt]rung\\s+ương|${trungUongSource({ spaced: true })})(?:\\s+Đảng)?\\s*(?<=\\s|TW|TƯ|T\\.Ư)(?<plenum>\\d{1,2}|lần\\s+thứ\\s+${ORDINAL})|[Hh]ội\\s+nghị\\s+(?<plenum2>\\d{1,2}|lần\\s+thứ\\s+${ORDINAL})\\s+(?:Ban\\s+[Cc]hấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?)(?![\\d\\p{L}])${TERM_LIST}`,
  'gu',
);

/** After a bare number, what makes it no citation: a unit or a count ("Kế hoạch 5 năm", "Nghị quyết 3 điểm"). */
const NOT_A_COUNT = `(?![\\d\\p{L}/.,-]\\d|[\\d\\p{L}/-]|\\s*-\\s*\\p{L}|\\s+(?:năm(?!\\s+${YEAR})|tháng|ngày(?!\\s+${DATE})|lần|điểm|nội\\s+dung|chỉ\\s+tiêu|nhiệm\\s+vụ|giải\\s+pháp|người|đảng\\s+viên|tổ\\s+chức|đơn\\s+vị|văn\\s+bản|vấn\\s+đề|cuộc|lượt|đồng|triệu|tỷ|ý\\s+kiến|bài|điều|mục|khoản|chương|%)(?![\\p{L}]))`;

/** Kind words that a bare number after them does not make a citation ("Kế hoạch 5 năm"), unless "số" is written. */
const NEEDS_SO = ['Kế hoạch', 'Đề án', 'Chương trình', 'Chương trình hành động', ...NAMED_KINDS].map(anyCase).join('|');

/**
 * "Chỉ thị 05 của Bộ Chính trị", "Nghị quyết 01", "Nghị quyết số 19", "Kế hoạch số 527",
 * "Nghị quyết số 18 ngày 25-10-2017", "Nghị quyết 653 năm 2019": a kind word and a bare number.
 */
export const NUMBERED = new RegExp(
  `(?:(?<kwSo>${KW})\\s+${SO}\\s*:?\\s*|(?<kw>${NOT_AFTER_WORD}(?!(?:${NEEDS_SO})(?![\\p{L}]))${KW})\\s+)(?<num>\\d{1,4})${NOT_A_COUNT}${DATE_TAIL}${YEAR_TAIL}${ISSUER_TAIL}${TERM_LIST}`,
  'gu',
);

/**
 * Laws and codes by name, with a year, a date or a symbol: "Luật Tổ chức chính quyền địa
 * phương ngày 19 tháng 6 năm 2015", "Luật Cán bộ, công chức năm 2008", "Bộ luật Lao động
 * 2019", "Luật Đất đai số 45/2013/QH13", "Hiến pháp năm 2013".
 */
const NAME_WORD = `(?!(?:số\\s+\\d|năm\\s+\\d|ngày\\s+\\d|Luật(?![\\p{L}])|Bộ\\s+luật(?![\\p{L}])))\\p{L}+`;
export const NAMED = new RegExp(
  `${NOT_AFTER_WORD}(?:(?<kw>${['Bộ luật', 'Luật', 'Pháp lệnh'].map(anyCase).join('|')})(?<name>\\s+\\p{Lu}\\p{Ll}*(?:,?\\s+${NAME_WORD}){0,20}?)|(?<kwBare>${anyCase('Hiến pháp')})(?<name2>(?:\\s+${NAME_WORD}){0,8}?))` +
    `(?:\\s+(?:số\\s+)?(?<symbol>(?<num>\\d{1,4})/(?<symbolYear>\\d{4})/(?<code>\\p{Lu}[\\p{L}\\d]*))(?![\\p{L}\\d/])${DATE_TAIL}|\\s*,?\\s+(?:ban\\s+hành\\s+|(?:đã\\s+)?được\\s+Quốc\\s+hội[^.;\\n]{0,60}?thông\\s+qua\\s+)?ngày\\s+(?<dateOnly>${DATE})|\\s*,?\\s+(?:năm\\s+)?(?<yearOnly>${YEAR}))${ISSUER_TAIL}`,
  'gu',
);

/** The organization a congress belongs to, after "của": "Đảng", "Đảng bộ Khối các cơ quan tỉnh Lâm Đồng". */
const ORGANIZATION = `Đảng(?:\\s+[Cc]ộng\\s+sản\\s+Việt\\s+Nam|\\s+bộ(?:\\s+(?:${CAP_WORD}|các|cơ|quan|tỉnh|thành|phố|huyện|quận|thị|xã|khối)(?![\\p{L}]))*)?`;

/**
 * "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội lần thứ VII", "Nghị quyết Đại hội
 * Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015–2020", "Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ
 * quan tỉnh Lâm Đồng lần thứ VIII", "Nghị quyết Đại hội Đảng bộ Khối các cơ quan Trung ương khóa XIII".
 */
export const CONGRESS = new RegExp(
  `(?<kw>[Nn]ghị\\s+quyết)\\s+[Đđ]ại\\s+hội(?<who>(?:\\s+(?!lần(?![\\p{L}])|${KHOA})[\\p{L}.]+){0,12}?)\\s+(?:(?:lần\\s+thứ\\s+)?(?<ordinal>${ROMAN})|${KHOA}\\s+(?<term>${ROMAN}))(?:\\s*,?\\s+nhiệm\\s+kỳ\\s+(?<period>\\d{4}\\s*[-–]\\s*\\d{4})|\\s*\\(\\s*nhiệm\\s+kỳ\\s+(?<periodParen>\\d{4}\\s*[-–]\\s*\\d{4})\\s*\\))?(?:\\s+của\\s+(?<of>${ORGANIZATION})|\\s+(?<after>${ORGANIZATION}))?(?:\\s*,?\\s+nhiệm\\s+kỳ\\s+(?<period2>\\d{4}\\s*[-–]\\s*\\d{4}))?`,
  'gu',
);

/**
 * A plenum of a local committee: "Nghị quyết Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh
 * khóa XIX", "Nghị quyết Hội nghị Tỉnh ủy lần thứ 12". Found, so that it is reported, and never
 * taken for a plenum of the Central Committee.
 */
export const LOCAL_PLENUM = new RegExp(
  `(?<kw>[Nn]ghị\\s+quyết|[Kk]ết\\s+luận)\\s+[Hh]ội\\s+nghị\\s+(?:(?:lần\\s+thứ\\s+)?(?<plenum>${ORDINAL}|\\d{1,2})\\s+(?<body>Ban\\s+[Cc]hấp\\s+hành\\s+Đảng\\s+bộ(?:\\s+(?:${CAP_WORD}|tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|xã|phường|khối)(?![\\p{L}]))*)|(?<body2>(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\\s+${UY}(?:\\s+${CAP_WORD})*)\\s+(?:lần\\s+thứ\\s+)?(?<plenum2>${ORDINAL}|\\d{1,2}))(?:\\s*,?\\s+${KHOA}\\s+(?<term>${ROMAN}))?`,
  'gu',
);

/** Date as written → ISO day, for comparing with a document's date. */
export function parseWrittenDate(written: string): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(written) ?? /^(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})$/.exec(written);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * What every match of a pattern must hold, as cheap tests: the finder runs a pattern only on a
 * text that passes its test (most paragraphs cite nothing, and the patterns are slow to fail).
 * Each is the pattern with its lookarounds and optional parts left out, so a text that fails it
 * cannot match the pattern: the citations found are the same with or without them.
 */
export const MAY_MATCH = {
  /** PARTY: a number, a dash, a code of letters, a slash ("12-NQ/", "05 - ct /") */
  party: /\d\s*-\s*\p{L}+\s*\//u,
  /** STATE: a number, a slash, maybe a year and a slash, a letter ("26/C", "30/2020/N") */
  state: /\d\s?\/\s?(?:\d{4}\s?\/\s?)?\p{L}/u,
  /** PLENUM: the Central Committee, written out or abbreviated (the finder also asks for a figure or "lần thứ") */
  plenum: new RegExp(`[Tt]rung\\s+ương|${trungUongSource({ spaced: true })}`, 'u'),
  /** NUMBERED: a kind word, maybe "số", a figure */
  numbered: new RegExp(`(?:${KIND_WORD_SOURCE})\\s+(?:${SO}\\s*:?\\s*)?\\d`, 'u'),
  /** NAMED: a law's, code's, ordinance's or the Constitution's word */
  named: new RegExp(['Bộ luật', 'Luật', 'Pháp lệnh', 'Hiến pháp'].map(anyCase).join('|'), 'u'),
};

