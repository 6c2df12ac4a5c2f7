import { describe, expect, it } from 'vitest';
import { countDWords, countVocabulary, htmlText, indexedHtml } from '../../src/search/build/vocabulary.ts';

describe('indexedHtml', () => {
  it('keeps only the element Pagefind indexes', () => {
    const html = '<nav>Đăng nhập</nav><main id="noi-dung" tabindex="-1" data-pagefind-body><p>Đảng bộ</p></main><footer>địa chỉ</footer>';
    expect(htmlText(indexedHtml(html)).trim()).toBe('Đảng bộ');
  });
  it('gives nothing for a page without data-pagefind-body (redirects, the search page)', () => {
    expect(indexedHtml('<main><p>Đảng</p></main>')).toBe('');
  });
  it('feeds the đ vocabulary from indexed text only', () => {
    const pages = ['<header>Điều hướng</header><main data-pagefind-body><p>Đảng ủy đã họp</p></main>'];
    expect(countDWords(pages.map((p) => htmlText(indexedHtml(p)))).map(([word]) => word)).toEqual(['đa', 'đang']);
  });
});

describe('the words suggestions come from', () => {
  it('counts every indexed word as typed (lower case, accents kept), most frequent first, without numbers or symbols', () => {
    const pages = ['<main data-pagefind-body><p>Đảng bộ Khối: Chỉ thị 05-CT/TW, đảng viên; Nghị quyết T.Ư 4</p></main>', '<main data-pagefind-body><p>Đảng bộ cơ sở</p></main>'];
    const { words } = countVocabulary(pages.map((p) => htmlText(indexedHtml(p))));
    expect(words.slice(0, 2)).toEqual([['đảng', 3], ['bộ', 2]]);
    expect(words.map(([w]) => w)).toEqual(expect.arrayContaining(['khối', 'chỉ', 'thị', 'ct', 'tw', 'viên', 'cơ', 'sở', 'tư']));
    expect(words.some(([w]) => /\d/.test(w))).toBe(false);
  });
  it('adds up a word met in different chunks and on different pages, in both lists', () => {
    const texts = ['Đảng, Đảng đảng', 'đảng (Đảng)', 'đảng'];
    const { words, dCounts } = countVocabulary(texts);
    expect(words).toEqual([['đảng', 6]]);
    // One occurrence's weight in the "đ" list, whatever pagefindWords gives a word: six occurrences weigh six times it.
    const once = countVocabulary(['đảng']).dCounts[0]![1];
    expect(dCounts).toEqual([['đang', 6 * once]]);
  });
});
