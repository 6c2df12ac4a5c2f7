/**
 * The editors' field reference (docs/tham-chieu-truong.md) is generated from the schemas:
 * it must be what `npm run docs:fields` writes now, and every field must have a description.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/content/field-reference.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('field reference', () => {
  it('docs/tham-chieu-truong.md is up to date with the schemas (run npm run docs:fields)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'tham-chieu-truong.md'), 'utf8')).toBe(fieldReference());
  });

  it('describes every field of every collection, with its kind and whether it is required', () => {
    const rows = fieldReference().split('\n').filter((line) => /^\| `[^`]+` \|/.test(line));
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      const [, required, kind, text] = row.split(' | ').map((c) => c.trim());
      expect(['có', 'không'], row).toContain(required);
      expect(kind, row).not.toBe('');
      expect(text?.replace(/ \|$/, ''), row).toMatch(/\p{L}{2}/u);
    }
  });

  it('names the Roman-numeral rule for a term and the allowed values of a kind', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `term` | không | chữ | khóa của cơ quan ban hành: một số La Mã in hoa, ví dụ XI |');
    expect(reference).toMatch(/\| `kind` \| có \| một giá trị trong danh sách \| loại văn bản; giá trị: `Nghị quyết`, `Chỉ thị`/);
    expect(reference).toContain('| `lessons[].id` | có |');
  });
});
