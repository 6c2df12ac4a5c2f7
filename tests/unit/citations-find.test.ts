/**
 * The finder on sentences taken verbatim from the four source articles, plus the forms the
 * issue lists that the articles do not use. Each test checks what a cadre would see linked:
 * the exact text, and the kind, number, symbol, issuer, term and date read from it.
 */
import { describe, expect, it } from 'vitest';
import { findCitations, type Citation } from '../../src/citations/find.ts';

const pick = (c: Citation) => ({ text: c.text, kind: c.kind, number: c.number, symbol: c.symbol, issuer: c.issuer, term: c.term, date: c.date });
const texts = (s: string) => findCitations(s).map((c) => c.text);

describe('Party symbols', () => {
  it('reads kind, number, symbol and date: "Chỉ thị số 05-CT/TW ngày 15/5/2016" (MPI 2024)', () => {
    const [c] = findCitations('tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII "Về đẩy mạnh');
    expect(pick(c!)).toEqual({ text: 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII', kind: 'Chỉ thị', number: '05', symbol: '05-CT/TW', issuer: 'Bộ Chính trị', term: 'XII', date: '15/5/2016' });
    expect(c!.system).toBe('party');
  });

  it('reads an issuer named after "của": "Nghị quyết số 03-NQ/ĐUK ngày 18/3/2013 của Ban Thường vụ Đảng ủy Khối" (tham luận 2015)', () => {
    const [c] = findCitations('nhất là Nghị quyết Trung ương 5 khóa X về “Tăng cường công tác kiểm tra, giám sát của Đảng”, Nghị quyết số 03-NQ/ĐUK ngày 18/3/2013 của Ban Thường vụ Đảng ủy Khối về “Tăng cường').slice(1);
    expect(pick(c!)).toEqual({ text: 'Nghị quyết số 03-NQ/ĐUK ngày 18/3/2013 của Ban Thường vụ Đảng ủy Khối', kind: 'Nghị quyết', number: '03', symbol: '03-NQ/ĐUK', issuer: 'Ban Thường vụ Đảng ủy Khối', term: null, date: '18/3/2013' });
  });

  it('reads a joint issuer and a qualified kind word: "Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH" (tham luận 2015)', () => {
    const [c] = findCitations('Đảng ủy cơ quan đã xây dựng và ban hành Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH ngày 20/6/2013, trong đó quy định');
    expect(pick(c!)).toEqual({ text: 'Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH ngày 20/6/2013', kind: 'Quy chế', number: '296', symbol: '296-QC/BCSĐ-ĐUBKH', issuer: 'BCSĐ-ĐUBKH', term: null, date: '20/6/2013' });
  });

  it('finds two citations in one phrase: "Kết luận số 01-KL/TW … về tiếp tục thực hiện Chỉ thị số 05-CT/TW" (MPI 2024)', () => {
    expect(texts('Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016')).toEqual([
      'Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị',
      'Chỉ thị số 05-CT/TW ngày 15/5/2016',
    ]);
  });

  it('reads "Quyết định số 47-QĐ/TW" (MPI 2024) and "Chỉ thị 03-CT/TW của Bộ Chính trị" (tham luận 2015)', () => {
    expect(pick(findCitations('Ngày 11/4/2007, Bộ Chính trị ban hành Quyết định số 47-QĐ/TW thành lập')[0]!)).toMatchObject({ kind: 'Quyết định', symbol: '47-QĐ/TW' });
    expect(pick(findCitations('kết quả 4 năm triển khai Chỉ thị 03-CT/TW của Bộ Chính trị về thực hiện')[0]!)).toMatchObject({ text: 'Chỉ thị 03-CT/TW của Bộ Chính trị', kind: 'Chỉ thị', issuer: 'Bộ Chính trị' });
  });

  it.each([
    ['12-NQ/T.Ư', 'T.Ư'],
    ['12-NQ/TƯ', 'TƯ'],
    ['12-NQ/TW', 'TW'],
    ['12 - NQ/TW', 'TW'],
  ])('accepts the variant %s', (symbol, issuer) => {
    const [c] = findCitations(`theo Nghị quyết số ${symbol}. Sau đó`);
    expect(c).toMatchObject({ symbol, issuer, number: '12', kind: 'Nghị quyết', text: `Nghị quyết số ${symbol}` });
  });

  it('accepts spaces around the hyphen: "05 - CT/TW"', () => {
    expect(findCitations('thực hiện 05 - CT/TW')[0]).toMatchObject({ text: '05 - CT/TW', kind: 'Chỉ thị', number: '05' });
  });

  it.each([
    ['Quy định số 08-QĐi/TW', 'Quy định'],
    ['Hướng dẫn số 01-HD/TW', 'Hướng dẫn'],
    ['Kế hoạch số 10-KH/TW', 'Kế hoạch'],
    ['Thông báo số 20-TB/TW', 'Thông báo'],
    ['Đề án số 02-ĐA/TU', 'Đề án'],
    ['theo 08-QĐi/TW', 'Quy định'],
    ['theo 15-KL/TW', 'Kết luận'],
  ])('reads the kind of %s', (text, kind) => {
    expect(findCitations(text)[0]?.kind).toBe(kind);
  });

  it('leaves the kind open for a bare "QĐ" (Quyết định or Quy định) and lets the written word decide', () => {
    expect(findCitations('theo 47-QĐ/TW')[0]?.kind).toBeNull();
    expect(findCitations('Quy định 47-QĐ/TW')[0]?.kind).toBe('Quy định');
    expect(findCitations('Quyết định 47-QĐ/TW')[0]?.kind).toBe('Quyết định');
  });
});

describe('State symbols', () => {
  it('tells 26/CT-TTg and 30/2020/NĐ-CP from Party symbols', () => {
    const found = findCitations('Chỉ thị 26/CT-TTg và Nghị định số 30/2020/NĐ-CP, cùng Chỉ thị 26-CT/TW');
    expect(found.map((c) => [c.text, c.system, c.kind, c.number])).toEqual([
      ['Chỉ thị 26/CT-TTg', 'state', 'Chỉ thị', '26'],
      ['Nghị định số 30/2020/NĐ-CP', 'state', 'Nghị định', '30'],
      ['Chỉ thị 26-CT/TW', 'party', 'Chỉ thị', '26'],
    ]);
  });

  it('does not take a State-looking number with neither year nor issuer for a symbol: "Thông báo 12/TB"', () => {
    expect(findCitations('theo Thông báo 12/TB về việc tổ chức hội nghị')).toEqual([]);
    // With a year or an issuer it is one.
    expect(findCitations('theo Thông báo 12/TB-VPCP ngày 3/2/2020').map((c) => c.symbol)).toEqual(['12/TB-VPCP']);
  });

  it('does not take ratios or dates for symbols: "10/11 chỉ tiêu", "ngày 15/5/2016" (Báo Lâm Đồng 2020)', () => {
    expect(findCitations('hoàn thành tốt 10/11 chỉ tiêu Nghị quyết Đại hội lần thứ VII đề ra, trong đó có 5/11 chỉ tiêu vượt kế hoạch, ngày 15/5/2016').map((c) => c.text)).toEqual([
      'Nghị quyết Đại hội lần thứ VII',
    ]);
  });
});

describe('informal names', () => {
  it('"Nghị quyết T.Ư 4 (khóa XI)" (Nhân Dân 2015)', () => {
    const [c] = findCitations('việc thực hiện tốt Nghị quyết T.Ư 4 (khóa XI) về xây dựng Đảng');
    expect(c).toMatchObject({ text: 'Nghị quyết T.Ư 4 (khóa XI)', kind: 'Nghị quyết', plenum: '4', term: 'XI', form: 'plenum' });
  });

  it('"Nghị quyết Trung ương 4 (khóa XII)" and "NQ TƯ 4 khóa XI"', () => {
    expect(findCitations('Nghị quyết Trung ương 4 (khóa XII)')[0]).toMatchObject({ text: 'Nghị quyết Trung ương 4 (khóa XII)', term: 'XII', plenum: '4' });
    expect(findCitations('thực hiện NQ TƯ 4 khóa XI.')[0]).toMatchObject({ text: 'NQ TƯ 4 khóa XI', kind: 'Nghị quyết', term: 'XI', plenum: '4' });
  });

  it('"Nghị quyết Trung ương 4 khóa XI, khóa XII, khóa XIII" is three citations (MPI 2024)', () => {
    const found = findCitations('thực hiện có hiệu quả Nghị quyết Trung ương 4 khóa XI, khóa XII, khóa XIII về xây dựng, chỉnh đốn Đảng');
    expect(found.map((c) => [c.text, c.term, c.plenum])).toEqual([
      ['Nghị quyết Trung ương 4 khóa XI', 'XI', '4'],
      ['khóa XII', 'XII', '4'],
      ['khóa XIII', 'XIII', '4'],
    ]);
  });

  it('"Nghị quyết Trung ương 4 (khóa XI, XII)" is two citations (Báo Lâm Đồng 2020)', () => {
    const found = findCitations('gắn với việc thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) với cách làm riêng');
    expect(found.map((c) => c.term)).toEqual(['XI', 'XII']);
  });

  it('"Chỉ thị 05 của Bộ Chính trị" (Báo Lâm Đồng 2020), "Nghị quyết 01", "(Nghị quyết 19)" (tham luận 2015)', () => {
    expect(findCitations('việc triển khai thực hiện Chỉ thị 05 của Bộ Chính trị về Đẩy mạnh')[0]).toMatchObject({ text: 'Chỉ thị 05 của Bộ Chính trị', kind: 'Chỉ thị', number: '05', issuer: 'Bộ Chính trị', form: 'number' });
    expect(findCitations('theo Nghị quyết 01, các cấp')[0]).toMatchObject({ text: 'Nghị quyết 01', kind: 'Nghị quyết', number: '01', symbol: null });
    expect(findCitations('Đề án về cải cách thủ tục hành chính (Nghị quyết 19), Đề án')[0]).toMatchObject({ text: 'Nghị quyết 19', number: '19' });
  });

  it('"Nghị quyết TW 4 về …" without a term, and "Nghị quyết Trung ương 5 khóa X" (tham luận 2015)', () => {
    expect(findCitations('triển khai thực hiện Nghị quyết TW 4 về "Một số vấn đề cấp bách')[0]).toMatchObject({ text: 'Nghị quyết TW 4', term: null, plenum: '4' });
    expect(findCitations('nhất là Nghị quyết Trung ương 5 khóa X về “Tăng cường')[0]).toMatchObject({ text: 'Nghị quyết Trung ương 5 khóa X', term: 'X', plenum: '5' });
  });

  it('a bare repeat takes the term the text gave it just before (Nhân Dân 2015)', () => {
    const found = findCitations('thực hiện tốt Nghị quyết T.Ư 4 (khóa XI) về xây dựng Đảng.\n\nViệc triển khai thực hiện Nghị quyết T.Ư 4 được gắn với');
    expect(found[1]).toMatchObject({ text: 'Nghị quyết T.Ư 4', term: null, contextTerm: 'XI' });
    // …but not after a list of terms, which leaves it open.
    const afterList = findCitations('Nghị quyết Trung ương 4 khóa XI, khóa XII. Nghị quyết Trung ương 4 nói rằng');
    expect(afterList.at(-1)).toMatchObject({ term: null, contextTerm: null });
  });

  it('marks "các Nghị quyết Trung ương 4" as plural', () => {
    expect(findCitations('thực hiện các Nghị quyết Trung ương 4 về xây dựng Đảng')[0]?.plural).toBe(true);
  });

  it('reads congress resolutions: "Nghị quyết Đại hội XIII của Đảng" (MPI 2024)', () => {
    expect(findCitations('thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng với mục tiêu')[0]).toMatchObject({ text: 'Nghị quyết Đại hội XIII của Đảng', form: 'congress', term: 'XIII' });
  });

  it('ignores "Kế hoạch 5 năm" and kind words without a number', () => {
    expect(findCitations('Kế hoạch 5 năm; các Nghị quyết, Chỉ thị của Đảng; theo đúng Chỉ thị, Kế hoạch của Bộ Chính trị')).toEqual([]);
  });
});

describe('positions and Unicode', () => {
  it('gives 1-based line and column', () => {
    const [c] = findCitations('Dòng một.\nTheo Chỉ thị số 05-CT/TW.');
    expect([c!.line, c!.column]).toEqual([2, 6]);
  });

  it('finds the same citations in decomposed (NFD) input, reported in NFC', () => {
    const nfc = 'Kết luận số 01-KL/TW của Bộ Chính trị; Nghị quyết Trung ương 4 (khóa XII); Quy chế phối hợp số 296-QC/BCSĐ-ĐUBKH; Nghị quyết T.Ư 4 khóa XI';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const a = findCitations(nfc).map(pick);
    const b = findCitations(nfd).map(pick);
    expect(b).toEqual(a);
    expect(b).toHaveLength(4);
    expect(b.every((c) => c.text === c.text.normalize('NFC'))).toBe(true);
  });

  it('accepts "khoá" with the old tone placement', () => {
    expect(findCitations('Nghị quyết Trung ương 4 khoá XII')[0]?.term).toBe('XII');
  });
});
