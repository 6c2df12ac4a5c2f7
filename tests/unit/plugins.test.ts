/**
 * Input → output fixtures for our remark/rehype plugins, run through unified()
 * without Astro. Each folder under fixtures/<plugin>/ holds input.md and output.html, and
 * path.txt when the file's path matters (the page a citation sits on is never linked).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeAbbreviations from '../../src/markdown/rehype-abbreviations.ts';
import rehypeViHeadingIds from '../../src/markdown/rehype-vi-heading-ids.ts';
import remarkCiteDocuments from '../../src/markdown/remark-cite-documents.ts';
import remarkNfc from '../../src/markdown/remark-nfc.ts';
import { CONGRESSES, DOCUMENTS } from './fixtures/citation-documents.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function run(markdown: string, remark: Pluggable[], rehype: Pluggable[], path?: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehype)
    .use(rehypeStringify);
  return String(processor.processSync(path ? { value: markdown, path } : markdown));
}

// A test glossary; the site's comes from content/thuat-ngu.yaml through createProcessors().
const ABBREVIATIONS = [
  { id: 't-u', term: 'T.Ư', expansion: 'Trung ương' },
  { id: 'tccs', term: 'TCCS', expansion: 'tổ chức cơ sở đảng' },
  { id: 'bcsd', term: 'BCSĐ', expansion: 'Ban cán sự đảng' },
  { id: 'duk', term: 'ĐUK', expansion: 'Đảng ủy Khối' },
];

const plugins: Record<string, { remark: Pluggable[]; rehype: Pluggable[] }> = {
  'rehype-abbreviations': { remark: [remarkNfc], rehype: [[rehypeAbbreviations, { abbreviations: ABBREVIATIONS, base: '/kb/' }]] },
  'rehype-vi-heading-ids': { remark: [], rehype: [rehypeViHeadingIds] },
  'remark-nfc': { remark: [remarkNfc], rehype: [] },
  // Test-only documents (with look-alikes), base "/"; the /kb/ base is tested in citations-integration.test.ts ('links carry the base').
  'remark-cite-documents': { remark: [remarkNfc, [remarkCiteDocuments, { documents: DOCUMENTS, congresses: CONGRESSES, base: '/' }]], rehype: [] },
};

for (const [name, { remark, rehype }] of Object.entries(plugins)) {
  describe(name, () => {
    for (const fixture of readdirSync(join(FIXTURES, name)).sort()) {
      it(fixture, () => {
        const input = readFileSync(join(FIXTURES, name, fixture, 'input.md'), 'utf8');
        const expected = readFileSync(join(FIXTURES, name, fixture, 'output.html'), 'utf8');
        const pathFile = join(FIXTURES, name, fixture, 'path.txt');
        const path = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
        expect(run(input, remark, rehype, path).trim()).toBe(expected.trim());
      });
    }
  });
}

describe('remark-nfc', () => {
  it('turns decomposed input into composed text', () => {
    const nfd = 'Đảng bộ'.normalize('NFD');
    const out = run(nfd, [remarkNfc], []);
    expect(out).toContain('Đảng bộ'.normalize('NFC'));
    expect(out).not.toContain(nfd);
  });
});

describe('rehype-abbreviations across one page', () => {
  it('explains each abbreviation once over the pieces of a page that share `explained`', () => {
    const explained = new Set(['t-u']);
    const rehype: Pluggable[] = [[rehypeAbbreviations, { abbreviations: ABBREVIATIONS, base: '/', explained }]];
    expect(run('Nghị quyết T.Ư 4 và TCCS.', [], rehype)).toBe(
      '<p>Nghị quyết T.Ư 4 và <a class="abbr" href="/thuat-ngu/#tccs" data-tip="tổ chức cơ sở đảng"><abbr title="tổ chức cơ sở đảng">TCCS</abbr></a>.</p>',
    );
    expect(explained).toEqual(new Set(['t-u', 'tccs']));
    expect(run('Lại TCCS.', [], rehype)).toBe('<p>Lại TCCS.</p>');
  });
});
