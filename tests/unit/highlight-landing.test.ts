import { describe, expect, it } from 'vitest';
import { hitRanges, landingTerms } from '../../src/search/client/highlight-landing.ts';

const marked = (text: string, ...terms: string[]) => hitRanges(text, new Set(terms)).map(([a, b]) => text.slice(a, b));

describe('hitRanges: whole words only', () => {
  it('never marks part of a word', () => {
    expect(marked('tăng cường, tư tưởng, Trung ương', 'uong')).toEqual(['ương']);
    expect(marked('tăng cường, tư tưởng', 'ương')).toEqual([]);
  });
  it('never marks a digit inside a symbol or a date', () => {
    expect(marked('Trung ương 4, số 04-NQ/TW ngày 15/04/2024', '4')).toEqual(['4']);
  });
  it('marks a symbol whole for the one word Pagefind indexed for it', () => {
    expect(marked('Chỉ thị số 05-CT/TW ngày 15/5/2016', '05cttw')).toEqual(['05-CT/TW']);
    expect(marked('Nghị quyết số 03-NQ/ĐUK', '03nqđuk')).toEqual(['03-NQ/ĐUK']);
  });
  it('marks the symbol whose start a kind and number searched ("chỉ thị 05" → "05ct")', () => {
    expect(marked('Chỉ thị số 05-CT/TW, 05 chi bộ, 05cttw', '05ct')).toEqual(['05-CT/TW']);
  });
  it('marks a part of a symbol or date as Pagefind indexes the parts', () => {
    expect(marked('số 03-NQ/ĐUK năm 2013', 'đuk', '2013')).toEqual(['ĐUK', '2013']);
  });
  it('compares in Pagefind form: tone marks folded, đ kept', () => {
    expect(marked('Đảng, đang, dạng', 'đang')).toEqual(['Đảng', 'đang']);
    expect(marked('Đảng'.normalize('NFD'), 'đang')).toEqual(['Đảng'.normalize('NFD')]);
  });
});

describe('landingTerms', () => {
  it('reads the words from the address, without phrase quotes and function words', () => {
    expect([...landingTerms('?tu-khoa=%22xay&tu-khoa=dung&tu-khoa=%C4%91ang%22&tu-khoa=c%E1%BB%A7a')]).toEqual(['xay', 'dung', 'đang']);
  });
});
