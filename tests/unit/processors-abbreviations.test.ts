/** The glossary reaches every renderer through createProcessors(): page bodies and lesson texts alike. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeDocuments } from '../../src/citations/documents.ts';
import { glossaryAbbreviations } from '../../src/content/glossary.ts';
import { readContent } from '../../src/content/read.ts';
import { createProcessors } from '../../src/markdown/processors.ts';

const entries = readContent(join(import.meta.dirname, '..', '..'));

describe('createProcessors with the site glossary', () => {
  it('explains the first T.Ư of a lesson text, linked under the base, and leaves headings alone', async () => {
    const { renderFragment } = createProcessors({ documents: citeDocuments(entries), congresses: [], base: '/kb/', abbreviations: glossaryAbbreviations(entries) });
    const html = await renderFragment('## Bàn về T.Ư\n\nCấp ủy thực hiện nghị quyết của T.Ư; T.Ư cũng vậy.');
    expect(html).toContain('<h2 id="ban-ve-t-u">Bàn về T.Ư</h2>');
    expect(html).toContain('<a class="abbr" href="/kb/thuat-ngu/#t-u" data-tip="Trung ương"><abbr title="Trung ương">T.Ư</abbr></a>; T.Ư cũng vậy.');
  });

  it('adds nothing when the glossary is empty', async () => {
    const { renderFragment } = createProcessors({ documents: [], congresses: [], base: '/', abbreviations: [] });
    expect(await renderFragment('Nghị quyết T.Ư 4.')).not.toContain('<abbr');
  });
});
