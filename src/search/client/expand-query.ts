/**
 * Query rewriting for Vietnamese readers, run in the browser before Pagefind searches.
 *
 * Why the query side: Pagefind already folds tone marks at index and query time, so
 * "nghi quyet" finds "nghị quyết" and "hoà" finds "hòa". What it cannot do is
 *  - fold đ→d ("dang" never reaches "Đảng"): rewriting the index text would show
 *    unaccented words in excerpts, so instead the query's "d" words are expanded to the
 *    "đ" forms that really occur in the index (a build-time vocabulary), and every
 *    expansion is searched;
 *  - read abbreviations: "T.Ư"/"TƯ"/"TW" are one word ("Trung ương") to the reader, but
 *    Pagefind reads "T.Ư" as "tư" (as in "tư tưởng"); glossary abbreviations (BCSĐ, ĐUK…)
 *    should find their expansions and back;
 *  - treat a document symbol typed in any spelling ("05 CT TW", "05-ct/tw") as the one
 *    word Pagefind indexed for it ("05cttw").
 * Pagefind joins the words of a query with AND, so alternatives cannot go into one query;
 * `expandQuery` returns several queries, and the caller merges their results.
 */
import { codeAlternation, escapeRegex, KINDS as DOCUMENT_KINDS, TRUNG_UONG, TRUNG_UONG_TYPED } from '../../content/vocabulary.ts';
import { foldAll, pagefindWord } from '../normalize.ts';
import { questionWordIndices } from './question-words.ts';

import type { Synonym } from '../data.ts';

export type { Synonym };

export interface ExpandOptions {
  /** how often each index word (Pagefind form) containing "d" or "đ" occurs, from the build */
  counts: ReadonlyMap<string, number>;
  synonyms?: readonly Synonym[];
  /** upper bound on the number of queries returned */
  max?: number;
  /** words (Pagefind form) the index does not hold: left out, so they cannot hide the others */
  unknown?: ReadonlySet<string>;
}

/** Party symbol codes, each also as typed without "đ" (QĐ → QD, ĐA → DA). */
const PARTY_CODES = DOCUMENT_KINDS.filter((k) => k.party).map((k) => k.code);
const KINDS = codeAlternation([...new Set([...PARTY_CODES, ...PARTY_CODES.map((c) => c.replace(/Đ/g, 'D'))])]);
const typed = TRUNG_UONG_TYPED.map(escapeRegex);
/** "05-CT/TW", "05 - ct/tư", "05 CT TW", "296-QC", "03-NQ/ĐUK", "296-QC/BCSĐ-ĐUBKH" */
const PARTY_SYMBOL = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,4})\\s*(?:[-–]\\s*|\\s+)(${KINDS})(?:\\s*(?:\\/|\\s)\\s*((?:${typed.join('|')}|[\\p{L}]{2,8})(?:\\s*-\\s*[\\p{L}]{2,8})?))?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "Trung ương" as typed, in any case, and "tu"/"tư": these only count before a number ("tư 4"). */
const TRUNG_UONG_FORMS = new RegExp(`^(?:${[...typed, 'TU'].join('|')})$`, 'i');
/** The forms that always mean "Trung ương": upper case, or lower case except the word "tư". */
const STRICT_TRUNG_UONG = new RegExp(`^(?:${[...TRUNG_UONG_TYPED, ...TRUNG_UONG_TYPED.map((f) => f.toLowerCase()).filter((f) => f !== 'tư')].map(escapeRegex).join('|')})$`, 'u');
const OTHER_TRUNG_UONG = new RegExp(TRUNG_UONG_TYPED.filter((f) => f !== TRUNG_UONG.code).map(escapeRegex).join('|'), 'giu');

function symbolToken(num: string, kind: string, issuer?: string): string {
  const issuerWord = issuer ? issuer.replace(OTHER_TRUNG_UONG, TRUNG_UONG.code) : '';
  return pagefindWord(`${num}${kind}${issuerWord}`);
}

/** Splits a query into words and quoted phrases, keeping symbols as single words. */
function tokenize(query: string): { text: string; quoted: boolean }[] {
  const withSymbols = query.replace(PARTY_SYMBOL, (_m, num: string, kind: string, issuer?: string) => ` ${symbolToken(num, kind, issuer)} `);
  const out: { text: string; quoted: boolean }[] = [];
  const re = /"([^"]*)"|(\S+)/gu;
  for (const m of withSymbols.matchAll(re)) {
    if (m[1] !== undefined) {
      if (m[1].trim()) out.push({ text: m[1].trim(), quoted: true });
    } else if (m[2]) {
      out.push({ text: m[2], quoted: false });
    }
  }
  return out;
}

interface Alternative {
  text: string;
  /** how likely the reader meant this spelling, from how often the index uses it */
  p: number;
}

/**
 * The spellings of a word a reader may have meant by typing "d": the word itself and its
 * "đ" forms that occur in the index, each with its share of the index's occurrences
 * ("dang" → "đang" (Đảng, đang) far more often than "dang" (dạng, dáng)).
 */
function dVariants(word: string, counts: ReadonlyMap<string, number>, cap = 4): Alternative[] {
  const form = pagefindWord(word) || word;
  // A word typed with any diacritic is typed in full Vietnamese: its "d" is a real d.
  if (!form.includes('d') || /[^\x00-\x7f]/.test(word)) return [{ text: form, p: 1 }];
  const positions = [...form].flatMap((ch, i) => (ch === 'd' ? [i] : []));
  const forms = [form];
  if (positions.length <= 4) {
    for (let mask = 1; mask < 1 << positions.length && forms.length < cap; mask++) {
      const chars = [...form];
      positions.forEach((p, bit) => {
        if (mask & (1 << bit)) chars[p] = 'đ';
      });
      const candidate = chars.join('');
      if (counts.has(candidate)) forms.push(candidate);
    }
  }
  const weight = (f: string) => (counts.get(f) ?? 0) + 0.5;
  const total = forms.reduce((sum, f) => sum + weight(f), 0);
  return forms.map((f) => ({ text: f, p: weight(f) / total })).sort((a, b) => b.p - a.p);
}

/** Every combination of the slots' alternatives, most likely first, at most `max`. */
function combine(slots: Alternative[][], max: number): Alternative[] {
  let acc: Alternative[] = [{ text: '', p: 1 }];
  for (const slot of slots) {
    const next: Alternative[] = [];
    for (const prefix of acc) for (const alt of slot) next.push({ text: prefix.text ? `${prefix.text} ${alt.text}` : alt.text, p: prefix.p * alt.p });
    acc = next.sort((a, b) => b.p - a.p).slice(0, max);
  }
  return acc;
}

/**
 * The Pagefind queries to run for what the reader typed, best first: the exact phrase of the
 * most likely reading (so pages using the reader's very words rank first), that reading as
 * loose words, then the other readings. The caller keeps this order when merging.
 */
export function expandQuery(query: string, options: ExpandOptions): string[] {
  const max = options.max ?? 12;
  const normalized = query.normalize('NFC').trim();
  if (!normalized) return [normalized];
  const tokens = tokenize(normalized);
  const synonyms = options.synonyms ?? [];
  const synonymByForm = synonymIndex(synonyms);
  const slots = contentSlots(tokens, options, synonymByForm);

  // Pagefind treats the last word as a prefix, so a final "XII" also matches "XIII";
  // a Roman numeral is moved off the end when another word can take its place.
  const roman = (slot: Alternative[]) => slot.length === 1 && /^[ivxlc]{2,}$/.test(slot[0]?.text ?? '');
  const last = slots[slots.length - 1];
  if (last && roman(last)) {
    const index = slots.findLastIndex((slot) => !roman(slot) && !(slot[0]?.text ?? '').startsWith('"'));
    if (index >= 0) slots.push(...slots.splice(index, 1));
  }

  const readings = combine(slots, max).map((a) => a.text);
  const queries: string[] = [];
  // The phrase keeps the reader's word order (before the Roman-numeral move above).
  const phrase = combine(slotsInOrder(tokens, options, synonymByForm), 1)[0]?.text ?? '';
  const phraseWords = phrase.split(' ').length;
  if (!phrase.includes('"') && phraseWords >= 2 && phraseWords <= 8) queries.push(`"${phrase}"`);
  queries.push(...readings);

  // Expansion → abbreviation ("ban cán sự đảng" → "BCSĐ"), so an abbreviation-only page is found too.
  const folded = tokens.map((t) => (t.quoted ? '' : foldAll(t.text))).join(' ');
  for (const s of synonyms) {
    const expansion = s.expansion.split(/\s+/u).map(foldAll).join(' ');
    if (expansion.includes(' ') && ` ${folded} `.includes(` ${expansion} `) && s.forms[0]) {
      const replaced = ` ${folded} `.replace(` ${expansion} `, ` ${s.forms[0]} `).trim();
      queries.push(...combine(replaced.split(' ').map((w) => dVariants(w, options.counts)), 2).map((a) => a.text));
    }
  }
  return [...new Set(queries)].slice(0, max + 4);
}


function synonymIndex(synonyms: readonly Synonym[]): Map<string, Synonym> {
  const byForm = new Map<string, Synonym>();
  for (const s of synonyms) for (const f of s.forms) byForm.set(foldAll(f), s);
  return byForm;
}

/** One slot per word the reader meant (question words left out): the readings of that word. */
function contentSlots(
  tokens: { text: string; quoted: boolean }[],
  options: ExpandOptions,
  synonymByForm: Map<string, Synonym>,
): Alternative[][] {

  // Question and function words ("là gì", "bao nhiêu", "của") stay in the phrase query only.
  const dropped = questionWordIndices(tokens.map((t) => (t.quoted ? '' : t.text)));
  return tokens.flatMap((token, i) => {
    if (dropped.has(i)) return [];
    const slot = withoutUnknown(slotFor(token, i), options.unknown);
    return slot.length ? [slot] : [];
  });
  function slotFor(token: { text: string; quoted: boolean }, i: number): Alternative[] {
    if (token.quoted) {
      const words = token.text.split(/\s+/u).map((w) => dVariants(w, options.counts, 2));
      return combine(words, 2).map((a) => ({ text: `"${a.text}"`, p: a.p }));
    }
    const next = tokens[i + 1];
    // T.Ư, TƯ, TW mean "Trung ương"; lower-case "tư"/"tu" only before a number ("tư 4"),
    // because "tư" alone is an everyday word (tư tưởng, thứ tư).
    if (STRICT_TRUNG_UONG.test(token.text) || (TRUNG_UONG_FORMS.test(token.text) && next && /^\d+$/.test(next.text))) {
      return [{ text: 'trung uong', p: 1 }];
    }
    const own = dVariants(token.text, options.counts);
    const synonym = synonymByForm.get(foldAll(token.text));
    if (!synonym) return own;
    // Readers' abbreviations rarely appear as such in prose: prefer the expansion slightly.
    const expansion = synonym.expansion.split(/\s+/u).map((w) => pagefindWord(w)).join(' ');
    return [{ text: expansion, p: 0.6 }, ...own.map((a) => ({ text: a.text, p: a.p * 0.4 }))];
  }
}

/**
 * For the fallback when the words together find too little (see softMerge in merge.ts):
 * each word the reader meant, as the Pagefind queries that find it on its own.
 */
export function wordQueries(query: string, options: ExpandOptions): string[][] {
  const normalized = query.normalize('NFC').trim();
  if (!normalized) return [];
  const slots = contentSlots(tokenize(normalized), options, synonymIndex(options.synonyms ?? []));
  return slots.map((slot) => slot.map((a) => a.text));
}

/** Whether token i means "Trung ương" (T.Ư, TƯ, TW; "tư"/"tu" only before a number). */
function trungUongAt(tokens: readonly { text: string }[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return STRICT_TRUNG_UONG.test(token.text) || (TRUNG_UONG_FORMS.test(token.text) && next !== undefined && /^\d+$/.test(next.text));
}

/** A slot's readings without the single words the index does not hold. */
function withoutUnknown(slot: Alternative[], unknown?: ReadonlySet<string>): Alternative[] {
  if (!unknown?.size) return slot;
  return slot.filter((a) => a.text.includes(' ') || !unknown.has(a.text));
}

/**
 * Every single word the readings of `query` search for, to be checked against the index before
 * searching (see vietnamese-search.ts); `last` marks the words of the last token, the one a
 * reader may still be typing, which Pagefind may match as the start of a word.
 */
export function queryWords(query: string, options: ExpandOptions): { word: string; last: boolean }[] {
  const normalized = query.normalize('NFC').trim();
  if (!normalized) return [];
  const tokens = tokenize(normalized);
  const synonymByForm = synonymIndex(options.synonyms ?? []);
  const words = new Map<string, boolean>();
  tokens.forEach((token, i) => {
    if (token.quoted) return;
    const one = contentSlots([token], { ...options, unknown: undefined }, synonymByForm)[0] ?? [];
    if (trungUongAt(tokens, i)) return;
    for (const a of one) if (!a.text.includes(' ')) words.set(a.text, (words.get(a.text) ?? false) || i === tokens.length - 1);
  });
  return [...words].map(([word, last]) => ({ word, last }));
}

/** The most likely reading of each token, in the reader's order, for the phrase query. */
function slotsInOrder(
  tokens: { text: string; quoted: boolean }[],
  options: ExpandOptions,
  synonymByForm: Map<string, Synonym>,
): Alternative[][] {
  const unknown = options.unknown;
  const kept = unknown?.size
    ? tokens.filter((t, i) => t.quoted || synonymByForm.has(foldAll(t.text)) || trungUongAt(tokens, i) || !dVariants(t.text, options.counts).every((a) => unknown.has(a.text)))
    : tokens;
  return kept.map((token, i) => {
    const next = kept[i + 1];
    if (token.quoted) return [{ text: token.text.split(/\s+/u).map((w) => dVariants(w, options.counts, 2)[0]?.text ?? w).join(' '), p: 1 }];
    if (STRICT_TRUNG_UONG.test(token.text) || (TRUNG_UONG_FORMS.test(token.text) && next && /^\d+$/.test(next.text))) return [{ text: 'trung uong', p: 1 }];
    const synonym = synonymByForm.get(foldAll(token.text));
    if (synonym) return [{ text: synonym.expansion.split(/\s+/u).map((w) => pagefindWord(w)).join(' '), p: 1 }];
    return [dVariants(token.text, options.counts)[0] ?? { text: token.text, p: 1 }];
  });
}
