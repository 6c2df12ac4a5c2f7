import { describe, expect, it } from 'vitest';
import { suggester } from '../../src/search/client/suggest.ts';

// Word counts as the build writes them (most frequent first), in the proportions of the site.
const WORDS: [string, number][] = [
  ['đảng', 1012], ['bộ', 878], ['và', 611], ['chi', 402], ['xây', 250], ['dựng', 249], ['chỉnh', 120], ['đốn', 118],
  ['kiểm', 96], ['tra', 95], ['giám', 80], ['sát', 80], ['đang', 40], ['dáng', 2], ['nghị', 300], ['quyết', 298],
  ['tổ', 150], ['chức', 149], ['cơ', 200], ['sở', 120], ['viên', 310], ['khóa', 60], ['trung', 406], ['ương', 322], ['chỉ', 90], ['thị', 88], ['đảm', 30], ['nhũng', 20], ['những', 200], ['ta', 300], ['tả', 5],
];
const s = suggester(WORDS);

describe('Có phải bạn muốn tìm', () => {
  it('replaces a misspelled word by the indexed word one letter away, keeping the capital the reader typed', () => {
    expect(s.suggest('chỉnh đốn Đảg')).toBe('chỉnh đốn Đảng');
    expect(s.suggest('Xâyy dựng')).toBe('Xây dựng');
  });

  it('answers a word typed without accents without accents, as Pagefind reads it either way', () => {
    expect(s.suggest('chinh don dagn')).toBe('chinh don dang');
    expect(s.suggest('tham nhungx')).toBe('tham nhung');
  });

  it('prefers two letters swapped, then the accents the reader typed, then the most frequent word', () => {
    expect(s.suggest('kiem tra giam sta')).toBe('kiem tra giam sat');
    // "đảg" is one letter from "đảng" and from "đảm": the more frequent wins.
    expect(s.suggest('đảg')).toBe('đảng');
    // "dángg": its accent says "dáng", not the more frequent "đảng" one letter further.
    expect(s.suggest('dángg')).toBe('dáng');
  });

  it('leaves held words, numbers, symbols, question words and kept abbreviations alone', () => {
    expect(s.suggest('kiem tra giam sat')).toBeNull();
    expect(s.suggest('Chỉ thị 05-CT/TW')).toBeNull();
    expect(s.suggest('xây dựng đảng là gì')).toBeNull();
    expect(s.suggest('BCSĐ đảng', { keep: new Set(['bcsd']) })).toBeNull();
  });

  it('takes the last word as a start while the reader types', () => {
    expect(s.suggest('nghị quyế', { typing: true })).toBeNull();
    expect(s.suggest('nghị quyế')).toBe('nghị quyết');
  });

  it('suggests nothing for a word with no indexed word near it', () => {
    expect(s.suggest('xyzqwv')).toBeNull();
    expect(s.suggest('đảng xyzqwv')).toBeNull();
  });
});
