import { describe, expect, it } from 'vitest';
import { foldVietnamese, isSlug, slugify } from '../../src/lib/slug.ts';
import { entryIdFromPath } from '../../src/content/entry-id.ts';

describe('slugify', () => {
  it.each([
    ['Đảng bộ Khối các cơ quan Trung ương', 'dang-bo-khoi-cac-co-quan-trung-uong'],
    ['Nghị quyết Trung ương 4 (khóa XI)', 'nghi-quyet-trung-uong-4-khoa-xi'],
    ['12-NQ/TW', '12-nq-tw'],
    ['03-NQ/ĐUK', '03-nq-duk'],
    ['296-QC/BCSĐ-ĐUBKH', '296-qc-bcsd-dubkh'],
    ['  Năm nâng cao chất lượng chi bộ  ', 'nam-nang-cao-chat-luong-chi-bo'],
    ['hoà / hòa, khoẻ / khỏe, thuý / thúy', 'hoa-hoa-khoe-khoe-thuy-thuy'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for NFC and NFD input', () => {
    const text = 'Đổi mới phương thức lãnh đạo';
    expect(slugify(text.normalize('NFD'))).toBe(slugify(text.normalize('NFC')));
    expect(slugify(text.normalize('NFD'))).toBe('doi-moi-phuong-thuc-lanh-dao');
  });

  it('folds đ and Đ, which Unicode decomposition alone leaves untouched', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldVietnamese('Đảng đoàn')).toBe('Dang doan');
  });
});

describe('isSlug', () => {
  it('accepts folded slugs and rejects anything else', () => {
    expect(isSlug('12-nq-tw-2012')).toBe(true);
    expect(isSlug('tw-2015-1')).toBe(true);
    expect(isSlug('Đảng')).toBe(false);
    expect(isSlug('12--nq')).toBe(false);
    expect(isSlug('-a')).toBe(false);
  });
});

describe('entryIdFromPath', () => {
  it('uses the file name only, folded, so folders never reach the URL', () => {
    expect(entryIdFromPath('khoa-xi/12-NQ-TW-2012.md')).toBe('12-nq-tw-2012');
    expect(entryIdFromPath('Đảng bộ.mdx')).toBe('dang-bo');
  });
});
