/**
 * The resolver links only when certain, against test-only documents that set the traps:
 * a Nghị quyết and a Kết luận with the same number, two 12-NQ/TW of different terms, and
 * 47-QĐ/TW both as a Quyết định (2007) and a Quy định (2011).
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { buildCitationIndex } from '../../src/citations/resolve.ts';
import { DOCUMENTS } from './fixtures/citation-documents.ts';

const index = buildCitationIndex(DOCUMENTS);
/** Each citation in the text → the id it links to, or "✗ reason". */
const resolveAll = (text: string) =>
  findCitations(text).map((c) => {
    const r = index.resolve(c);
    return r.doc ? r.doc.id : `✗ ${r.reason}`;
  });
const one = (text: string) => {
  const all = resolveAll(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('kind must agree', () => {
  it('never links a bare "Nghị quyết 01" to Kết luận 01-KL/TW', () => {
    expect(one('theo Nghị quyết 01, các cấp')).toMatch(/^✗ không có Nghị quyết số 01 .*01-KL\/TW.* là Kết luận/);
    expect(one('Nghị quyết số 01-KL/TW')).toMatch(/^✗ viết "Nghị quyết" nhưng 01-KL\/TW \(2021\) là Kết luận/);
    expect(one('Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị')).toBe('01-kl-tw-2021');
  });

  it('lets the word written before "QĐ" decide between Quyết định and Quy định', () => {
    expect(one('Quyết định số 47-QĐ/TW')).toBe('47-qd-tw-2007');
    expect(one('Quy định 47-QĐ/TW')).toBe('47-qd-tw-2011');
    expect(one('Quy định số 47-QĐ/TW ngày 11/4/2007')).toMatch(/^✗ .*ngày 11\/4\/2007 khác/);
  });

  it('leaves a bare "47-QĐ/TW" unresolved unless a date or term picks one', () => {
    expect(one('theo 47-QĐ/TW thì')).toMatch(/^✗ "47-QĐ\/TW" có thể là Quyết định hoặc Quy định/);
    expect(one('theo 47-QĐ/TW ngày 11/4/2007 thì')).toBe('47-qd-tw-2007');
  });
});

describe('numbers restart every term', () => {
  it('a bare 12-NQ/TW matching two documents stays unresolved, with the reason', () => {
    expect(one('Nghị quyết số 12-NQ/TW')).toMatch(/^✗ .*khớp 2 văn bản \(12-NQ\/TW \(2012\), 12-NQ\/TW \(2022\)\); cần ngày ban hành hoặc khóa/);
  });

  it('a date or a term picks the right one', () => {
    expect(one('Nghị quyết số 12-NQ/TW ngày 16/1/2012')).toBe('12-nq-tw-2012');
    expect(one('Nghị quyết số 12-NQ/TW ngày 16 tháng 01 năm 2012')).toBe('12-nq-tw-2012');
    expect(one('Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương khóa XIII')).toBe('12-nq-tw-2022');
    expect(one('Nghị quyết số 12-NQ/TW ngày 16/1/2013')).toMatch(/^✗ .*không khớp/);
  });

  it('treats T.Ư, TƯ and TW alike', () => {
    expect(one('Nghị quyết 12-NQ/T.Ư (khóa XI)')).toBe('12-nq-tw-2012');
    expect(one('Chỉ thị 05-CT/TƯ')).toBe('05-ct-tw-2016');
  });

  it('a named issuer that contradicts stops the link', () => {
    expect(one('Chỉ thị số 05-CT/TW của Ban Bí thư')).toMatch(/^✗ .*cơ quan ban hành "Ban Bí thư" khác "Bộ Chính trị"/);
    expect(one('Chỉ thị 05 của Ban Bí thư')).toMatch(/^✗/);
  });
});

describe('informal names resolve through the recorded names', () => {
  it('"Nghị quyết T.Ư 4 (khóa XI)" and "NQ TƯ 4 khóa XI" → 12-NQ/TW of 2012', () => {
    expect(one('Nghị quyết T.Ư 4 (khóa XI)')).toBe('12-nq-tw-2012');
    expect(one('NQ TƯ 4 khóa XI')).toBe('12-nq-tw-2012');
  });

  it('"khóa XI, khóa XII, khóa XIII" → three different documents, the list on one document notwithstanding', () => {
    expect(resolveAll('Nghị quyết Trung ương 4 khóa XI, khóa XII, khóa XIII')).toEqual(['12-nq-tw-2012', '04-nq-tw-2016', '21-kl-tw-2021']);
    expect(resolveAll('Nghị quyết Trung ương 4 (khóa XI, XII)')).toEqual(['12-nq-tw-2012', '04-nq-tw-2016']);
  });

  it('"Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW', () => {
    expect(one('Chỉ thị 05 của Bộ Chính trị')).toBe('05-ct-tw-2016');
  });

  it('a plenum without a term that several terms share stays unresolved', () => {
    expect(one('Nghị quyết TW 4 về "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"')).toMatch(/^✗ không nêu khóa; /);
    expect(one('Nghị quyết TW 4')).toMatch(/04-NQ\/TW/);
    expect(one('Nghị quyết TW 4')).toMatch(/21-KL\/TW/);
    expect(one('các Nghị quyết Trung ương 4')).toMatch(/^✗ nói chung nhiều văn bản/);
  });

  it('a bare repeat after "(khóa XI)" in the same text resolves like it', () => {
    expect(resolveAll('Nghị quyết T.Ư 4 (khóa XI) về xây dựng Đảng. Việc triển khai Nghị quyết T.Ư 4 được gắn với')).toEqual(['12-nq-tw-2012', '12-nq-tw-2012']);
  });

  it('a plenum nobody recorded stays unresolved with the reason', () => {
    expect(one('Nghị quyết Trung ương 7 khóa XII')).toMatch(/^✗ chưa có văn bản nào trong sổ tay ghi tên gọi/);
  });
});

describe('everything else', () => {
  it('State symbols never match a Party document', () => {
    expect(one('Chỉ thị 05/CT-TTg')).toMatch(/^✗ không có văn bản số hiệu 05\/CT-TTg/);
  });

  it('resolves NFD input like NFC input', () => {
    const text = 'Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH ngày 20/6/2013; Nghị quyết số 03-NQ/ĐUK ngày 18/3/2013 của Ban Thường vụ Đảng ủy Khối';
    expect(resolveAll(text.normalize('NFD'))).toEqual(['296-qc-bcsd-dubkh-2013', '03-nq-duk-2013']);
  });

  it('indexes documents: 9 999 documents and 9 999 citations resolve in well under a quadratic scan time', () => {
    const many = Array.from({ length: 9_999 }, (_, i) => ({ id: `d${i}`, symbol: `${i + 1}-NQ/TW`, kind: 'Nghị quyết', issuer: 'Bộ Chính trị', informalNames: [] }));
    const big = buildCitationIndex(many);
    const text = Array.from({ length: 9_999 }, (_, i) => `Nghị quyết số ${i + 1}-NQ/TW`).join('; ');
    const started = performance.now();
    const resolved = findCitations(text).map((c) => big.resolve(c).doc?.id);
    expect(resolved).toHaveLength(9_999);
    expect(resolved[9_998]).toBe('d9998');
    // Indexed by symbol, this takes a fraction of a second; a per-citation scan of all documents (10⁸ steps, each normalizing a symbol) would not.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('congress resolutions', () => {
  it('resolve through a recorded informal name, whatever the issuer is called', () => {
    const congress = buildCitationIndex([{ id: 'nq-dh-xiii', kind: 'Nghị quyết', issuer: 'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', informalNames: ['Nghị quyết Đại hội XIII của Đảng'] }]);
    const [c] = findCitations('thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng với');
    expect(congress.resolve(c!).doc?.id).toBe('nq-dh-xiii');
    const [other] = findCitations('Nghị quyết Đại hội XII của Đảng');
    expect(congress.resolve(other!).doc).toBeNull();
  });
});

describe('forms common in the press', () => {
  it('ordinal plenums and the Hội nghị wording', () => {
    expect(one('Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII')).toBe('04-nq-tw-2016');
    expect(one('Nghị quyết số 12-NQ/TW ngày 16/1/2012 của Hội nghị Trung ương 4 khóa XI')).toBe('12-nq-tw-2012');
  });

  it('a plenum name answers to the document’s own kind', () => {
    expect(one('Kết luận Hội nghị Trung ương 4 khóa XIII')).toBe('21-kl-tw-2021');
    expect(resolveAll('Nghị quyết Trung ương 4 các khóa XI, XII, XIII')).toEqual(['12-nq-tw-2012', '04-nq-tw-2016', '21-kl-tw-2021']);
  });

  it('a bare number of another body ("Chỉ thị 05 của Tỉnh ủy Lâm Đồng") never links to 05-CT/TW', () => {
    expect(one('Chỉ thị 05 của Tỉnh ủy Lâm Đồng về')).toMatch(/^✗ .*"Tỉnh ủy Lâm Đồng" khác "Bộ Chính trị"/);
  });
});
