/**
 * Citations end to end without Astro: the plugin under a sub-path base, the real
 * knowledge base loaded the way the build loads it, where each citation is recorded
 * (page + anchor, file + line), the editors' report and the `cite` CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { citeDocuments } from '../../src/citations/documents.ts';
import { readContent } from '../../src/content/read.ts';
import { makeReport, writeReport, REPORT_FILE } from '../../src/citations/report.ts';
import { buildCitationIndex } from '../../src/citations/resolve.ts';
import { scanContent, scanMarkdownFile, storedCitations, type ContentOccurrence } from '../../src/citations/scan.ts';
import remarkCiteDocuments from '../../src/markdown/remark-cite-documents.ts';
import { DOCUMENTS } from './fixtures/citation-documents.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('remark-cite-documents under a sub-path base', () => {
  it('links carry the base', () => {
    const html = String(
      unified().use(remarkParse).use(remarkCiteDocuments, { documents: DOCUMENTS, base: '/kb/' }).use(remarkRehype).use(rehypeStringify)
        .processSync('Theo Chỉ thị số 05-CT/TW ngày 15/5/2016.'),
    );
    expect(html).toContain('<a href="/kb/van-ban/05-ct-tw-2016/"');
  });
});

describe('the knowledge base as the build loads it', () => {
  const entries = readContent(ROOT);
  const documents = citeDocuments(entries);

  it('reads every document of content/van-ban with ISO dates and informal names', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    const nq12 = documents.find((d) => d.id === '12-nq-tw-2012');
    expect(nq12).toMatchObject({ symbol: '12-NQ/TW', kind: 'Nghị quyết', term: 'XI', date: '2012-01-16' });
    expect(nq12?.informalNames).toContain('Nghị quyết T.Ư 4 (khóa XI)');
  });

  it('records a lesson citation at the lesson id and the file line it is written on', () => {
    const file = 'content/bai-hoc/dang-bo-khoi-tw-17-nam.md';
    const source = readFileSync(join(ROOT, file), 'utf8');
    const found = scanMarkdownFile(source, buildCitationIndex(documents)).filter((o) => o.anchor === 'tw-2024-3');
    expect(found.map((o) => o.doc?.id)).toEqual(['12-nq-tw-2012', '04-nq-tw-2016', '21-kl-tw-2021', '03-ct-tw-2011', '05-ct-tw-2016', '01-kl-tw-2021']);
    const lines = source.split('\n');
    for (const o of found) expect(lines[o.line - 1]!.slice(o.column - 1)).toMatch(new RegExp(`^${o.citation.text.replace(/[()]/g, '\\$&')}`));
  });

  it('records a body citation under the nearest heading id', () => {
    const { occurrences } = scanContent(entries);
    const atHeading = occurrences.find((o) => o.file === 'content/bai-hoc/dang-bo-khoi-tw-2010-2015.md' && o.anchor === 'boi-canh');
    expect(atHeading).toMatchObject({ collection: 'bai-hoc', id: 'dang-bo-khoi-tw-2010-2015', doc: { id: '12-nq-tw-2012' } });
    const lines = readFileSync(join(ROOT, atHeading!.file), 'utf8').split('\n');
    expect(lines[atHeading!.line - 1]!.slice(atHeading!.column - 1)).toMatch(/^Nghị quyết T\.Ư 4 \(khóa XI\)/);
  });

  it('writes a report of the unresolved ones with file, line, text and reason', () => {
    // As the build stores them: each file's citations with its entry, files in content order.
    const byFile = new Map<string, ContentOccurrence[]>();
    for (const o of scanContent(entries).occurrences) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
    const report = makeReport([...byFile].map(([file, found]) => ({ file, citations: storedCitations(found[0]!.pageLabel, found) })));
    expect(report.total).toBeGreaterThan(report.resolved);
    const bare = report.unresolved.find((u) => u.text === '47-QĐ/TW');
    expect(bare).toMatchObject({ file: 'content/nguon/tra-cuu-van-ban-cong-khai.md', reason: expect.stringMatching(/Quyết định hoặc Quy định/) });
    expect(bare!.line).toBeGreaterThan(1);
    const dir = mkdtempSync(join(tmpdir(), 'cite-report-'));
    expect(writeReport(dir, report)).toMatch(new RegExp(`${report.unresolved.length} chưa liên kết được .*${REPORT_FILE}`));
    expect(JSON.parse(readFileSync(join(dir, REPORT_FILE), 'utf8'))).toEqual(report);
  });
});

describe('npm run --silent cite', () => {
  function cite(name: string, text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'cite-cli-'));
    const file = join(dir, name);
    writeFileSync(file, text);
    const run = spawnSync('npm', ['run', '--silent', 'cite', '--', file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>[];
  }

  it('prints only a JSON array, one object per citation in order, with the fields of the issue', () => {
    const out = cite(
      'bai.txt',
      'Ngày 11/4/2007, Bộ Chính trị ban hành Quyết định số 47-QĐ/TW.\nThực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII và Nghị quyết 01.',
    );
    expect(out).toEqual([
      { text: 'Quyết định số 47-QĐ/TW', line: 1, column: 39, kind: 'Quyết định', number: '47', symbol: '47-QĐ/TW', issuer: 'Bộ Chính trị', term: null, date: null, resolved: { id: '47-qd-tw-2007', symbol: '47-QĐ/TW', url: '/van-ban/47-qd-tw-2007/', collection: 'van-ban' }, reason: null },
      { text: 'Nghị quyết Trung ương 4 khóa XI', line: 2, column: 11, kind: 'Nghị quyết', number: null, symbol: null, issuer: 'Trung ương', term: 'XI', date: null, resolved: { id: '12-nq-tw-2012', symbol: '12-NQ/TW', url: '/van-ban/12-nq-tw-2012/', collection: 'van-ban' }, reason: null },
      { text: 'khóa XII', line: 2, column: 44, kind: 'Nghị quyết', number: null, symbol: null, issuer: 'Trung ương', term: 'XII', date: null, resolved: { id: '04-nq-tw-2016', symbol: '04-NQ/TW', url: '/van-ban/04-nq-tw-2016/', collection: 'van-ban' }, reason: null },
      { text: 'Nghị quyết 01', line: 2, column: 56, kind: 'Nghị quyết', number: '01', symbol: null, issuer: null, term: null, date: null, resolved: null, reason: expect.stringMatching(/không có Nghị quyết số 01/) },
    ]);
  });

  it('reads Markdown: lesson text in frontmatter and the body, with file lines', () => {
    const out = cite('bai.md', '---\ntitle: Thử\nlessons:\n  - id: a-1\n    title: Một\n    text: Theo Chỉ thị 05 của Bộ Chính trị.\n---\n\n## Mục\n\nVà `05-CT/TW` trong mã, còn Kết luận số 01-KL/TW thì không.\n');
    expect(out.map((o) => [o.text, o.line, o.column, (o.resolved as { id: string } | null)?.id])).toEqual([
      ['Chỉ thị 05 của Bộ Chính trị', 6, 16, '05-ct-tw-2016'],
      ['Kết luận số 01-KL/TW', 11, 29, '01-kl-tw-2021'],
    ]);
  });
});
