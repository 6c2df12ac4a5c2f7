/**
 * Finds document citations in Vietnamese prose. Pure TypeScript (no Astro), used by the
 * remark plugin, the build report, the backlink index and the `cite` CLI alike.
 *
 * Input may be NFC or NFD; it is composed first and every offset, line and column refers
 * to the composed (NFC) text, which is what the site publishes.
 */
import { kindOfWord, kindsOfCode } from './kinds.ts';
import { CONGRESS, ISSUED_BY, LOCAL_PLENUM, MAY_MATCH, NAMED, NUMBERED, PARTY, PLENUM, STATE, TERM_IN_LIST, plenumNumber, termOf } from './patterns.ts';

export type CitationForm = 'symbol' | 'number' | 'plenum' | 'congress' | 'name';

export interface Citation {
  /** the citation as written (NFC) */
  text: string;
  /** offsets in the NFC text, end exclusive */
  start: number;
  end: number;
  /** 1-based */
  line: number;
  column: number;
  form: CitationForm;
  /** 'party' for 12-NQ/TW, 'state' for 26/CT-TTg, null for informal names */
  system: 'party' | 'state' | null;
  /** canonical kind; null when only "QĐ" is written (Quyết định or Quy định) */
  kind: string | null;
  /** true when the kind word is written (then it, not the symbol code, decides the kind) */
  kindWritten: boolean;
  number: string | null;
  symbol: string | null;
  /** the named issuer when written ("Bộ Chính trị"), else the symbol's issuer code ("TW") */
  issuer: string | null;
  /** the symbol's issuer code ("TW", "TU", "SNV-CCHC&PC"), whether or not an issuer is named */
  issuerCode: string | null;
  /** Roman term (khóa) as written */
  term: string | null;
  /** date as written ("15/5/2016") */
  date: string | null;
  /** year as written ("năm 2019", a State symbol's "30/2020/…", "Luật Đất đai 2013") */
  year: string | null;
  /** a law's or code's name ("Tổ chức chính quyền địa phương"), for the 'name' form */
  name: string | null;
  /** a congress's ordinal ("lần thứ VIII") and term of office ("nhiệm kỳ 2020–2025") */
  ordinal: string | null;
  period: string | null;
  /** "Trung ương 4" → "4" */
  plenum: string | null;
  /** "các Nghị quyết Trung ương 4": several documents are meant */
  plural: boolean;
  /**
   * For a term-less "Nghị quyết T.Ư 4": the single term the same text gave this plenum just
   * before ("Nghị quyết T.Ư 4 (khóa XI) … Nghị quyết T.Ư 4 …"); null when none or a list.
   */
  contextTerm: string | null;
}

/** What earlier citations in the same text (page, article) said, carried across paragraphs. */
export interface FindContext {
  /** "Nghị quyết|4" → the term last written for it alone, or null after a list of terms */
  plenumTerm: Map<string, string | null>;
}

export function newFindContext(): FindContext {
  return { plenumTerm: new Map() };
}

type Groups = Record<string, string | undefined>;

interface Draft extends Omit<Citation, 'line' | 'column' | 'text' | 'contextTerm' | 'year' | 'name' | 'ordinal' | 'period' | 'issuerCode'> {
  /** one of several terms written after one head */
  listItem?: boolean;
  year?: string | null;
  name?: string | null;
  ordinal?: string | null;
  period?: string | null;
  issuerCode?: string | null;
}

function kindFrom(word: string | undefined, code: string | undefined, system: 'party' | 'state'): string | null {
  const written = word ? kindOfWord(word) : null;
  if (written) return written;
  if (!code) return null;
  // A State "QĐ" is always a Quyết định (Quy định of the State are not numbered that way).
  if (system === 'state' && code.toUpperCase() === 'QĐ') return 'Quyết định';
  const kinds = kindsOfCode(code);
  return kinds.length === 1 ? kinds[0]! : null;
}

function isPlural(text: string, start: number): boolean {
  return /(?:^|\s)(?:các|những|hai|ba|bốn|năm)\s+$/.test(text.slice(Math.max(0, start - 8), start));
}

const isUpper = (s: string) => s === s.toUpperCase();

function symbolDrafts(text: string, re: RegExp, system: 'party' | 'state'): Draft[] {
  const out: Draft[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups as Groups;
    // A State-looking symbol with neither year nor issuer ("Thông báo 12/TB") is too bare to tell
    // which body issued it. (Ratios such as "10/11 chỉ tiêu" never get here: the code must be a letter.)
    if (system === 'state' && !g.year && !g.issuerCode) continue;
    // A code in lower case is read only when it is a known kind's, or the kind word is written ("1/x-y" is no symbol).
    if (!isUpper(g.code!) && kindsOfCode(g.code!).length === 0 && !g.kw && !g.year) continue;
    const start = m.index;
    const before = g.issuerName || g.issuerBefore ? null : issuedBefore(text, start);
    const base = {
      form: 'symbol' as const,
      system,
      kind: kindFrom(g.kw, g.code, system),
      kindWritten: !!g.kw,
      issuer: g.issuerName ?? g.issuerBefore ?? before ?? g.issuerCode ?? null,
      issuerCode: g.issuerCode ?? null,
      term: termOf(g.termTail ?? g.termParen),
      date: g.date ?? null,
      year: g.year ?? g.yearTail ?? null,
      plenum: null,
    };
    if (g.list) {
      // "Chỉ thị số 41, 42, 43-CT/TW": one citation per number, each with the shared code and issuer.
      const listAt = start + m[0].indexOf(g.list + g.symbol);
      const symbolAt = listAt + g.list.length;
      const suffix = g.symbol!.slice(g.num!.length);
      const numbers = [...g.list.matchAll(/\d{1,4}/g)];
      numbers.forEach((n, i) => {
        const numStart = listAt + n.index!;
        const numEnd = numStart + n[0].length;
        out.push({ ...base, start: i === 0 ? start : numStart, end: numEnd, number: n[0], symbol: `${n[0]}${suffix.replace(/^\s+/, '')}`, term: base.term, date: null, plural: false });
      });
      out.push({ ...base, start: symbolAt, end: start + m[0].length, number: g.num ?? null, symbol: g.symbol ?? null, plural: false });
      continue;
    }
    out.push({ ...base, start, end: start + m[0].length, number: g.num ?? null, symbol: g.symbol ?? null, plural: isPlural(text, start) });
  }
  return out;
}

/**
 * A head followed by a list of terms becomes one citation per term:
 * "Nghị quyết Trung ương 4 khóa XI, khóa XII, khóa XIII" → three; the first spans the head
 * and its term, the others only their own term, so each can be linked on its own. In a
 * parenthesis, "Nghị quyết Trung ương 4 (khóa XI, khóa XII)", the first is the head alone,
 * so that no link opens a parenthesis it does not close.
 */
function splitTerms(base: Omit<Draft, 'start' | 'end' | 'term'>, m: RegExpMatchArray, text: string): Draft[] {
  const g = m.groups as Groups;
  const start = m.index!;
  const terms = g.terms;
  if (!terms) return [{ ...base, start, end: start + m[0].length, term: null, plural: isPlural(text, start) }];
  const listStart = start + m[0].length - terms.length;
  const items = [...terms.matchAll(TERM_IN_LIST)];
  const single = items.length === 1;
  const parenthesized = /^\s*\(/.test(terms);
  return items.map((item, i) => {
    const itemEnd = listStart + item.index! + item[0].length;
    // A single parenthesized term keeps its closing parenthesis: "(khóa XII)".
    const end = single ? start + m[0].length : parenthesized && i === 0 ? listStart : itemEnd;
    if (i === 0) return { ...base, start, end, term: termOf(item[0]), plural: false, listItem: !single };
    // Later items start at their own "khóa" when written ("khóa XII"), else at the numeral.
    const before = terms.slice(0, item.index!);
    const khoa = /[Kk]h(?:óa|oá)\s+$/.exec(before);
    const itemStart = listStart + (khoa ? khoa.index : item.index!);
    return { ...base, start: itemStart, end: itemEnd, term: termOf(item[0]), plural: false, listItem: true };
  });
}

function plenumDrafts(text: string): Draft[] {
  return [...text.matchAll(PLENUM)].flatMap((m) => {
    const g = m.groups as Groups;
    return splitTerms(
      {
        form: 'plenum',
        system: null,
        kind: kindOfWord(g.kw!),
        kindWritten: true,
        number: null,
        symbol: null,
        issuer: 'Trung ương',
        date: null,
        plenum: plenumNumber(g.plenum ?? g.plenum2 ?? ''),
        plural: false,
      },
      m,
      text,
    );
  });
}

/**
 * The body written as the subject just before a bare number: "Ban Thường vụ Tỉnh ủy đã ban
 * hành Nghị quyết số 04" is the province's, not the Central Committee's 04-NQ/TW.
 */
function issuedBefore(text: string, start: number): string | null {
  const clause = text.slice(Math.max(0, start - 160), start).split(/[.;:!?\n]/).pop() ?? '';
  return ISSUED_BY.exec(clause)?.groups?.body ?? null;
}

function numberedDrafts(text: string): Draft[] {
  return [...text.matchAll(NUMBERED)].flatMap((m) => {
    const g = m.groups as Groups;
    const before = g.issuerName ? null : issuedBefore(text, m.index!);
    return splitTerms(
      {
        form: 'number',
        system: null,
        kind: kindOfWord((g.kw ?? g.kwSo)!),
        kindWritten: true,
        number: g.num ?? null,
        symbol: null,
        issuer: g.issuerName ?? before,
        date: g.date ?? null,
        year: g.yearTail ?? null,
        plenum: null,
        plural: false,
      },
      m,
      text,
    );
  });
}

function namedDrafts(text: string): Draft[] {
  return [...text.matchAll(NAMED)].map((m) => {
    const g = m.groups as Groups;
    const date = g.date ?? g.dateOnly ?? null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      form: 'name' as const,
      system: 'state' as const,
      kind: kindOfWord((g.kw ?? g.kwBare)!),
      kindWritten: true,
      number: g.num ?? null,
      symbol: g.symbol ?? null,
      issuer: g.issuerName ?? null,
      term: null,
      date,
      year: g.symbolYear ?? g.yearOnly ?? (date ? date.slice(-4) : null),
      name: (g.name ?? g.name2 ?? '').trim().replace(/\s+/g, ' ') || null,
      plenum: null,
      plural: isPlural(text, m.index),
    };
  });
}

function localPlenumDrafts(text: string): Draft[] {
  return [...text.matchAll(LOCAL_PLENUM)].map((m) => {
    const g = m.groups as Groups;
    return {
      start: m.index,
      end: m.index + m[0].length,
      form: 'plenum' as const,
      system: null,
      kind: kindOfWord(g.kw!),
      kindWritten: true,
      number: null,
      symbol: null,
      issuer: (g.body ?? g.body2 ?? '').replace(/\s+/g, ' '),
      term: g.term ?? null,
      date: null,
      plenum: plenumNumber(g.plenum ?? g.plenum2 ?? ''),
      plural: isPlural(text, m.index),
    };
  });
}

function congressDrafts(text: string): Draft[] {
  return [...text.matchAll(CONGRESS)].map((m) => {
    const g = m.groups as Groups;
    const who = (g.who ?? '').trim().replace(/\s+/g, ' ');
    return {
      start: m.index,
      end: m.index + m[0].length,
      form: 'congress' as const,
      system: null,
      kind: 'Nghị quyết',
      kindWritten: true,
      number: null,
      symbol: null,
      // The organization, named after "của" or between "Đại hội" and the ordinal ("Đại hội Đảng bộ tỉnh lần thứ X").
      issuer: g.of ?? g.after ?? (who.replace(/^(?:đại\s+biểu|toàn\s+thể)\s*/, '') || null),
      // As before: the Roman numeral read as the congress's ordinal, or its term when "khóa" is written.
      term: g.ordinal ?? g.term ?? null,
      ordinal: g.ordinal ?? null,
      period: (g.period ?? g.periodParen ?? g.period2)?.replace(/\s+/g, '').replace('-', '–') ?? null,
      date: null,
      plenum: null,
      plural: isPlural(text, m.index),
    };
  });
}

/** 1-based line and column of every offset, computed once per text. */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * The readings of the texts seen last. The content loader scans a file for its citations and
 * then renders it, and the rendering's plugin reads the same texts again: the patterns, most of
 * the loader's time, run once per text. A reading depends on the text alone (the page context
 * is applied after), and no caller changes one, so they are shared as they are.
 */
const recentDrafts = new Map<string, readonly Draft[]>();
const RECENT_TEXTS = 1024;

function draftsOf(text: string): readonly Draft[] {
  const known = recentDrafts.get(text);
  if (known) return known;
  // Each pattern runs only on a text holding what every one of its matches must hold: most
  // paragraphs cite nothing, and the patterns are slow to fail (docs/performance.md).
  const digit = /\d/.test(text);
  const drafts = [
    ...(digit && MAY_MATCH.party.test(text) ? symbolDrafts(text, PARTY, 'party') : []),
    ...(digit && MAY_MATCH.state.test(text) ? symbolDrafts(text, STATE, 'state') : []),
    ...((digit || /lần\s+thứ/.test(text)) && MAY_MATCH.plenum.test(text) ? plenumDrafts(text) : []),
    ...(digit && MAY_MATCH.numbered.test(text) ? numberedDrafts(text) : []),
    ...(digit && MAY_MATCH.named.test(text) ? namedDrafts(text) : []),
    ...(/[Hh]ội\s+nghị/.test(text) ? localPlenumDrafts(text) : []),
    ...(/[Đđ]ại\s+hội/.test(text) ? congressDrafts(text) : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  recentDrafts.set(text, drafts);
  if (recentDrafts.size > RECENT_TEXTS) recentDrafts.delete(recentDrafts.keys().next().value!);
  return drafts;
}

/**
 * Every citation in `input`, in reading order, overlapping readings resolved to the longest.
 * Pass the same `context` to successive paragraphs of one page so a later bare
 * "Nghị quyết T.Ư 4" knows the term the page gave it first.
 */
export function findCitations(input: string, context: FindContext = newFindContext()): Citation[] {
  const text = input.normalize('NFC');
  const drafts = draftsOf(text);
  const where = lineIndex(text);
  const out: Citation[] = [];
  let reached = 0;
  for (const d of drafts) {
    if (d.start < reached) continue;
    reached = d.end;
    const { listItem, year = null, name = null, ordinal = null, period = null, issuerCode = null, ...draft } = d;
    let contextTerm: string | null = null;
    if (d.form === 'plenum' && d.plenum) {
      const key = `${d.kind}|${Number(d.plenum)}`;
      if (d.term) context.plenumTerm.set(key, listItem ? null : d.term);
      else if (!d.plural) contextTerm = context.plenumTerm.get(key) ?? null;
    }
    out.push({ ...draft, issuerCode, year, name, ordinal, period, contextTerm, text: text.slice(d.start, d.end), ...where(d.start) });
  }
  return out;
}
