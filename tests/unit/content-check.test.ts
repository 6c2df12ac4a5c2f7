/**
 * Every rule of the content checker, on a small valid knowledge base written to a temp
 * folder and then broken one way at a time. Each rejection must name the file, the line,
 * the field, what was expected, what was found and how to fix it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentProblem } from '../../src/content/check/index.ts';

const VALID: Record<string, string> = {
  'content/nguon/bao-a.md': `---
title: Bài phỏng vấn A
publication: Báo A
kind: phỏng vấn
date: 2020-08-20
---
Nội dung.
`,
  'content/chu-de/chat-luong-chi-bo.md': `---
title: Chất lượng chi bộ
description: Nâng cao chất lượng sinh hoạt chi bộ.
---
`,
  'content/to-chuc/dang-bo-a.md': `---
name: Đảng bộ A
level: Đảng bộ khối
sources: [bao-a]
---
`,
  'content/van-ban/12-nq-tw-2012.md': `---
symbol: 12-NQ/TW
kind: Nghị quyết
issuer: Ban Chấp hành Trung ương
term: XI
date: 2012-01-16
sources: [bao-a]
---
`,
  'content/bai-hoc/bo-a.md': `---
title: Bộ bài học A
organization: dang-bo-a
sources: [bao-a]
lessons:
  - id: a-1
    title: Đoàn kết
    text: Giữ đoàn kết.
    topics: [chat-luong-chi-bo]
  - id: a-2
    title: Kiểm tra
    text: Tăng cường kiểm tra.
---
`,
  'content/thuat-ngu.yaml': `- id: t-u
  term: T.Ư
  variants: [TƯ, TW]
  expansion: Trung ương
`,
};

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(changes: Record<string, string | null> = {}): string {
  root = mkdtempSync(join(tmpdir(), 'so-tay-content-'));
  const files = { ...VALID, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function only(problems: ContentProblem[]): ContentProblem {
  expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
  return problems[0]!;
}

describe('content checker', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(project())).toEqual([]);
  });

  it('rejects a missing required field, naming file, line and field', () => {
    const p = only(
      checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': VALID['content/van-ban/12-nq-tw-2012.md']!.replace('issuer: Ban Chấp hành Trung ương\n', '') })),
    );
    expect(p.file).toBe('content/van-ban/12-nq-tw-2012.md');
    expect(p.field).toBe('issuer');
    expect(p.found).toMatch(/thiếu/);
    expect(p.fix).toMatch(/thêm dòng "issuer: …"/);
    // Where it belongs: the frontmatter's closing line (line 7 of the shortened file), not line 2.
    expect(p.line).toBe(7);
  });

  it('rejects an impossible date with its line', () => {
    const p = only(checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': VALID['content/van-ban/12-nq-tw-2012.md']!.replace('date: 2012-01-16', 'date: "2012-02-30"') })));
    expect(p.field).toBe('date');
    expect(p.line).toBe(6);
    expect(p.expected).toMatch(/YYYY-MM-DD/);
    expect(p.found).toContain('2012-02-30');
  });

  it('accepts a legal status with effective and expiry dates and the replacing document', () => {
    const replaced = VALID['content/van-ban/12-nq-tw-2012.md']!.replace('date: 2012-01-16', 'date: 2012-01-16\nstatus: được thay thế\neffective: 2012-01-16\nexpires: 2016-10-30\nreplacedBy: 04-nq-tw-2016');
    const replacing = VALID['content/van-ban/12-nq-tw-2012.md']!.replace('12-NQ/TW', '04-NQ/TW').replace('date: 2012-01-16', 'date: 2016-10-30\nreplaces: [12-nq-tw-2012]');
    expect(checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': replaced, 'content/van-ban/04-nq-tw-2016.md': replacing })).map(formatProblem)).toEqual([]);
  });

  it('rejects an expiry before the effective date', () => {
    const doc = VALID['content/van-ban/12-nq-tw-2012.md']!.replace('date: 2012-01-16', 'date: 2012-01-16\neffective: 2012-02-01\nexpires: 2012-01-20');
    const p = only(checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': doc })));
    expect(p.field).toBe('expires');
    expect(p.line).toBe(8);
    expect(p.found).toContain('20/01/2012');
  });

  it('rejects a replacing document that does not exist', () => {
    const missing = only(checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': VALID['content/van-ban/12-nq-tw-2012.md']!.replace('date: 2012-01-16', 'date: 2012-01-16\nreplacedBy: 99-nq-tw-2099') })));
    expect(missing.field).toBe('replacedBy');
    expect(missing.found).toContain('99-nq-tw-2099');
  });

  it('rejects an unknown kind and lists the allowed ones', () => {
    const p = only(checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': VALID['content/van-ban/12-nq-tw-2012.md']!.replace('kind: Nghị quyết', 'kind: Nghi quyet') })));
    expect(p.field).toBe('kind');
    expect(p.line).toBe(3);
    expect(p.expected).toContain('"Nghị quyết"');
  });

  it('rejects an unknown field', () => {
    const p = only(checkContent(project({ 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('kind:', 'tac_gia: X\nkind:') })));
    expect(p.field).toBe('tac_gia');
    expect(p.line).toBe(4);
    expect(p.fix).toMatch(/xóa hoặc đổi tên/);
  });

  it('rejects a reference to a missing entry, with the line of the reference', () => {
    const p = only(
      checkContent(project({ 'content/bai-hoc/bo-a.md': VALID['content/bai-hoc/bo-a.md']!.replace('topics: [chat-luong-chi-bo]', 'topics: [chat-luong]') })),
    );
    expect(p.file).toBe('content/bai-hoc/bo-a.md');
    expect(p.field).toBe('lessons[0].topics[0]');
    expect(p.line).toBe(9);
    expect(p.found).toContain('"chat-luong"');
    expect(p.fix).toContain('"chat-luong-chi-bo"');
  });

  it('rejects the same document identity twice (symbol + date), even spelled T.Ư', () => {
    const twin = VALID['content/van-ban/12-nq-tw-2012.md']!.replace('12-NQ/TW', '12-NQ/T.Ư');
    const p = only(checkContent(project({ 'content/van-ban/zz-ban-sao.md': twin })));
    expect(p.field).toBe('symbol');
    expect(p.found).toContain('content/van-ban/12-nq-tw-2012.md');
    expect(p.fix).toMatch(/gộp hai tệp/);
  });

  it('accepts the same symbol in two terms (Party numbers restart every term)', () => {
    const other = VALID['content/van-ban/12-nq-tw-2012.md']!.replace('term: XI', 'term: XIII').replace('2012-01-16', '2022-01-16');
    expect(checkContent(project({ 'content/van-ban/12-nq-tw-2022.md': other }))).toEqual([]);
  });

  it('rejects a lesson ID used twice anywhere', () => {
    const second = VALID['content/bai-hoc/bo-a.md']!.replace('id: a-1', 'id: b-1').replace('id: a-2', 'id: a-1');
    const p = only(checkContent(project({ 'content/bai-hoc/bo-b.md': second })));
    expect(p.file).toBe('content/bai-hoc/bo-b.md');
    expect(p.field).toBe('lessons[1].id');
    expect(p.found).toMatch(/content\/bai-hoc\/bo-a\.md:6/);
  });

  it('rejects a lesson ID that is not a slug', () => {
    const p = only(checkContent(project({ 'content/bai-hoc/bo-a.md': VALID['content/bai-hoc/bo-a.md']!.replace('id: a-2', 'id: Bài 2') })));
    expect(p.field).toBe('lessons[1].id');
    expect(p.line).toBe(10);
  });

  it('rejects two files that fold to the same slug', () => {
    const p = only(checkContent(project({ 'content/chu-de/Chất lượng chi bộ.md': VALID['content/chu-de/chat-luong-chi-bo.md']! })));
    expect(p.field).toBe('(tên tệp)');
    expect(p.found).toContain('chat-luong-chi-bo');
    expect(p.fix).toMatch(/đổi tên/);
  });

  it('rejects a former slug that is a live page', () => {
    const p = only(
      checkContent(project({ 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('kind:', 'formerSlugs: [bao-b]\nkind:'), 'content/nguon/bao-b.md': VALID['content/nguon/bao-a.md']! })),
    );
    expect(p.field).toBe('formerSlugs[0]');
    expect(p.found).toContain('content/nguon/bao-b.md');
  });

  it('rejects a former slug claimed by two entries, since one address can redirect to one page only', () => {
    const renamed = (id: string) => VALID['content/nguon/bao-a.md']!.replace('kind:', `formerSlugs: [bao-cu]\nkind:`).replace('Báo A', `Báo ${id}`);
    const p = only(checkContent(project({ 'content/nguon/bao-a.md': renamed('A'), 'content/nguon/bao-b.md': renamed('B') })));
    expect(p.file).toBe('content/nguon/bao-b.md');
    expect(p.field).toBe('formerSlugs[0]');
    expect(p.line).toBe(4);
    expect(p.found).toContain('content/nguon/bao-a.md');
  });

  it('accepts a former slug that no page uses', () => {
    const renamed = VALID['content/chu-de/chat-luong-chi-bo.md']!.replace('title:', 'formerSlugs:\n  - chat-luong-sinh-hoat-chi-bo\ntitle:');
    expect(checkContent(project({ 'content/chu-de/chat-luong-chi-bo.md': renamed }))).toEqual([]);
  });

  it('reports broken YAML with its line', () => {
    const p = only(checkContent(project({ 'content/nguon/bao-a.md': '---\ntitle: "không đóng ngoặc\npublication: Báo A\n---\n' })));
    expect(p.field).toBe('(frontmatter)');
    expect(p.line).toBeGreaterThanOrEqual(2);
  });

  it('checks glossary entries too', () => {
    const p = only(checkContent(project({ 'content/thuat-ngu.yaml': VALID['content/thuat-ngu.yaml']! + '- id: t-u\n  term: TW\n  expansion: Trung ương\n' })));
    expect(p.file).toBe('content/thuat-ngu.yaml');
    expect(p.field).toBe('id');
    expect(p.line).toBe(5);
  });

  it('formats a problem with file:line, field, expected, found and fix', () => {
    const text = formatProblem({ file: 'content/x.md', line: 3, field: 'date', expected: 'a', found: 'b', fix: 'c' });
    expect(text).toBe('content/x.md:3:1  trường "date"\n    cần: a\n    thấy: b\n    sửa: c');
    expect(formatProblem({ file: 'content/x.md', line: 3, column: 7, field: 'date', expected: 'a', found: 'b', fix: 'c' })).toMatch(/^content\/x\.md:3:7 /);
  });
});

/** zod's and the YAML library's English, which an editor must never see. */
const ENGLISH = /Invalid|expected|received|Too (small|big)|Unrecognized|Missing closing|mapping|must be|Implicit|Unexpected|Sequence/;

function messageOf(p: ContentProblem): string {
  return [p.expected, p.found, p.fix].join('\n');
}

const DOC = VALID['content/van-ban/12-nq-tw-2012.md']!;
const doc = (change: (text: string) => string) => checkContent(project({ 'content/van-ban/12-nq-tw-2012.md': change(DOC) }));

describe('messages an editor can act on', () => {
  it('a number where a Roman numeral belongs: says "một số La Mã, ví dụ XI" and what was found', () => {
    const p = only(doc((t) => t.replace('term: XI', 'term: 12')));
    expect(p.field).toBe('term');
    expect(p.line).toBe(5);
    expect(p.column).toBe(1);
    expect(p.expected).toContain('một số La Mã in hoa, ví dụ XI');
    expect(p.found).toBe('12 (một số nguyên)');
    expect(messageOf(p)).not.toMatch(ENGLISH);
  });

  it('translates every kind of zod issue the model can raise', () => {
    const cases: [string, Record<string, string>][] = [
      ['invalid_type (list)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('sources: [bao-a]', 'sources: bao-a\ninformalNames: 5') }],
      ['too_small (empty text)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('issuer: Ban Chấp hành Trung ương', 'issuer: ""') }],
      ['too_small (empty list)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('sources: [bao-a]', 'sources: []') }],
      ['too_small / too_big (number)', { 'content/chu-de-nam/a.md': '---\nyear: 1800\norganization: dang-bo-a\ntheme: A\nfocusLabel: B\nfocuses: [C]\nsources: [bao-a]\n---\n' }],
      ['invalid_format (url)', { 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('kind:', 'url: nhandan.vn/bai\nkind:') }],
      ['invalid_format (regex)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('term: XI', 'term: xi') }],
      ['invalid_value', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('kind: Nghị quyết', 'kind: nghị quyết') }],
      ['invalid_union (date)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('date: 2012-01-16', 'date: [2012]') }],
      ['unrecognized_keys (nested)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('sources:', 'confidence:\n  ngay: cao\nsources:') }],
      ['custom (refine)', { 'content/to-chuc/dang-bo-a.md': VALID['content/to-chuc/dang-bo-a.md']!.replace('sources:', 'figures:\n  - label: đảng viên\n    value: 10\n    source: bao-a\nsources:') }],
      ['invalid_type (integer)', { 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('kind:', 'year: 2020.5\nkind:') }],
      ['invalid_type (null)', { 'content/van-ban/12-nq-tw-2012.md': DOC.replace('issuer: Ban Chấp hành Trung ương', 'issuer:') }],
    ];
    for (const [name, files] of cases) {
      const problems = checkContent(project(files));
      expect(problems.length, name).toBeGreaterThan(0);
      for (const p of problems) {
        expect(messageOf(p), `${name}: ${formatProblem(p)}`).not.toMatch(ENGLISH);
        expect(p.line, name).toBeGreaterThan(1);
        expect(p.fix.length, name).toBeGreaterThan(10);
      }
      rmSync(root!, { recursive: true, force: true });
      root = undefined;
    }
  });

  it('a mis-indented line is reported at that line, not the one above', () => {
    const broken = VALID['content/bai-hoc/bo-a.md']!.replace('    text: Giữ đoàn kết.', '        text: Giữ đoàn kết.');
    const p = only(checkContent(project({ 'content/bai-hoc/bo-a.md': broken })));
    expect(p.line).toBe(broken.split('\n').findIndex((l) => l.includes('Giữ đoàn kết')) + 1);
    expect(p.field).toBe('(frontmatter)');
    expect(messageOf(p)).not.toMatch(ENGLISH);
    expect(p.fix).toMatch(/cùng cột/);
  });

  it('an unclosed quote is reported at the line that opens it, in Vietnamese', () => {
    const p = only(checkContent(project({ 'content/nguon/bao-a.md': '---\ntitle: "Về công tác\npublication: Báo A\nkind: phỏng vấn\n---\n' })));
    expect(p.line).toBe(2);
    expect(p.column).toBe(8);
    expect(p.found).toMatch(/ngoặc kép/);
    expect(messageOf(p)).not.toMatch(ENGLISH);
  });

  it('a colon inside a value (a nested mapping) is explained with the fix: quote the value', () => {
    const p = only(checkContent(project({ 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('title: Bài phỏng vấn A', 'title: Bài A: phỏng vấn') })));
    expect(p.line).toBe(2);
    expect(p.fix).toMatch(/ngoặc kép/);
    expect(messageOf(p)).not.toMatch(ENGLISH);
  });

  it('a missing field of a glossary entry is pointed at the entry, a missing field of a file at its closing ---', () => {
    const glossary = only(checkContent(project({ 'content/thuat-ngu.yaml': `${VALID['content/thuat-ngu.yaml']!}- id: t-w\n  term: TW\n` })));
    expect(glossary.field).toBe('expansion');
    expect(glossary.line).toBe(5);
    const source = only(checkContent(project({ 'content/nguon/bao-a.md': VALID['content/nguon/bao-a.md']!.replace('publication: Báo A\n', '') })));
    expect(source.field).toBe('publication');
    expect(source.line).toBe(5);
  });

  it('an MDX body with a stray < or an unclosed { names the line and column and says how to write the character', () => {
    const lt = only(checkContent(project({ 'content/chu-de/x.mdx': '---\ntitle: X\ndescription: Y.\n---\n\nTỷ lệ <3 phần trăm.\n' })));
    expect([lt.file, lt.line, lt.column]).toEqual(['content/chu-de/x.mdx', 6, 8]);
    expect(lt.fix).toContain('&lt;');
    const brace = only(checkContent(project({ 'content/chu-de/x.mdx': '---\ntitle: X\ndescription: Y.\n---\n\nMột {dấu ngoặc\n' })));
    expect(brace.line).toBe(6);
    expect(brace.fix).toContain('\\{');
    expect(checkContent(project({ 'content/chu-de/x.mdx': '---\ntitle: X\ndescription: Y.\n---\n\n<div>\n\nĐúng.\n\n</div>\n' }))).toEqual([]);
  });
});

const DOCS = {
  'content/van-ban/a-2010.md': '---\nkind: Nghị quyết\nissuer: Bộ Chính trị\ndate: 2010-01-01\nsources: [bao-a]\n---\n',
  'content/van-ban/b-2012.md': '---\nkind: Chỉ thị\nissuer: Bộ Chính trị\ndate: 2012-01-01\nimplements: [a-2010]\nsources: [bao-a]\n---\n',
};

describe('relations between documents', () => {
  it('accepts a document implementing an earlier one', () => {
    expect(checkContent(project(DOCS))).toEqual([]);
  });

  for (const field of ['implements', 'replaces', 'guides']) {
    it(`rejects a document that ${field} itself`, () => {
      const p = only(checkContent(project({ ...DOCS, 'content/van-ban/a-2010.md': DOCS['content/van-ban/a-2010.md'].replace('sources:', `${field}: [a-2010]\nsources:`) })));
      expect(p.file).toBe('content/van-ban/a-2010.md');
      expect(p.field).toBe(`${field}[0]`);
      expect(p.line).toBe(5);
      expect(p.found).toContain('chính văn bản này');
    });
  }

  it('rejects a replaces cycle, once, naming the loop', () => {
    const p = only(
      checkContent(
        project({
          ...DOCS,
          'content/van-ban/a-2010.md': DOCS['content/van-ban/a-2010.md'].replace('sources:', 'replaces: [b-2012]\nsources:'),
          'content/van-ban/b-2012.md': DOCS['content/van-ban/b-2012.md'].replace('sources:', 'replaces: [a-2010]\nsources:'),
        }),
      ),
    );
    expect(p.found).toMatch(/vòng thay thế: (a-2010 → b-2012 → a-2010|b-2012 → a-2010 → b-2012)/);
  });

  it('flags an implements that points to a document issued later', () => {
    const p = only(checkContent(project({ ...DOCS, 'content/van-ban/b-2012.md': DOCS['content/van-ban/b-2012.md'].replace('2012-01-01', '2009-05-01') })));
    expect(p.file).toBe('content/van-ban/b-2012.md');
    expect(p.field).toBe('implements[0]');
    expect(p.found).toContain('01/01/2010');
  });
});
