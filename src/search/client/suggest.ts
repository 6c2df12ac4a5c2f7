/**
 * "Có phải bạn muốn tìm …?": each query word the index does not hold is replaced by the indexed
 * word nearest to it — one letter added, dropped, changed, or two letters swapped, accents and
 * đ aside — the one whose accents are closest to what the reader typed, then the most frequent.
 * Pagefind suggests nothing and lists none of its words, so the build counts them into the
 * search data (src/search/build/vocabulary.ts); Vietnamese words are syllables, a few thousand
 * at most, so one edit's candidates are looked up directly.
 */
import { foldAll } from '../normalize.ts';
import { questionWordIndices } from './question-words.ts';

export interface SuggestOptions {
  /** the last word may still be typed: a word starting with it counts as held */
  typing?: boolean;
  /** words never corrected (the glossary's abbreviations, as folded forms) */
  keep?: ReadonlySet<string>;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit away from `word` (letters a–z, as foldAll leaves them). */
function oneEdit(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** Whether `a` comes before `b`, compared element by element. */
const before = (a: readonly number[], b: readonly number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/** Edit distance between two short strings (letters with their accents). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export interface Suggester {
  /** The query with its unknown words replaced, or null when every word is held or none has a near word. */
  suggest(query: string, options?: SuggestOptions): string | null;
}

/** `words`: [word, occurrences] as the search data holds them, most frequent first. */
export function suggester(words: readonly (readonly [string, number])[]): Suggester {
  const byFold = new Map<string, { forms: (readonly [string, number])[]; total: number }>();
  for (const entry of words) {
    const key = foldAll(entry[0]);
    const group = byFold.get(key) ?? { forms: [], total: 0 };
    group.forms.push(entry);
    group.total += entry[1];
    byFold.set(key, group);
  }
  const held = (folded: string, prefix: boolean) => byFold.has(folded) || (prefix && [...byFold.keys()].some((k) => k.startsWith(folded)));

  /**
   * The nearest indexed word. Typed without accents, it is given without accents too (Pagefind
   * folds them: "tham nhungx" → "tham nhung", whichever of nhũng/những is meant); typed with
   * some, the indexed spelling nearest to them. Two letters swapped ("sta" → "sat") beat any
   * other edit; then the more frequent.
   */
  function nearest(typed: string): string | null {
    const lower = typed.normalize('NFC').toLowerCase();
    const plain = lower === foldAll(lower);
    const folded = foldAll(typed);
    let best: { word: string; score: [number, number, number] } | null = null;
    for (const candidate of oneEdit(folded)) {
      const group = byFold.get(candidate);
      if (!group) continue;
      const swapped = candidate.length === folded.length && [...candidate].sort().join('') === [...folded].sort().join('') ? 0 : 1;
      const choices: [string, number, number][] = plain ? [[candidate, 0, group.total]] : group.forms.map(([word, count]) => [word, distance(lower, word), count]);
      for (const [word, accents, count] of choices) {
        const score: [number, number, number] = [accents, swapped, -count];
        if (!best || before(score, best.score)) best = { word, score };
      }
    }
    return best?.word ?? null;
  }

  return {
    suggest(query, { typing = false, keep = new Set() } = {}) {
      const tokens = query.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
      const asked = questionWordIndices(tokens);
      let changed = false;
      const out = tokens.map((token, i) => {
        const word = /^[\p{L}]+$/u.test(token) ? token : null;
        const folded = word ? foldAll(word) : '';
        if (!word || folded.length < 2 || asked.has(i) || keep.has(folded) || held(folded, typing && i === tokens.length - 1)) return token;
        const near = nearest(word);
        if (!near) return token;
        changed = true;
        // The reader's capital stays: "Đảg" → "Đảng".
        return word[0] !== word[0]!.toLowerCase() ? near[0]!.toUpperCase() + near.slice(1) : near;
      });
      return changed ? out.join(' ') : null;
    },
  };
}
