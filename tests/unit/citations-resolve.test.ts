/**
 * The resolver links only when certain, against test-only documents that set the traps:
 * a Nghị quyết and a Kết luận with the same number, two 12-NQ/TW of different terms, and
 * 47-QĐ/TW both as a Quyết định (2007) and a Quy định (2011).
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { buildCitationIndex } from '../../src/citations/resolve.ts';
import { CONGRESSES, DOCUMENTS } from './fixtures/citation-documents.ts';

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

describe('forms of unseen articles: case, State kinds, laws, local issuers, congresses, the page itself', () => {
  it('reads kinds and symbols in any letter case: "chỉ thị số 05-ct/tw", "kết luận số 01-kl/tw"', () => {
    expect(resolveAll('theo chỉ thị số 05-ct/tw và kết luận số 01-kl/tw')).toEqual(['05-ct-tw-2016', '01-kl-tw-2021']);
  });

  it('reads dates in all three forms, and a different date never resolves', () => {
    expect(one('Chỉ thị số 05-CT/TW ngày 15-5-2016')).toBe('05-ct-tw-2016');
    expect(one('Chỉ thị số 05-CT/TW ngày 15/5/2016')).toBe('05-ct-tw-2016');
    expect(one('Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016')).toBe('05-ct-tw-2016');
    expect(one('Chỉ thị số 05-CT/TW ngày 21-1-1997')).toMatch(/^✗ .*ngày 21-1-1997 khác/);
    expect(one('Quyết định số 47-QĐ/TW năm 2011')).toMatch(/^✗ .*năm 2011 khác/);
  });

  it('finds State kinds and codes, Công văn with a bare symbol cut at no "&", laws by name and date', () => {
    const found = findCitations('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Tờ trình số 112/TTr-UBND, Báo cáo số 45-BC/TU, Báo cáo thẩm định số 78/BCTĐ-STP và Công văn số 2231/SNV-CCHC&PC ngày 30-5-2019.');
    expect(found.map((c) => [c.text, c.kind])).toEqual([
      ['Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', 'Luật'],
      ['Tờ trình số 112/TTr-UBND', 'Tờ trình'],
      ['Báo cáo số 45-BC/TU', 'Báo cáo'],
      ['Báo cáo thẩm định số 78/BCTĐ-STP', 'Báo cáo thẩm định'],
      ['Công văn số 2231/SNV-CCHC&PC ngày 30-5-2019', 'Công văn'],
    ]);
    expect(found[0]).toMatchObject({ form: 'name', name: 'Tổ chức chính quyền địa phương', year: '2015' });
  });

  it('finds "Kế hoạch số 527" with no symbol, not "Kế hoạch 5 năm"', () => {
    expect(findCitations('Theo Kế hoạch số 527, Kế hoạch 5 năm được điều chỉnh.').map((c) => c.text)).toEqual(['Kế hoạch số 527']);
  });

  it('a list sharing a head is one citation per number: "các Chỉ thị số 03, 05-CT/TW"', () => {
    expect(resolveAll('Đảng ủy triển khai các Chỉ thị số 03, 05-CT/TW của Bộ Chính trị')).toEqual(['03-ct-tw-2011', '05-ct-tw-2016']);
  });

  it('never takes a local issuer, written out, abbreviated or before the kind, for a central one', () => {
    expect(one('Nghị quyết số 04 của BCH Đảng bộ tỉnh')).toMatch(/^✗ .*"BCH Đảng bộ tỉnh" khác/);
    expect(one('Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05 về phòng dịch')).toMatch(/^✗ .*"Ban Thường vụ Tỉnh ủy" khác/);
    expect(one('Kết luận số 01 của BTV Huyện ủy')).toMatch(/^✗/);
    expect(one('Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh khóa XI')).toMatch(/^✗ nghị quyết hội nghị của cấp ủy địa phương/);
    expect(one('Chỉ thị số 05-CT/TW của Ban Thường vụ Huyện ủy')).toMatch(/^✗/);
    // …while a central issuer still links.
    expect(one('Nghị quyết số 04 ngày 30/10/2016 của Ban Chấp hành Trung ương')).toBe('04-nq-tw-2016');
  });

  it('a symbol every locality uses alike needs the date, the term or the issuer in full', () => {
    expect(one('Nghị quyết số 03-NQ/ĐUK')).toMatch(/^✗ .*văn bản cấp địa phương/);
    expect(one('Nghị quyết số 03-NQ/ĐUK ngày 18/3/2013')).toBe('03-nq-duk-2013');
    expect(one('Nghị quyết số 03-NQ/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương')).toBe('03-nq-duk-2013');
  });

  it('links a congress resolution to its congress page only when the organization and ordinal or term are certain', () => {
    const withCongresses = buildCitationIndex(DOCUMENTS, CONGRESSES);
    const page = (text: string) => findCitations(text).map((c) => withCongresses.resolve(c).doc).map((d) => (d ? `${d.collection}/${d.id}` : null));
    expect(page('Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh Lâm Đồng lần thứ VIII')).toEqual(['dai-hoi/dang-bo-khoi-lam-dong-2020-2025']);
    expect(page('Nghị quyết Đại hội Đảng bộ Khối các cơ quan T.Ư khóa XIII')).toEqual(['dai-hoi/dang-bo-khoi-tw-2020-2025']);
    expect(page('Nghị quyết Đại hội lần thứ VII của Đảng bộ Khối các cơ quan tỉnh Lâm Đồng')).toEqual([null]);
    expect(page('Nghị quyết Đại hội lần thứ VIII của Đảng bộ Khối')).toEqual([null]);
    expect(page('Nghị quyết Đại hội XIII của Đảng')).toEqual([null]);
  });

  it('a page never links to itself', () => {
    const [c] = findCitations('Chỉ thị 05 của Bộ Chính trị');
    expect(index.resolve(c!, 'van-ban/05-ct-tw-2016')).toMatchObject({ doc: null, self: true });
    expect(index.resolve(c!, 'van-ban/01-kl-tw-2021').doc?.id).toBe('05-ct-tw-2016');
  });
});
