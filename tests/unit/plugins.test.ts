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

const plugins: Record<string, { remark: Pluggable[]; rehype: Pluggable[] }> = {
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
