import { describe, expect, it } from 'vitest';
import { expandQuery, wordQueries } from '../../src/search/client/expand-query.ts';
import { questionWordIndices } from '../../src/search/client/question-words.ts';
import { mergeResponses, softMerge, type PagefindResponse } from '../../src/search/client/merge.ts';
import { foldAll, pagefindWord, pagefindWords } from '../../src/search/normalize.ts';
import { countDWords } from '../../src/search/build/vocabulary.ts';

// A small index: "Đảng" is common, "dạng" rare; "dựng"/"dụng" common, "đúng" rare.
const counts = new Map(
  countDWords([
    'Xây dựng Đảng, Đảng viên, Đảng bộ, Đảng ủy Khối, đang, đoàn kết, đúng, sử dụng, xây dựng, dạng, 03-NQ/ĐUK, đổi mới, đổi mới, BCSĐ',
  ]),
);
const synonyms = [
  { forms: ['BCSĐ'], expansion: 'Ban cán sự đảng' },
  { forms: ['NQ'], expansion: 'Nghị quyết' },
  { forms: ['ĐUK'], expansion: 'Đảng ủy Khối' },
];
const expand = (q: string) => expandQuery(q, { counts, synonyms });

describe('Pagefind word forms', () => {
  it('folds marks but keeps đ, like Pagefind', () => {
    expect(pagefindWord('Đảng')).toBe('đang');
    expect(pagefindWord('hoà')).toBe(pagefindWord('hòa'));
    expect(pagefindWord('khoẻ')).toBe(pagefindWord('khỏe'));
    expect(pagefindWord('05-CT/TW')).toBe('05cttw');
    expect(foldAll('Đảng')).toBe('dang');
    expect(pagefindWord('Đảng'.normalize('NFD'))).toBe('đang');
  });
  it('indexes hyphenated chunks whole and in parts', () => {
    expect(pagefindWords('03-NQ/ĐUK')).toEqual(['03nqđuk', '03', 'nq', 'đuk']);
  });
});

describe('expandQuery', () => {
  it('searches the exact phrase of the most likely reading first, then its words', () => {
    expect(expand('xay dung dang').slice(0, 2)).toEqual(['"xay dung đang"', 'xay dung đang']);
  });

  it('gives an accented query and its unaccented twin the same best readings', () => {
    expect(expand('xây dựng Đảng').slice(0, 2)).toEqual(expand('xay dung dang').slice(0, 2));
    expect(expand('Đảng ủy Khối').slice(0, 2)).toEqual(expand('dang uy khoi').slice(0, 2));
    expect(expand('tự chuyển hóa')).toEqual(expand('tự chuyển hoá'));
  });

  it('expands d to đ only where the index has such a word, most frequent first', () => {
    expect(expand('dang')).toEqual(['đang', 'dang']);
    expect(expand('doi moi')[0]).toBe('"đoi moi"');
    expect(expand('dung')).toEqual(['dung', 'đung']);
    // a word typed with diacritics keeps its d
    expect(expand('dựng')).toEqual(['dung']);
  });

  it('expands words inside a quoted phrase', () => {
    expect(expand('"xay dung dang"')[0]).toBe('"xay dung đang"');
  });

  it.each(['T.Ư 4 khóa XII', 'TƯ 4 khóa XII', 'TW 4 khóa XII', 'tu 4 khoa XII', 't.ư 4 khoa XII'])('reads %s as Trung ương', (q) => {
    expect(expand(q).slice(0, 2)).toEqual(['"trung uong 4 khoa xii"', 'trung uong 4 xii khoa']);
  });

  it('does not read the everyday word "tư" as Trung ương', () => {
    expect(expand('tư tưởng')[0]).toBe('"tu tuong"');
  });

  it('turns a symbol in any spelling into the one word Pagefind indexed', () => {
    for (const q of ['05-CT/TW', '05 CT TW', '05-ct/tw', '05 - CT/T.Ư', '05-CT/TƯ']) expect(expand(q)).toEqual(['05cttw']);
    expect(expand('296-QC')).toEqual(['296qc']);
    expect(expand('03-NQ/ĐUK')).toEqual(['03nqđuk']);
    expect(expand('03-NQ/DUK')[0]).toBe('03nqđuk');
  });

  it('reads glossary abbreviations both ways', () => {
    expect(expand('NQ TƯ 4 khóa XII')[0]).toBe('"nghi quyet trung uong 4 khoa xii"');
    expect(expand('BCSD')).toContain('ban can su đang');
    expect(expand('BCSD')).toContain('bcsđ');
    expect(expand('ban can su dang')).toContain('bcsđ');
  });

  it('accepts NFD input', () => {
    expect(expand('xây dựng Đảng'.normalize('NFD'))).toEqual(expand('xây dựng Đảng'));
  });

  it('leaves question and function words out of the loose queries, not out of the phrase', () => {
    const queries = expand('chủ đề năm 2013 là gì');
    expect(queries[0]).toBe('"chu đe nam 2013 la gi"');
    expect(queries[1]).toBe('chu đe nam 2013');
    expect(expand('dang vien co bao nhieu')).toContain('đang vien co');
    expect(expand('Đảng viên có bao nhiêu')).toContain('đang vien');
  });

  it('gives each meant word its own readings for the fallback', () => {
    expect(wordQueries('dang uy co bao nhieu BCSĐ', { counts, synonyms })).toEqual([['đang', 'dang'], ['uy'], ['co'], ['ban can su đang', 'bcsđ']]);
  });

  it('bounds the number of queries', () => {
    expect(expand('dang doan doi dung dang doan doi dung').length).toBeLessThanOrEqual(16);
  });
});

describe('questionWordIndices', () => {
  it('finds question phrases with or without accents', () => {
    expect([...questionWordIndices(['Lâm', 'Đồng', 'là', 'gì'])]).toEqual([2, 3]);
    expect([...questionWordIndices(['thanh', 'lap', 'khi', 'nao'])]).toEqual([2, 3]);
    expect([...questionWordIndices(['phoi', 'hop', 'nhu', 'the', 'nao'])]).toEqual([2, 3, 4]);
  });
  it('keeps unaccented words that may be content words', () => {
    // "co" may be "cơ" (cơ quan), "trong" may be "trọng" (trọng tâm)
    expect([...questionWordIndices(['co', 'quan', 'trong'])]).toEqual([]);
    expect([...questionWordIndices(['có', 'cơ', 'quan'])]).toEqual([0]);
  });
  it('never drops every word', () => {
    expect([...questionWordIndices(['là', 'gì'])]).toEqual([]);
  });
});

describe('mergeResponses', () => {
  const r = (id: string, score: number) => ({ id, score, words: [], data: async () => ({ id }) });
  const response = (...results: ReturnType<typeof r>[]): PagefindResponse => ({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });

  it('keeps the best reading\'s order, then adds what other readings found, by score', () => {
    const merged = mergeResponses([response(r('b', 5), r('a', 1)), response(r('a', 9), r('c', 2), r('d', 7))]);
    expect(merged?.results.map((x) => x.id)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('moves pages with the exact phrase to the top, in the loose reading\'s order', () => {
    const merged = mergeResponses([response(r('c', 1), r('a', 1)), response(r('a', 3), r('b', 9), r('c', 2))], true);
    expect(merged?.results.map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('returns null when every query failed', () => {
    expect(mergeResponses([null, null])).toBeNull();
  });
});

describe('softMerge', () => {
  const r = (id: string, score: number) => ({ id, score, words: [], data: async () => ({ id }) });
  const response = (...results: ReturnType<typeof r>[]): PagefindResponse => ({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });

  it('keeps full matches first, then ranks partial matches by the rarity of the words they hold, marked partial', () => {
    const full = response(r('all', 1));
    // "common" is on 4 of 10 pages, "rare" on 2, "rarest" on 1: "both" holds the two rarer words.
    const perWord = [
      [response(r('all', 1), r('x', 9), r('y', 8), r('z', 7))],
      [response(r('all', 1), r('both', 1))],
      [response(r('all', 1), r('both', 1), r('rarest', 1))],
    ];
    const merged = softMerge(full, perWord, 10);
    expect(merged?.results.map((x) => x.id)).toEqual(['all', 'both']);
    expect(merged?.results.map((x) => x.partial ?? false)).toEqual([false, true]);
  });
  it('leaves out pages holding only the commonest words of the query', () => {
    // "chi bộ" is on every page, "bốn tốt" on one: pages with "chi bộ" alone are not an answer.
    const everywhere = response(...'abcdefghij'.split('').map((id) => r(id, 1)));
    const merged = softMerge(null, [[everywhere], [everywhere], [response(r('a', 1))], [response(r('a', 1), r('b', 1))]], 10);
    expect(merged?.results.map((x) => x.id)).toEqual(['a', 'b']);
  });
  it('leaves a query that found enough alone', () => {
    const full = response(r('a', 1), r('b', 1), r('c', 1), r('d', 1), r('e', 1));
    expect(softMerge(full, [[response(r('f', 1))], [response(r('g', 1))]], 10)).toBe(full);
  });
  it('finds something when the words together found nothing', () => {
    expect(softMerge(null, [[response(r('a', 1))], [null]], 10)?.results.map((x) => x.id)).toEqual(['a']);
  });
});
