/**
 * `npm run new -- <collection> --flags` on a small knowledge base in a temp folder: the file it
 * writes is at the path the id rule gives and passes the content check; a duplicate identity is
 * refused with the existing file named; a lesson set gets the next free lesson IDs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content/check/index.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'new.ts');
const BASE: Record<string, string> = {
  'content/nguon/bao-a-2020-nguyen-van-a.md': '---\ntitle: Bài A\npublication: Báo A\nkind: phỏng vấn\ndate: 2020-08-20\nurl: https://bao-a.example/bai-a\n---\n',
  'content/to-chuc/dang-bo-a.md': '---\nname: Đảng bộ A\nlevel: Đảng bộ khối\nsources: [bao-a-2020-nguyen-van-a]\n---\n',
  'content/bai-hoc/bo-cu.md': '---\ntitle: Bộ cũ\norganization: dang-bo-a\nsources: [bao-a-2020-nguyen-van-a]\nlessons:\n  - id: a-2020-1\n    title: T\n    text: X.\n  - id: a-2020-3\n    title: T\n    text: X.\n---\n',
  'content/van-ban/12-nq-tw-2012.md': '---\nsymbol: 12-NQ/TW\nkind: Nghị quyết\nissuer: Ban Chấp hành Trung ương\nterm: XI\ndate: 2012-01-16\nsources: [bao-a-2020-nguyen-van-a]\n---\n',
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'so-tay-new-'));
  for (const [path, text] of Object.entries(BASE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const files = (collection: string) => (existsSync(join(root, 'content', collection)) ? readdirSync(join(root, 'content', collection)).sort() : []);
const SRC = ['--source', 'bao-a-2020-nguyen-van-a'];
/** The check's problems except the placeholders the scaffold leaves for the editor (tested on their own below). */
const unfilled = (dir: string) => checkContent(dir).filter((p) => !p.found.includes('(cần điền: '));

describe('npm run new', { timeout: 120_000 }, () => {
  it('van-ban: writes content/van-ban/<symbol>-<year>.md, valid, and says what to fill in next', () => {
    const { status, output } = run('van-ban', '--symbol', '99-NQ/TW', '--kind', 'Nghị quyết', '--issuer', 'Bộ Chính trị', '--term', 'XII', '--date', '2020-02-03', '--subject', 'Về một việc', ...SRC);
    expect(status, output).toBe(0);
    expect(output).toContain('Đã tạo content/van-ban/99-nq-tw-2020.md');
    expect(output).toContain('informalNames');
    const text = readFileSync(join(root, 'content/van-ban/99-nq-tw-2020.md'), 'utf8');
    expect(text).toMatch(/^---\nsymbol: 99-NQ\/TW\nkind: Nghị quyết\nissuer: Bộ Chính trị\nterm: XII\ndate: 2020-02-03\n/);
    expect(unfilled(root), formatProblems(unfilled(root))).toEqual([]);
  });

  it('refuses a document that already exists (same symbol and date, another file name) and names the file', () => {
    const { status, output } = run('van-ban', '--symbol', '12-NQ/T.Ư', '--kind', 'Nghị quyết', '--issuer', 'Ban Chấp hành Trung ương', '--date', '2012-01-16', '--id', 'ban-khac', ...SRC);
    expect(status).toBe(1);
    expect(output).toContain('đã có ở content/van-ban/12-nq-tw-2012.md');
    expect(output).toContain('16/01/2012');
    expect(files('van-ban')).toEqual(['12-nq-tw-2012.md']);
  });

  it('refuses a value the schema rejects, with the Vietnamese message, and keeps no file', () => {
    const { status, output } = run('van-ban', '--symbol', '98-NQ/TW', '--kind', 'Nghị quyết', '--issuer', 'Bộ Chính trị', '--term', '12', '--date', '2020-02-03', ...SRC);
    expect(status).toBe(1);
    expect(output).toContain('content/van-ban/98-nq-tw-2020.md:5:1  trường "term"');
    expect(output).toContain('số La Mã');
    expect(files('van-ban')).toEqual(['12-nq-tw-2012.md']);
  });

  it('names the missing flags in Vietnamese when run without a terminal', () => {
    const { status, output } = run('van-ban', '--symbol', '97-NQ/TW');
    expect(status).toBe(1);
    expect(output).toContain('thiếu --kind');
    expect(output).toContain('thiếu --issuer');
    expect(output).toContain('thiếu --source');
    expect(files('van-ban')).toEqual(['12-nq-tw-2012.md']);
  });

  it('bai-hoc: gives the next free lesson IDs, skipping those used anywhere', () => {
    const { status, output } = run('bai-hoc', '--title', 'Bộ mới', '--organization', 'dang-bo-a', '--period', '2020–2025', '--lessons', '3', '--prefix', 'a-2020', ...SRC);
    expect(status, output).toBe(0);
    const text = readFileSync(join(root, 'content/bai-hoc/dang-bo-a-2020-2025.md'), 'utf8');
    expect([...text.matchAll(/- id: (\S+)/g)].map((m) => m[1])).toEqual(['a-2020-2', 'a-2020-4', 'a-2020-5']);
    expect(unfilled(root)).toEqual([]);
  });

  it('a scaffolded page is refused by the build until its placeholders are filled, each named with its line', () => {
    expect(run('bai-hoc', '--title', 'Bộ mới', '--organization', 'dang-bo-a', '--lessons', '2', '--prefix', 'b-2021', ...SRC).status).toBe(0);
    const file = 'content/bai-hoc/dang-bo-a.md';
    const problems = checkContent(root).filter((p) => p.file === file);
    expect(problems.map((p) => p.field)).toEqual(['lessons[0].title', 'lessons[0].text', 'lessons[1].title', 'lessons[1].text']);
    const text = readFileSync(join(root, file), 'utf8');
    const titleLine = text.split('\n').findIndex((l) => l.includes('tên bài học 1')) + 1;
    expect(formatProblems(problems)).toContain(`${file}:${titleLine}:`);
    expect(formatProblems(problems)).toContain('thay cả chỗ “(cần điền: …)” bằng nội dung');
    writeFileSync(join(root, file), text.replace(/\(cần điền: [^)]*\)/g, 'Nội dung đã viết.'));
    expect(checkContent(root)).toEqual([]);
  });

  it('a placeholder left in the body is named with its line and column', () => {
    expect(run('nguon', '--title', 'Bài C', '--publication', 'Báo C', '--kind', 'bài viết', '--year', '2022', '--url', 'https://bao-c.example/c').status).toBe(0);
    const [problem] = checkContent(root).filter((p) => p.field === '(nội dung)');
    const text = readFileSync(join(root, problem!.file), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('ai viết, đăng ở đâu')) + 1;
    expect(problem).toMatchObject({ line, column: 1 });
  });

  it('nguon: the id from publication, year and person; a second file for the same --url is refused', () => {
    const ok = run('nguon', '--title', 'Một bài phỏng vấn', '--publication', 'Báo Đồng Nai', '--kind', 'phỏng vấn', '--date', '2021-05-04', '--interviewee', 'Trần Văn B, Bí thư', '--url', 'https://bao-b.example/bai');
    expect(ok.status, ok.output).toBe(0);
    expect(files('nguon')).toContain('bao-dong-nai-2021-tran-van-b.md');
    const twin = run('nguon', '--title', 'Bài A lần nữa', '--publication', 'Báo A', '--kind', 'bài viết', '--year', '2020', '--url', 'https://bao-a.example/bai-a');
    expect(twin.status).toBe(1);
    expect(twin.output).toContain('nguồn này đã có ở content/nguon/bao-a-2020-nguyen-van-a.md');
    expect(unfilled(root)).toEqual([]);
  });

  it('dai-hoi, chu-de-nam, to-chuc, chu-de: each writes a valid file at its path; the same path twice is refused', () => {
    const cases: [string, string[], string][] = [
      ['dai-hoi', ['--title', 'Đại hội A', '--organization', 'dang-bo-a', '--period', '2020–2025', '--ordinal', 'VIII', ...SRC], 'content/dai-hoi/dang-bo-a-2020-2025.md'],
      ['chu-de-nam', ['--year', '2021', '--organization', 'dang-bo-a', '--theme', 'Chủ đề A', '--focus-label', 'ba trọng tâm', '--focus', 'Một', '--focus', 'Hai', ...SRC], 'content/chu-de-nam/dang-bo-a-2021.md'],
      ['to-chuc', ['--name', 'Đảng bộ Cơ quan B', '--level', 'Đảng bộ cơ sở', '--parent', 'dang-bo-a', ...SRC], 'content/to-chuc/dang-bo-co-quan-b.md'],
      ['chu-de', ['--title', 'Công tác dân vận', '--description', 'Dân vận trong cơ quan.'], 'content/chu-de/cong-tac-dan-van.md'],
    ];
    for (const [collection, args, file] of cases) {
      const { status, output } = run(collection, ...args);
      expect(status, output).toBe(0);
      expect(existsSync(join(root, file)), file).toBe(true);
      const again = run(collection, ...args);
      expect(again.status).toBe(1);
      expect(again.output).toContain(`đã có ${file}`);
    }
    expect(unfilled(root), formatProblems(unfilled(root))).toEqual([]);
  });

  it('refuses a congress, lesson set or annual theme that already exists under another file name', () => {
    expect(run('bai-hoc', '--title', 'Bộ cũ', '--organization', 'dang-bo-a', '--lessons', '1', '--prefix', 'b', '--id', 'bo-khac', ...SRC).output).toContain('bộ bài học này đã có ở content/bai-hoc/bo-cu.md');
    expect(run('dai-hoi', '--title', 'Đại hội A', '--organization', 'dang-bo-a', '--period', '2020–2025', ...SRC).status).toBe(0);
    const twin = run('dai-hoi', '--title', 'Đại hội A lần VIII', '--organization', 'dang-bo-a', '--period', '2020–2025', '--id', 'dai-hoi-khac', ...SRC);
    expect(twin.status).toBe(1);
    expect(twin.output).toContain('đại hội này đã có ở content/dai-hoi/dang-bo-a-2020-2025.md');
    expect(files('bai-hoc')).toEqual(['bo-cu.md']);
  });
});
