/** The glossary as the Markdown pipeline receives it (MarkdownSettings.abbreviations). */
import { describe, expect, it } from 'vitest';
import { glossaryAbbreviations } from '../../src/content/glossary.ts';

describe('glossaryAbbreviations', () => {
  it('takes id, term and expansion of glossary entries only, sorted by id and NFC', () => {
    const entries = [
      { collection: 'thuat-ngu', id: 'tccs', data: { term: 'TCCS', expansion: 'tổ chức cơ sở đảng' } },
      { collection: 'thuat-ngu', id: 't-u', data: { term: 'T.Ư'.normalize('NFD'), expansion: 'Trung ương' } },
      { collection: 'van-ban', id: 'x', data: { term: 'X', expansion: 'y' } },
    ];
    expect(glossaryAbbreviations(entries)).toEqual([
      { id: 't-u', term: 'T.Ư', expansion: 'Trung ương' },
      { id: 'tccs', term: 'TCCS', expansion: 'tổ chức cơ sở đảng' },
    ]);
  });
});
