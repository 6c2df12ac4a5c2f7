/**
 * The search sample (src/search/sample.ts) and the site's search asking it first: over a stand-in
 * for Pagefind on a site of thousands of pages, where, as in Pagefind 1.6, a phrase's results all
 * score the same and come in the order of the pages, and filters narrow.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindResponse, SearchFn } from '../../src/search/client/merge.ts';
import { vietnameseSearch } from '../../src/search/client/vietnamese-search.ts';
import { SAMPLE_FILTER, SAMPLE_PARTS, samplePart, sampleValues, withoutSample } from '../../src/search/sample.ts';
import { pagefindWord } from '../../src/search/normalize.ts';

interface Page {
  id: string;
  words: string[];
  filters: Record<string, string[]>;
}

/** `count` pages; "chi bộ" on all but every 50th, "đại hội" on every 40th, each with its section. */
function site(count: number): Page[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `/van-ban/vb-${i}/`;
    const text = [i % 50 ? 'chi bộ họp' : 'họp', i % 40 ? '' : 'đại hội', 'văn bản số', String(i)].join(' ');
    return { id, words: text.split(/\s+/u).filter(Boolean).map(pagefindWord), filters: { 'Mục': [i % 3 ? 'Văn bản' : 'Bài học'], [SAMPLE_FILTER]: [String(samplePart(id))] } };
  });
}

type Filters = Record<string, { any: string[] } | string[]>;
const chosen = (f: { any: string[] } | string[]) => (Array.isArray(f) ? f : f.any);

/** Pagefind's search over `pages`, recording each call. */
function fakePagefind(pages: Page[]) {
  const calls: { term: string | null; filters: Filters }[] = [];
  const search: SearchFn = async (term, options) => {
    const filters = (options as { filters?: Filters } | undefined)?.filters ?? {};
    calls.push({ term, filters });
    const phrase = /^"(.*)"$/.exec(term ?? '')?.[1]?.split(' ');
    const loose = phrase ? [] : (term ?? '').split(/\s+/u).filter(Boolean);
    const matches = (p: Page) =>
      (phrase ? p.words.some((_w, i) => phrase.every((w, k) => p.words[i + k] === w)) : loose.every((w) => p.words.some((x) => x.startsWith(w)))) &&
      Object.entries(filters).every(([name, f]) => chosen(f).some((v) => p.filters[name]?.includes(v)));
    const hits = pages.filter(matches);
    const counts = (of: Page[]) => {
      const out: PagefindResponse['filters'] = {};
      for (const p of pages) for (const [name, values] of Object.entries(p.filters)) for (const v of values) (out[name] ??= {})[v] ??= 0;
      for (const p of of) for (const [name, values] of Object.entries(p.filters)) for (const v of values) out[name]![v]! += 1;
      return out;
    };
    const results = hits.map((p) => ({ id: p.id, score: 1, words: [], data: async () => ({ url: p.id, content: p.words.join(' '), meta: { title: p.id }, filters: p.filters }) }));
    return { results, unfilteredResultCount: results.length, filters: counts(hits), totalFilters: counts(hits) };
  };
  return { search, calls };
}

const data = (pages: Page[]) => ({ dCounts: [['đai', 1]] as [string, number][], synonyms: [], pageCount: pages.length });

describe('the search sample', () => {
  it('spreads pages evenly over its parts, the same part for the same path', () => {
    const counts = new Array<number>(SAMPLE_PARTS).fill(0);
    for (let i = 0; i < 32000; i++) counts[samplePart(`/bai-hoc/bo-${i}/`)]! += 1;
    for (const c of counts) expect(Math.abs(c - 32000 / SAMPLE_PARTS)).toBeLessThan((32000 / SAMPLE_PARTS) * 0.2);
    expect(samplePart('/van-ban/qd-47/')).toBe(samplePart('/van-ban/qd-47/'));
  });

  it('is asked only on a site large enough, and is then a few hundred pages whatever the size', () => {
    expect(sampleValues(60)).toBeNull();
    expect(sampleValues(2000)).toBeNull();
    for (const pages of [2500, 5000, 10000, 40000]) {
      const parts = sampleValues(pages)!.length;
      expect(parts).toBeGreaterThan(0);
      expect((pages * parts) / SAMPLE_PARTS).toBeGreaterThanOrEqual(500);
      expect((pages * parts) / SAMPLE_PARTS).toBeLessThan(1300);
    }
  });

  it('is never among the counts the site reads', () => {
    expect(withoutSample({ 'Mục': { 'Văn bản': 2 }, [SAMPLE_FILTER]: { '0': 1 } })).toEqual({ 'Mục': { 'Văn bản': 2 } });
  });
});

describe('a common phrase on a large site', () => {
  const pages = site(5000);

  it('is answered first from the sample, then whole, the first results staying first', async () => {
    const { search, calls } = fakePagefind(pages);
    const own = vietnameseSearch(search, data(pages));
    const first = await own('chi bộ');
    expect(calls.map((c) => Object.keys(c.filters))).toEqual([[SAMPLE_FILTER]]);
    const parts = new Set(sampleValues(pages.length));
    expect(first!.results.length).toBeGreaterThanOrEqual(100);
    expect(first!.results.every((r) => parts.has(String(samplePart(r.id))))).toBe(true);
    expect(first!.filters[SAMPLE_FILTER]).toBeUndefined();
    expect(first!.rest).toBeTypeOf('function');

    const whole = await first!.rest!();
    const every = pages.filter((_p, i) => i % 50).map((p) => p.id);
    expect(new Set(whole!.results.map((r) => r.id))).toEqual(new Set(every));
    expect(whole!.results.length).toBe(every.length);
    expect(whole!.results.slice(0, 10).map((r) => r.id)).toEqual(first!.results.slice(0, 10).map((r) => r.id));
    expect(whole!.filters['Mục']).toEqual({ 'Văn bản': every.filter((id) => Number(/\d+/.exec(id)![0]) % 3).length, 'Bài học': every.filter((id) => Number(/\d+/.exec(id)![0]) % 3 === 0).length });
    expect(whole!.filters[SAMPLE_FILTER]).toBeUndefined();
    // Asked again, the whole answer is not searched twice.
    const asked = calls.length;
    await first!.rest!();
    expect(calls.length).toBe(asked);
  });

  it('is answered whole at once when the sample holds too few of its pages', async () => {
    const { search } = fakePagefind(pages);
    const found = await vietnameseSearch(search, data(pages))('đại hội');
    expect(found!.rest).toBeUndefined();
    expect(found!.results.length).toBe(pages.filter((_p, i) => i % 40 === 0).length);
  });

  it('is not asked again for a phrase that adds words to one it held too few pages of', async () => {
    const { search, calls } = fakePagefind(pages);
    const own = vietnameseSearch(search, data(pages));
    const sampled = () => calls.filter((c) => SAMPLE_FILTER in c.filters).length;
    await own('đại hội');
    expect(sampled()).toBe(1);
    const longer = await own('đại hội văn bản');
    expect(sampled()).toBe(1);
    // The same answer as when the sample is asked first.
    const fresh = fakePagefind(pages);
    const asked = await vietnameseSearch(fresh.search, data(pages))('đại hội văn bản');
    expect(fresh.calls.filter((c) => SAMPLE_FILTER in c.filters).length).toBe(1);
    expect(longer!.results.map((r) => r.id)).toEqual(asked!.results.map((r) => r.id));
    // A phrase that is not made of the shorter one and more words is asked in the sample.
    await own('đại hộix');
    await own('chi bộ');
    expect(sampled()).toBe(3);
  });

  it('is answered whole at once when the reader chose a filter, or on a small site', async () => {
    const { search, calls } = fakePagefind(pages);
    const filtered = await vietnameseSearch(search, data(pages))('chi bộ', { filters: { 'Mục': { any: ['Bài học'] } } });
    expect(filtered!.rest).toBeUndefined();
    expect(calls.some((c) => SAMPLE_FILTER in c.filters)).toBe(false);

    const small = site(1500);
    const few = fakePagefind(small);
    const found = await vietnameseSearch(few.search, data(small))('chi bộ');
    expect(found!.rest).toBeUndefined();
    expect(few.calls.some((c) => SAMPLE_FILTER in c.filters)).toBe(false);
  });
});
