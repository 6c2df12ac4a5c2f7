/**
 * Matches a found citation to a knowledge-base document, only when certain.
 *
 * Certain means: the kind agrees (the word written decides; "QĐ" alone could be Quyết định
 * or Quy định), the number agrees, and issuer, term and date do not contradict. Party
 * numbers restart every term, so one symbol can match several documents: then a date or
 * a term must pick one, else the citation stays unresolved. Informal names ("Nghị quyết
 * Trung ương 4 khóa XI") resolve only through the names editors recorded on a document.
 * Every unresolved citation carries the reason, in Vietnamese, for the editors' report.
 *
 * A local issuer (a province's, district's or bloc's committee, written out or abbreviated)
 * never matches a central document, and a symbol every province uses alike ("05-CT/TU") or a
 * bare number ("Nghị quyết số 04") needs more than itself to be certain: a date that matches,
 * or, for a central document, a central issuer, term or year that does. A page never links
 * to itself. Congress resolutions link to the congress's page when the organization is named
 * in full and the ordinal (or term) picks one congress.
 *
 * The index is built once (symbol → documents, kind+number → documents, informal key →
 * documents), so resolving n citations against m documents costs O(n + m).
 */
import { normalizeSymbol } from '../content/vocabulary.ts';
import type { Citation } from './find.ts';
import { findCitations } from './find.ts';
import { foldIssuer, isSharedLocalCode, issuerKey, issuerLevel, issuersAgree } from './issuers.ts';
import { parseWrittenDate } from './patterns.ts';

/** What the resolver needs of a document (a subset of the van-ban schema). */
export interface CiteDocument {
  id: string;
  symbol?: string | undefined;
  kind: string;
  issuer: string;
  term?: string | undefined;
  /** ISO day, YYYY-MM-DD */
  date?: string | undefined;
  subject?: string | undefined;
  informalNames?: readonly string[] | undefined;
  /** the collection of the page a citation links to; van-ban unless a congress page (dai-hoi) */
  collection?: 'van-ban' | 'dai-hoi' | undefined;
}

/** A congress page as a link target of "Nghị quyết Đại hội … lần thứ VIII" (src/citations/congresses.ts). */
export interface CiteCongress {
  id: string;
  title: string;
  /** the organization's name and abbreviation ("Đảng bộ Khối các cơ quan Trung ương", "Đảng bộ Khối các cơ quan T.Ư") */
  organization: readonly string[];
  ordinal?: string | undefined;
  term?: string | undefined;
  /** "2020–2025" */
  period?: string | undefined;
}

/** The page a citation sits on ("van-ban/05-ct-tw-2016"): it never links to itself. */
export type SelfPage = string | null | undefined;

/** `self`: the citation names the page it is on, which is neither a link nor a problem to report. */
export type Resolution = { doc: CiteDocument; reason: null; self?: undefined } | { doc: null; reason: string; self?: true };

export interface CitationIndex {
  resolve(citation: Citation, self?: SelfPage): Resolution;
  documents: readonly CiteDocument[];
}

export const pageKey = (doc: Pick<CiteDocument, 'id' | 'collection'>) => `${doc.collection ?? 'van-ban'}/${doc.id}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/** Leading number of a symbol, without leading zeros: "05-CT/TW" → "5". */
function symbolNumber(symbol: string): string | null {
  const m = /^\s*(\d+)/.exec(symbol);
  return m ? String(Number(m[1])) : null;
}

/** The issuer the citation names ("của Bộ Chính trị"), not the symbol's code. */
function namedIssuer(c: Citation): string | null {
  return c.issuer && c.issuer !== c.issuerCode ? c.issuer : null;
}

const yearOf = (doc: CiteDocument) => doc.date?.slice(0, 4) ?? null;

/** Why the document does not fit, or null when nothing contradicts. */
function contradiction(c: Citation, doc: CiteDocument): string | null {
  const date = c.date ? parseWrittenDate(c.date) : null;
  if (date && doc.date && date !== doc.date) return `ngày ${c.date} khác ngày của ${label(doc)}`;
  if (c.year && yearOf(doc) && c.year !== yearOf(doc)) return `năm ${c.year} khác năm ban hành của ${label(doc)}`;
  const term = c.term;
  if (term && doc.term && term !== doc.term) return `khóa ${term} khác khóa ${doc.term} của ${label(doc)}`;
  // Informal names carry their body in the name itself ("Trung ương", "Đại hội … của Đảng"), matched by the key.
  const named = c.form === 'symbol' || c.form === 'number' || c.form === 'name' ? namedIssuer(c) : null;
  if (named && !issuersAgree(named, doc.issuer)) return `cơ quan ban hành "${named}" khác "${doc.issuer}" của ${label(doc)}`;
  return null;
}

/**
 * What a citation that nothing contradicts still needs to be certain: a symbol every locality
 * uses alike ("03-NQ/ĐUK", "05-CT/TU"), or a bare number of a local document, could be another
 * province's or bloc's, so it needs the date, the term, the issuer in full, or the form recorded
 * on the document by its editors (`informalNames`) with an issuer that agrees. Null when
 * certain, else why not.
 */
function uncorroborated(c: Citation, doc: CiteDocument, recorded: (doc: CiteDocument, c: Citation) => boolean): string | null {
  const date = c.date ? parseWrittenDate(c.date) : null;
  if (date && doc.date === date) return null;
  const shared = (c.form === 'symbol' && isSharedLocalCode(c.issuerCode)) || (c.form === 'number' && issuerLevel(doc.issuer) !== 'central');
  if (!shared) return null;
  // The term written, or the issuer written out in full, narrows it to the document; a recorded
  // symbol is the editors' word that prose means this document, when the issuer written agrees.
  const named = namedIssuer(c);
  if (c.term && c.term === doc.term) return null;
  if (named && issuerKey(named) === issuerKey(doc.issuer)) return null;
  if (recorded(doc, c) && named && issuersAgree(named, doc.issuer)) return null;
  return `"${c.text}" là văn bản cấp địa phương, nơi nào cũng có thể có văn bản cùng số hiệu; cần ngày ban hành (hoặc ghi cách gọi này vào informalNames của văn bản) để chắc chắn`;
}

function label(doc: CiteDocument): string {
  return doc.symbol ? `${doc.symbol}${doc.date ? ` (${doc.date.slice(0, 4)})` : ''}` : doc.id;
}

function informalKey(c: Citation, withTerm: boolean): string | null {
  if (c.form === 'plenum' && c.plenum) return `${c.kind}|P${Number(c.plenum)}${withTerm ? `|${c.term ?? ''}` : ''}`;
  if (c.form === 'number' && c.number) {
    return `${c.kind}|N${Number(c.number)}|${c.issuer ? issuerKey(c.issuer) : ''}${withTerm ? `|${c.term ?? ''}` : ''}`;
  }
  if (c.form === 'congress' && c.term) return `${c.kind}|C${c.term}|${c.issuer ? issuerKey(c.issuer) : ''}`;
  if (c.form === 'name' && c.name) return `${c.kind}|L${c.name.toLowerCase()}|${c.year ?? ''}`;
  return null;
}

function pick(candidates: CiteDocument[], c: Citation, what: string, recorded: (doc: CiteDocument, c: Citation) => boolean = () => false): Resolution {
  const reasons: string[] = [];
  const fit = candidates.filter((doc) => {
    const why = contradiction(c, doc);
    if (why) reasons.push(why);
    return !why;
  });
  if (fit.length === 1) {
    const why = uncorroborated(c, fit[0]!, recorded);
    return why ? { doc: null, reason: why } : { doc: fit[0]!, reason: null };
  }
  if (fit.length === 0) return { doc: null, reason: `${what} có trong sổ tay nhưng không khớp: ${reasons.join('; ')}` };
  return {
    doc: null,
    reason: `${what} khớp ${fit.length} văn bản (${fit.map(label).join(', ')}); cần ngày ban hành hoặc khóa để biết văn bản nào`,
  };
}

/** An organization's name folded for comparison: "Đảng bộ Khối các cơ quan T.Ư" = "đảng bộ khối các cơ quan trung ương". */
const organizationKey = (name: string) => foldIssuer(name).replace(/^(?:đại biểu|toàn thể)\s+/, '');

/** A congress page as the resolver links it. */
function congressTarget(congress: CiteCongress): CiteDocument {
  return { id: congress.id, collection: 'dai-hoi', kind: 'Nghị quyết', issuer: congress.organization[0] ?? '', subject: congress.title };
}

export function buildCitationIndex(documents: readonly CiteDocument[], congresses: readonly CiteCongress[] = []): CitationIndex {
  const bySymbol = new Map<string, CiteDocument[]>();
  const byKindNumber = new Map<string, CiteDocument[]>();
  /** number alone, only to tell the editor which document of another kind carries it */
  const byNumber = new Map<string, CiteDocument[]>();
  const byInformal = new Map<string, CiteDocument[]>();
  /** informal key without term → documents, to see whether a term-less name is ambiguous */
  const byInformalAnyTerm = new Map<string, CiteDocument[]>();
  /** "id|symbol": symbols editors recorded as a name of the document ("Nghị quyết số 03-NQ/ĐUK") */
  const recordedSymbols = new Set<string>();
  const recorded = (doc: CiteDocument, c: Citation) => !!c.symbol && recordedSymbols.has(`${doc.id}|${normalizeSymbol(c.symbol)}`);
  for (const doc of documents) {
    if (doc.symbol) {
      push(bySymbol, normalizeSymbol(doc.symbol), doc);
      const n = symbolNumber(doc.symbol);
      if (n) push(byKindNumber, `${doc.kind}|${n}`, doc);
      if (n) push(byNumber, n, doc);
    }
    for (const name of doc.informalNames ?? []) {
      for (const c of findCitations(name)) {
        if (c.form === 'symbol' && c.symbol) recordedSymbols.add(`${doc.id}|${normalizeSymbol(c.symbol)}`);
        // A recorded list ("khóa XI, khóa XII, khóa XIII") names other documents too: keep only this one's term.
        if (c.term && doc.term && c.form !== 'congress' && c.term !== doc.term) continue;
        const key = informalKey(c, true);
        const anyKey = informalKey(c, false);
        if (key) push(byInformal, key, doc);
        if (anyKey) push(byInformalAnyTerm, anyKey, doc);
        // A plenum name also answers to the document's own kind: "Kết luận Trung ương 4 khóa XIII" for 21-KL/TW.
        if (c.form === 'plenum' && c.kind !== doc.kind) {
          const own = { ...c, kind: doc.kind, term: c.term ?? doc.term ?? null };
          push(byInformal, informalKey(own, true)!, doc);
          push(byInformalAnyTerm, informalKey(own, false)!, doc);
        }
      }
    }
  }

  function resolveSymbol(c: Citation): Resolution {
    const symbol = c.symbol!;
    const all = bySymbol.get(normalizeSymbol(symbol)) ?? [];
    if (all.length === 0) return { doc: null, reason: `không có văn bản số hiệu ${symbol} trong sổ tay` };
    if (!c.kind) {
      // Bare "QĐ": only a date or a term that fits can make it certain.
      if (!c.date && !c.term) {
        return {
          doc: null,
          reason: `"${symbol}" có thể là Quyết định hoặc Quy định; không có chữ viết trước, ngày hay khóa để chắc chắn`,
        };
      }
      return pick(all, c, `số hiệu ${symbol}`, recorded);
    }
    const sameKind = all.filter((doc) => doc.kind === c.kind);
    if (sameKind.length === 0) {
      return { doc: null, reason: `viết "${c.kind}" nhưng ${all.map((d) => `${label(d)} là ${d.kind}`).join(', ')}` };
    }
    return pick(sameKind, c, `${c.kind} số hiệu ${symbol}`, recorded);
  }

  function resolveInformal(c: Citation): Resolution | null {
    const key = informalKey(c, true);
    if (!key) return null;
    if (!c.term && c.contextTerm) {
      // The same text named this plenum with one term just before: it means that one.
      const inherited = resolveInformal({ ...c, term: c.contextTerm, contextTerm: null });
      if (inherited?.doc) return inherited;
    }
    const named = byInformal.get(key) ?? [];
    if (!c.term) {
      const anyTerm = byInformalAnyTerm.get(informalKey(c, false)!) ?? [];
      if (anyTerm.length > 1) {
        return {
          doc: null,
          reason: `không nêu khóa; "${c.text}" có thể là ${anyTerm.map(label).join(', ')}`,
        };
      }
    }
    if (named.length === 1) return pick(named, c, `tên gọi "${c.text}"`);
    if (named.length > 1) return { doc: null, reason: `tên gọi "${c.text}" được ghi cho ${named.length} văn bản (${named.map(label).join(', ')})` };
    return null;
  }

  function resolveNumber(c: Citation): Resolution {
    const byName = resolveInformal(c);
    if (byName) return byName;
    const n = String(Number(c.number));
    const candidates = byKindNumber.get(`${c.kind}|${n}`) ?? [];
    if (candidates.length === 0) {
      const other = byNumber.get(n) ?? [];
      const note = other.length ? ` (${other.map((d) => `${label(d)} là ${d.kind}`).join(', ')})` : '';
      return { doc: null, reason: `không có ${c.kind} số ${c.number} trong sổ tay${note}` };
    }
    // Like a bare symbol: one document of that kind and number, nothing contradicting, is certain;
    // two (numbers restart every term) need a date, a term or an issuer.
    return pick(candidates, c, `${c.kind} số ${c.number}`);
  }

  /** organization key → its congress pages */
  const congressesOf = new Map<string, CiteCongress[]>();
  for (const congress of congresses) for (const name of congress.organization) push(congressesOf, organizationKey(name), congress);

  /** "Nghị quyết Đại hội … lần thứ VIII của Đảng bộ Khối các cơ quan tỉnh Lâm Đồng" → that congress's page, when certain. */
  function resolveCongressPage(c: Citation): Resolution | null {
    if (!c.issuer) return null;
    const pages = congressesOf.get(organizationKey(c.issuer)) ?? [];
    if (pages.length === 0) return null;
    const fit = pages.filter((p) => (c.ordinal ? p.ordinal === c.ordinal : c.term ? p.term === c.term : false) && (!c.period || !p.period || p.period === c.period));
    if (fit.length === 1) return { doc: congressTarget(fit[0]!), reason: null };
    if (fit.length === 0) return { doc: null, reason: `sổ tay có trang đại hội của ${c.issuer} nhưng không có đại hội ${c.ordinal ? `lần thứ ${c.ordinal}` : `khóa ${c.term}`}${c.period ? `, nhiệm kỳ ${c.period}` : ''}` };
    return { doc: null, reason: `"${c.text}" khớp ${fit.length} trang đại hội; cần nêu nhiệm kỳ` };
  }

  function resolveForm(c: Citation): Resolution {
    if (c.plural) return { doc: null, reason: `nói chung nhiều văn bản ("các …"), không chỉ một văn bản` };
    switch (c.form) {
      case 'symbol':
        return resolveSymbol(c);
      case 'number':
        return resolveNumber(c);
      case 'congress': {
        const named = resolveInformal(c);
        if (named?.doc) return named;
        return resolveCongressPage(c) ?? named ?? { doc: null, reason: `chưa có văn bản hay trang đại hội nào trong sổ tay ứng với "${c.text}"` };
      }
      case 'name':
        return resolveInformal(c) ?? { doc: null, reason: `chưa có văn bản nào trong sổ tay ghi tên gọi "${c.text}"` };
      case 'plenum':
        // A local committee's plenum ("Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh") is never the Central Committee's.
        if (c.issuer && issuerLevel(c.issuer) === 'local') return { doc: null, reason: `nghị quyết hội nghị của cấp ủy địa phương (${c.issuer}), không phải Hội nghị Trung ương` };
        return (
          resolveInformal(c) ?? {
            doc: null,
            reason: `chưa có văn bản nào trong sổ tay ghi tên gọi "${c.text}"${!c.term ? ' (và không nêu khóa)' : ''}`,
          }
        );
    }
  }

  function resolve(c: Citation, self?: SelfPage): Resolution {
    const found = resolveForm(c);
    // Checked after resolving, not by leaving the page out: else another document could take its place.
    if (found.doc && self && pageKey(found.doc) === self) return { doc: null, reason: 'trang đang nhắc đến chính nó; không tự liên kết', self: true };
    return found;
  }

  return { resolve, documents };
}
