import { describe, expect, it } from 'vitest';
import { countDWords, htmlText, indexedHtml } from '../../src/search/build/vocabulary.ts';

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
