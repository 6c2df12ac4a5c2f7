/**
 * `npm run dev -- --port N --host H`: the server listens where it is told, and a document added
 * (then renamed) while it runs relinks the pages that cite it, without a restart. Runs the real
 * dev server on a copy of the project, with its own Astro cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// Its own port, next to the e2e ports (docs/testing.md), so runs side by side never collide.
const PORT = Number(process.env.E2E_PORT ?? 4321) + 7;
const HOST = '127.0.0.1';
let copy: string;
let server: ChildProcess | undefined;
let log = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'so-tay-dev-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(copy, item), { recursive: true });
  }
  linkNodeModules(ROOT, copy);
  // An MDX page citing the document too: MDX bodies are compiled by Astro, not by the loader.
  const md = join(copy, 'content', 'chu-de', 'dan-van.md');
  const front = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(md, 'utf8'))![0];
  rmSync(md);
  writeFileSync(join(copy, 'content', 'chu-de', 'dan-van.mdx'), `${front}\nTheo Nghị quyết Đại hội XIII của Đảng, tổng là {40 + 2}.\n`);
});
afterAll(() => {
  if (server?.pid) process.kill(server.pid);
  rmSync(copy, { recursive: true, force: true });
});

const PAGE = `http://${HOST}:${PORT}/dai-hoi/dang-bo-khoi-tw-2020-2025/`;
const MDX_PAGE = `http://${HOST}:${PORT}/chu-de/dan-van/`;
const CITING = /<a href="\/van-ban\/([a-z0-9-]+)\/"[^>]*>Nghị quyết Đại hội XIII của Đảng<\/a>/;

async function page(url = PAGE): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (response.ok) return await response.text();
    log += `\n(HTTP ${response.status})\n`;
    return undefined;
  } catch (error) {
    log += `\n(${String(error)}: ${String((error as { cause?: unknown }).cause)})\n`;
    return undefined;
  }
}

/** Polls the page until `check` holds; the dev server reloads a collection shortly after a change. */
async function until(check: (html: string) => boolean, what: string, ms = 90_000, url = PAGE): Promise<string> {
  const end = Date.now() + ms;
  let last: string | undefined;
  while (Date.now() < end) {
    last = await page(url);
    if (last !== undefined && check(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: không thấy sau ${ms} ms\n${log.slice(-3000)}`);
}

// A test-only document (never real content) whose informal name the congress page's body uses.
const DOC = `---
kind: Nghị quyết
issuer: Đại hội đại biểu toàn quốc của Đảng
term: XIII
informalNames:
  - "Nghị quyết Đại hội XIII của Đảng"
sources:
  - tra-cuu-van-ban-cong-khai
---

Văn bản dùng cho kiểm thử.
`;

it('honours --port and --host, and relinks citations when a document is added, then renamed, without a restart; a mistake is told in Vietnamese', { timeout: 400_000 }, async () => {
  // As an editor starts it: not with Vitest's NODE_ENV=test, under which Astro's dev server answers 404 to every page.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  server = spawn(process.execPath, ['scripts/dev.ts', '--port', String(PORT), '--host', HOST], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  const first = await until(() => true, 'trang đại hội', 180_000);
  expect(log).toContain(`http://${HOST}:${PORT}/`);
  expect(first).not.toMatch(CITING);
  expect(await until((html) => html.includes('tổng là 42'), 'trang MDX', 90_000, MDX_PAGE)).not.toMatch(CITING);

  writeFileSync(join(copy, 'content/van-ban/nq-dai-hoi-xiii.md'), DOC);
  await until((html) => CITING.exec(html)?.[1] === 'nq-dai-hoi-xiii', 'liên kết tới văn bản mới');
  await until((html) => CITING.exec(html)?.[1] === 'nq-dai-hoi-xiii', 'liên kết tới văn bản mới, trang MDX', 90_000, MDX_PAGE);

  renameSync(join(copy, 'content/van-ban/nq-dai-hoi-xiii.md'), join(copy, 'content/van-ban/nq-dh-xiii.md'));
  await until((html) => CITING.exec(html)?.[1] === 'nq-dh-xiii', 'liên kết theo tên mới');
  await until((html) => CITING.exec(html)?.[1] === 'nq-dh-xiii', 'liên kết theo tên mới, trang MDX', 90_000, MDX_PAGE);

  // A mistake while the server runs: the editor's Vietnamese message, with the line, and the page keeps working.
  writeFileSync(join(copy, 'content/van-ban/nq-dh-xiii.md'), DOC.replace('term: XIII', 'term: 13'));
  const end = Date.now() + 60_000;
  while (!log.includes('content/van-ban/nq-dh-xiii.md:4:1  trường "term"') && Date.now() < end) await new Promise((r) => setTimeout(r, 500));
  expect(log).toContain('content/van-ban/nq-dh-xiii.md:4:1  trường "term"');
  expect(log).toContain('trang đang xem giữ bản trước');
  expect(await page()).toMatch(CITING);
});
