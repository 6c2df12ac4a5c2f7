import { describe, expect, it } from 'vitest';
import { readLookups } from '../../src/search/client/lookups.ts';

describe('readLookups: a kind and a number name a document', () => {
  it.each([
    ['chỉ thị 5', '05ct'],
    ['chi thi 05', '05ct'],
    ['CT 05', '05ct'],
    ['QĐ 47', '47qđ'],
    ['QD 47', '47qđ'],
    ['quyet dinh 47', '47qđ'],
    ['nq 04', '04nq'],
    ['Nghị quyết số 04', '04nq'],
    ['kết luận 21', '21kl'],
    ['quy chế 296', '296qc'],
    // Party Quy định carried QĐ, then QĐi: the start of both.
    ['quy định 105', '105qđ'],
  ])('%s → %s (5 = 05)', (query, symbol) => {
    expect(readLookups(query).symbolText).toBe(symbol);
  });
  it('keeps the other words beside the symbol', () => {
    expect(readLookups('kết luận 01 tiếp tục thực hiện chỉ thị 05').symbolText).toBe('01kl tiếp tục thực hiện 05ct');
  });
  it('reads a four-digit number after a kind as a year, not a symbol', () => {
    expect(readLookups('nghị quyết 2013').symbolText).toBeUndefined();
  });
});

describe('readLookups: khóa in Arabic or Roman numerals', () => {
  it.each([
    ['khóa 12', 'khóa XII', ['XII']],
    ['khoa 13', 'khoa XIII', ['XIII']],
    ['nghi quyet trung uong 4 khoa 12', 'nghi quyet trung uong 4 khoa XII', ['XII']],
    ['T.Ư 4 khoa XI', 'T.Ư 4 khoa XI', ['XI']],
  ])('%s → %s', (query, text, terms) => {
    expect(readLookups(query)).toMatchObject({ text, terms });
  });
  it('never reads the number after "khóa" as a document number', () => {
    expect(readLookups('nghị quyết khóa 12')).toEqual({ text: 'nghị quyết khóa XII', terms: ['XII'] });
    expect(readLookups('chỉ thị 05 khóa 12').symbolText).toBe('05ct khóa XII');
  });
  it('leaves "khoa" that is not a term alone', () => {
    expect(readLookups('khoa học')).toEqual({ text: 'khoa học', terms: [] });
  });
});
