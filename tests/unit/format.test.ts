import { describe, expect, it } from 'vitest';
import { compareVi, formatDate, formatNumber, sortByVi } from '../../src/lib/format.ts';
import { siteBase } from '../../src/lib/site-base.ts';
import { normalizeSymbol, romanToNumber } from '../../src/content/vocabulary.ts';

describe('Vietnamese formatting', () => {
  it('writes numbers with a dot between thousands', () => {
    expect(formatNumber(78432)).toBe('78.432');
    expect(formatNumber(5529)).toBe('5.529');
  });

  it('writes dates as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate(new Date(Date.UTC(2007, 3, 11)))).toBe('11/04/2007');
    expect(formatDate(new Date('2023-12-31'))).toBe('31/12/2023');
  });

  it('sorts in Vietnamese alphabetical order (đ after d, ơ after o)', () => {
    expect(sortByVi(['Đảng', 'Dân vận', 'Ơn', 'Ông', 'An'], (x) => x)).toEqual(['An', 'Dân vận', 'Đảng', 'Ông', 'Ơn']);
    expect(compareVi('khóa 2', 'khóa 10')).toBeLessThan(0);
  });

  it('reads Roman numerals of terms', () => {
    expect(['X', 'XI', 'XII', 'XIII', 'IX', 'VIII'].map(romanToNumber)).toEqual([10, 11, 12, 13, 9, 8]);
  });
});

describe('siteBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(siteBase(input)).toBe(expected));
});

describe('normalizeSymbol', () => {
  it('treats T.Ư, TƯ and TW, case and spaces as the same symbol', () => {
    const forms = ['12-NQ/TW', '12-NQ/T.Ư', '12 - nq/tư', '12-NQ/TƯ'.normalize('NFD')];
    expect(new Set(forms.map(normalizeSymbol))).toEqual(new Set(['12-NQ/TW']));
    expect(normalizeSymbol('03-NQ/ĐUK')).not.toBe(normalizeSymbol('03-NQ/TW'));
  });
});
