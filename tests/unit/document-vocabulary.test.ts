/**
 * One vocabulary of document kinds (src/content/vocabulary.ts): the content model, the
 * citation finder and the search page's query rewriting all know the same kinds and codes.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { findCitations } from '../../src/citations/find.ts';
import { KINDS, normalizeSymbol, numberToRoman, romanToNumber, TRUNG_UONG } from '../../src/content/vocabulary.ts';
import { makeSchemas } from '../../src/content/schemas.ts';
import { expandQuery } from '../../src/search/client/expand-query.ts';

const expand = (q: string) => expandQuery(q, { counts: new Map() });

describe('the document vocabulary', () => {
  it('gives the content model exactly its model kinds', () => {
    const schema = makeSchemas(() => z.string())['van-ban'];
    const kindField = (schema as unknown as { shape: { kind: { options: string[] } } }).shape.kind;
    expect(kindField.options).toEqual(KINDS.filter((k) => k.model).map((k) => k.kind));
    expect(kindField.options).not.toContain('Báo cáo');
  });

  it('lets the finder read a Party symbol of every Party code', () => {
    for (const { code } of KINDS.filter((k) => k.party)) {
      const [found] = findCitations(`Theo văn bản số 12-${code}/TW của Ban Bí thư.`);
      expect(found?.symbol, code).toBe(`12-${code}/TW`);
    }
  });

  it('lets the search page read a typed symbol of every Party code as one word', () => {
    for (const { code } of KINDS.filter((k) => k.party)) {
      const word = `12${code.toLowerCase()}tw`.normalize('NFC');
      expect(expand(`12 ${code} TW`).flatMap((q) => q.split(' ')), code).toContain(word);
    }
    // Typed without diacritics, Trung ương's codes still make the same word.
    expect(expand('05 CT T.U')[0]).toBe(expand('05-CT/TW')[0]);
  });

  it('folds every written form of Trung ương in symbols', () => {
    expect(new Set(TRUNG_UONG.written.map((f) => normalizeSymbol(`12-NQ/${f}`)))).toEqual(new Set(['12-NQ/TW']));
  });

  it('reads and writes the Roman numerals of terms', () => {
    for (let n = 1; n <= 20; n++) expect(romanToNumber(numberToRoman(n))).toBe(n);
    expect(numberToRoman(13)).toBe('XIII');
  });
});
