/**
 * The site's search function over a stand-in for Pagefind that behaves as Pagefind 1.6 does on
 * what matters here: every word matches as the start of a word, a word that matches nothing is
 * retried ever shorter ("xyzqwv" → "x…"), words are ANDed, a quoted phrase must appear as such,
 * filters narrow, and the counts are those of its own results.
 */
import { describe, expect, it } from 'vitest';
import { multiSearch, type PagefindResponse, type SearchFn } from '../../src/search/client/merge.ts';
import { vietnameseSearch } from '../../src/search/client/vietnamese-search.ts';
import { countDWords, countVocabulary } from '../../src/search/build/vocabulary.ts';
import { pagefindWord } from '../../src/search/normalize.ts';

interface Page {
  id: string;
  title: string;
  content: string;
  filters?: Record<string, string[]>;
}

const PAGES: Page[] = [
  { id: 'qd47', title: 'Quyết định số 47-QĐ/TW', content: 'Quyết định số 47-QĐ/TW Thành lập Đảng bộ Khối Khóa X', filters: { 'Mục': ['Văn bản'], 'Khóa': ['X'] } },
  { id: 'ct05', title: 'Chỉ thị số 05-CT/TW', content: 'Chỉ thị số 05-CT/TW học tập và làm theo tư tưởng Hồ Chí Minh Khóa XII', filters: { 'Mục': ['Văn bản'], 'Khóa': ['XII'] } },
  { id: 'nq12', title: 'Nghị quyết số 12-NQ/TW', content: 'Nghị quyết số 12-NQ/TW Nghị quyết Trung ương 4 khóa XI xây dựng Đảng', filters: { 'Mục': ['Văn bản'], 'Khóa': ['XI'] } },
  { id: 'nq04', title: 'Nghị quyết số 04-NQ/TW', content: 'Nghị quyết số 04-NQ/TW Nghị quyết Trung ương 4 khóa XII chỉnh đốn Đảng, ngày 15/04/2016', filters: { 'Mục': ['Văn bản'], 'Khóa': ['XII'] } },
  { id: 'kl21', title: 'Kết luận số 21-KL/TW', content: 'Kết luận số 21-KL/TW Nghị quyết Trung ương 4 khóa XIII chỉnh đốn Đảng, như khóa XI', filters: { 'Mục': ['Văn bản'], 'Khóa': ['XIII'] } },
  { id: 'topic', title: 'Kiểm tra, giám sát', content: 'Kiểm tra, giám sát của Đảng; xây dựng, chỉnh đốn Đảng', filters: { 'Mục': ['Chủ đề'] } },
  { id: 'source', title: 'Tra cứu văn bản', content: 'Tra cứu văn bản công khai, xem trang 12 và tranh luận', filters: { 'Mục': ['Nguồn'] } },
  { id: 'org', title: 'Đảng bộ Khối các cơ quan Trung ương', content: 'Đảng bộ Khối các cơ quan Trung ương thành lập theo 47-QĐ/TW; 47-QĐ/TW gộp bảy đảng bộ, 47-QĐ/TW', filters: { 'Mục': ['Tổ chức'] } },
  { id: 'lesson', title: 'Bài học của Đảng bộ Khối các cơ quan Trung ương', content: 'Bài học của Đảng bộ Khối các cơ quan Trung ương: Đảng bộ Khối các cơ quan Trung ương coi trọng Đảng bộ Khối các cơ quan Trung ương', filters: { 'Mục': ['Bài học'] } },
];

const words = (text: string) => text.split(/\s+/u).flatMap((chunk) => [pagefindWord(chunk), ...chunk.split(/[^\p{L}\p{N}]+/u).map(pagefindWord)]).filter(Boolean);
const INDEX = PAGES.map((p) => ({ page: p, words: words(p.content) }));
const ALL_WORDS = new Set(INDEX.flatMap((p) => p.words));

/** A stand-in for Pagefind's search, with its prefix matching and its retry of shorter words. */
const fakePagefind: SearchFn = async (term, options) => {
  const filters = (options as { filters?: Record<string, string[]> } | undefined)?.filters ?? {};
  const phrases = [...(term ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!.split(' ').map(pagefindWord));
  const loose = (term ?? '').replace(/"[^"]*"/g, ' ').split(/\s+/u).map(pagefindWord).filter(Boolean);
  const starts = loose.map((w) => {
    for (let n = w.length; n > 0; n--) if ([...ALL_WORDS].some((x) => x.startsWith(w.slice(0, n)))) return w.slice(0, n);
    return w;
  });
  const hits = INDEX.filter(({ page, words: ws }) => {
    if (Object.entries(filters).some(([name, values]) => !values.some((v) => page.filters?.[name]?.includes(v)))) return false;
    if (!starts.every((s) => ws.some((w) => w.startsWith(s)))) return false;
    return phrases.every((ph) => ws.some((_w, i) => ph.every((p, k) => ws[i + k] === p)));
  });
  const score = (ws: string[]) => starts.reduce((sum, s) => sum + ws.filter((w) => w === s).length * 2 + ws.filter((w) => w.startsWith(s)).length, 0);
  const results = hits
    .map(({ page, words: ws }) => ({ id: page.id, score: score(ws), words: [], data: async () => ({ url: `/${page.id}/`, content: page.content, meta: { title: page.title }, filters: page.filters ?? {} }) }))
    .sort((a, b) => b.score - a.score);
  const counts: PagefindResponse['filters'] = { 'Mục': {}, 'Khóa': {} };
  for (const p of PAGES) for (const [name, values] of Object.entries(p.filters ?? {})) for (const v of values) counts[name]![v] = 0;
  for (const { page } of hits) for (const [name, values] of Object.entries(page.filters ?? {})) for (const v of values) counts[name]![v]! += 1;
  return term === null && !Object.keys(filters).length ? null : { results, unfilteredResultCount: results.length, filters: counts, totalFilters: counts };
};

// As the build writes it: every index word holding "d" or "đ", with its count.
const search = vietnameseSearch(fakePagefind, { dCounts: countDWords(PAGES.map((p) => p.content)), synonyms: [], pageCount: PAGES.length });
const ids = async (q: string, options?: unknown) => (await search(q, options))?.results.map((r) => r.id) ?? [];

describe('vietnameseSearch', () => {
  it('gives no results for a word the index does not hold, where Pagefind would match its first letters', async () => {
    expect(await fakePagefind('xyzqwv')).not.toBeNull();
    expect((await fakePagefind('xyzqwv'))?.results.length).toBeGreaterThan(0);
    expect(await ids('xyzqwv')).toEqual([]);
    expect(await ids('1234567')).toEqual([]);
  });

  it('never lets one misspelled word replace the results of the others', async () => {
    expect(await ids('chỉnh đốn Đảg')).toEqual(await ids('chỉnh đốn'));
    expect((await ids('chỉnh đốn')).length).toBeGreaterThan(0);
  });

  it('matches the start of a word only for the last word, the one being typed', async () => {
    // "tra" of "tra cứu" and "tranh" must not make the source page a match for "kiem tra giam sat".
    const found = await search('kiem tra giam sat');
    expect(found?.results[0]?.id).toBe('topic');
    expect(found?.results.filter((r) => !r.partial).map((r) => r.id)).toEqual(['topic']);
    // While typing, the last word is a start: "giam s" finds "giám sát".
    expect((await search('kiem tra giam s'))?.results.filter((r) => !r.partial).map((r) => r.id)).toEqual(['topic']);
  });

  it('marks pages holding only some of the words as partial, after the full matches', async () => {
    const found = (await search('tra cuu kiem'))!.results;
    const firstPartial = found.findIndex((r) => r.partial);
    expect(found.slice(0, Math.max(firstPartial, 0)).every((r) => !r.partial)).toBe(true);
    expect(found.slice(firstPartial).every((r) => r.partial)).toBe(true);
  });

  it('finds the document a kind and a number name first: "QĐ 47", "CT 5", "nq 04"', async () => {
    expect((await ids('QĐ 47'))[0]).toBe('qd47');
    // The organization page repeats "47-QĐ/TW" more often; the document is the one the symbol names.
    expect((await ids('QD 47 thanh lap'))[0]).toBe('qd47');
    expect((await ids('quyet dinh 47'))[0]).toBe('qd47');
    expect((await ids('chỉ thị 5'))[0]).toBe('ct05');
    expect((await ids('CT 05'))[0]).toBe('ct05');
    expect((await ids('nq 04'))[0]).toBe('nq04');
  });

  it('reads khóa 12 as khóa XII, never as document 12, and ranks that term first', async () => {
    const khoa12 = (await search('nghị quyết trung ương 4 khóa 12'))!.results;
    expect(khoa12[0]?.id).toBe('nq04');
    // Nghị quyết 12-NQ/TW (khóa XI) holds every word but "XII": at most a partial match.
    expect(khoa12.filter((r) => !r.partial).map((r) => r.id)).not.toContain('nq12');
    // "XI" also starts "XII" and "XIII": the documents of khóa XI come first.
    expect((await ids('T.Ư 4 khoa XI'))[0]).toBe('nq12');
    expect((await ids('khoa 11 trung uong 4'))[0]).toBe('nq12');
  });

  it('ranks a page whose title is the query first', async () => {
    // The lesson repeats the name more often; the organization is the page of that name.
    expect((await ids('Đảng bộ Khối các cơ quan Trung ương'))[0]).toBe('org');
    expect((await ids('dang bo khoi cac co quan trung uong'))[0]).toBe('org');
  });

  it('gives filter counts that agree with the results returned', async () => {
    const found = await search('kiem tra giam sat');
    const total = Object.values(found!.filters['Mục']!).reduce((a, b) => a + b, 0);
    expect(total).toBe(found!.results.length);
    const docs = await search('chinh don', { filters: { 'Mục': ['Văn bản'] } });
    expect(docs!.filters['Mục']!['Văn bản']).toBe(docs!.results.length);
  });
});

describe('the cost of a search', () => {
  it('stops asking Pagefind once its signal is aborted (a newer keystroke supersedes it)', async () => {
    const asked = async (abort: boolean) => {
      const terms: string[] = [];
      const counting: SearchFn = async (term, options) => {
        terms.push(term ?? '');
        return fakePagefind(term, options);
      };
      const own = vietnameseSearch(counting, { dCounts: countDWords(PAGES.map((p) => p.content)), synonyms: [], pageCount: PAGES.length });
      const stop = new AbortController();
      const pending = own('tra cuu kiem', undefined, stop.signal);
      if (abort) stop.abort();
      await (abort ? expect(pending).rejects.toThrow() : pending);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return terms.length;
    };
    const whole = await asked(false);
    expect(whole).toBeGreaterThan(2);
    expect(await asked(true)).toBeLessThan(whole);
  });

  it('asks Pagefind nothing about a word the build vocabulary settles ("đ" words), and still drops a misspelled one', async () => {
    const asked: string[] = [];
    const counting: SearchFn = async (term, options) => {
      asked.push(term ?? '');
      return fakePagefind(term, options);
    };
    const own = vietnameseSearch(counting, { dCounts: countDWords(PAGES.map((p) => p.content)), synonyms: [], pageCount: PAGES.length });
    expect((await own('chỉnh đốn Đảg'))?.results.map((r) => r.id)).toEqual((await own('chỉnh đốn'))?.results.map((r) => r.id));
    // "Đảg" is not in the vocabulary: never searched, alone or with the others.
    expect(asked.filter((q) => /đag/.test(pagefindWord(q)))).toEqual([]);
  });

  it('asks Pagefind nothing about any word when the build listed every index word, and gives the same answers', async () => {
    const asked: string[] = [];
    const counting: SearchFn = async (term, options) => {
      asked.push(term ?? '');
      return fakePagefind(term, options);
    };
    const { dCounts, words: listed } = countVocabulary(PAGES.map((p) => p.content));
    const own = vietnameseSearch(counting, { dCounts, words: listed, synonyms: [], pageCount: PAGES.length });
    for (const q of ['kiem tra giam sat', 'chỉnh đốn xyzqwv', 'xyzqwv']) {
      asked.length = 0;
      expect((await own(q))?.results.map((r) => r.id) ?? []).toEqual(await ids(q));
      // "xyzqwv" is in no list: never searched, alone or with the others.
      expect(asked.filter((t) => t.includes('xyzqwv'))).toEqual([]);
    }
  });

  const counted = (data: Partial<Parameters<typeof vietnameseSearch>[1]> = {}) => {
    const asked: string[] = [];
    const counting: SearchFn = async (term, options) => {
      asked.push(term ?? '(null)');
      return fakePagefind(term, options);
    };
    const own = vietnameseSearch(counting, { dCounts: countDWords(PAGES.map((p) => p.content)), synonyms: [], pageCount: PAGES.length, ...data });
    return { own, asked };
  };
  // What search-session.ts gives while a newer keystroke has come: settling throws.
  const superseded = async () => {
    throw new DOMException('a newer keystroke', 'AbortError');
  };

  it('leaves the costly readings of a phrase found on few pages to settling: a newer keystroke stops them before Pagefind is asked', async () => {
    // A site of 100 pages or more searches the phrase first, alone.
    const typed = counted({ pageCount: 100 });
    await expect(typed.own('kiem tra giam sa', undefined, undefined, superseded)).rejects.toThrow();
    expect(typed.asked).toEqual(['"kiem tra giam sa"']);
    // Once the box is still, the same search gives what a search without settling gives.
    const still = counted({ pageCount: 100 });
    const settled = await still.own('kiem tra giam sa', undefined, undefined, async () => {});
    expect(still.asked.length).toBeGreaterThan(1);
    expect(settled?.results[0]?.id).toBe('topic');
    expect(settled?.results.map((r) => r.id)).toEqual((await counted({ pageCount: 100 }).own('kiem tra giam sa'))?.results.map((r) => r.id));
  });

  it('searches a one-letter word, the start of hundreds, only once the box is still', async () => {
    const typed = counted();
    await expect(typed.own('kiem tra g', undefined, undefined, superseded)).rejects.toThrow();
    await expect(typed.own('k', undefined, undefined, superseded)).rejects.toThrow();
    expect(typed.asked).toEqual([]);
    // A longer last word is searched at once (its later, costlier steps still wait).
    await typed.own('kiem tra gi', undefined, undefined, superseded).catch(() => null);
    expect(typed.asked.length).toBeGreaterThan(0);
  });

  it('asks Pagefind nothing for the query it has just answered ("chi" then "chi " while typing)', async () => {
    const { own, asked } = counted();
    const first = await own('kiem tra');
    const before = asked.length;
    expect((await own(' kiem tra '))?.results.map((r) => r.id)).toEqual(first?.results.map((r) => r.id));
    expect(asked.length).toBe(before);
    // Another filter is another query.
    await own('kiem tra', { filters: { 'Mục': ['Chủ đề'] } });
    expect(asked.length).toBeGreaterThan(before);
  });

  it('lists every page once for the zeroed filters of "no result", whatever the query', async () => {
    const { dCounts, words: listed } = countVocabulary(PAGES.map((p) => p.content));
    const { own, asked } = counted({ dCounts, words: listed });
    const options = { filters: { 'Mục': ['Văn bản'] } };
    for (const q of ['xyzqwv', 'qqzzkk', 'wwvvxx']) {
      const found = await own(q, options);
      expect(found?.results).toEqual([]);
      expect(Object.keys(found?.filters['Mục'] ?? {})).toContain('Văn bản');
    }
    expect(asked.filter((t) => t === '(null)')).toHaveLength(1);
  });

  it('answers with the phrase alone when it is found on enough pages', async () => {
    const alone = await multiSearch(fakePagefind, ['"kiem tra"', 'kiem tra'], undefined, 1);
    const phrase = await fakePagefind('"kiem tra"');
    expect(alone?.results.map((r) => r.id)).toEqual(phrase?.results.map((r) => r.id));
    const merged = await multiSearch(fakePagefind, ['"kiem tra"', 'kiem tra'], undefined, 100);
    expect(merged?.results.length).toBeGreaterThanOrEqual(phrase!.results.length);
  });
});
