/**
 * The page reader (src/build/read-pages.ts) reads pages while Astro is still writing others.
 * Whatever it saw on the way (half-written pages, a page written again after it was read, links
 * to pages that come later), its answer must be that of reading the finished output once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ASTRO_DONE, type ReadPagesResult } from '../../src/build/build-messages.ts';
import { checkBuiltLinksWhileWriting } from '../../src/build/check-links.ts';
import { forkHelper } from '../../src/build/fork-result.ts';
import { countVocabulary, indexedTexts } from '../../src/search/build/vocabulary.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const page = (body: string) => `<!doctype html><html lang="vi"><body><main data-pagefind-body>${body}</main></body></html>\n`;

function write(out: string, path: string, html: string) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), html);
}

/** What reading the finished output once gives. */
function readOnce(out: string): ReadPagesResult {
  return { vocabulary: countVocabulary(indexedTexts(out)), links: checkBuiltLinksWhileWriting(out, '/', ['pagefind']) };
}

describe('the page reader', () => {
  it('answers, once Astro is done, what reading the finished pages once gives', async () => {
    const out = mkdtempSync(join(tmpdir(), 'so-tay-reader-'));
    dirs.push(out);
    const reader = forkHelper<ReadPagesResult>(new URL('../../src/build/read-pages.ts', import.meta.url), [out, '/'], process.cwd(), 'tiến trình đọc trang');
    // A page linking to one not written yet, and to an anchor on it that it will not have.
    write(out, 'van-ban/a/index.html', page('<p>Đảng bộ đã đề ra</p><a href="/van-ban/b/">b</a><a href="/van-ban/b/#dieu-9">b9</a><a href="/van-ban/c/">gone</a>'));
    // Half a page: Astro is still writing it.
    write(out, 'van-ban/b/index.html', '<!doctype html><html lang="vi"><body><main data-pagefind-body><h2 id="dieu-1">');
    await pause(1200);
    write(out, 'van-ban/b/index.html', page('<h2 id="dieu-1">Điều 1</h2><p>đảng viên</p><a href="/pagefind/pagefind.js">js</a>'));
    await pause(1200);
    // A page read already, written again with other words.
    write(out, 'van-ban/a/index.html', page('<p>Đồng chí đọc lại</p><a href="/van-ban/b/#dieu-1">b1</a><a href="/van-ban/c/">gone</a>'));
    reader.child.send(ASTRO_DONE);
    const answer = await reader.result;
    const once = readOnce(out);
    expect(answer).toEqual(once);
    expect(answer.links.broken.map((b) => `${b.page} ${b.link}`)).toEqual(['/van-ban/a/index.html /van-ban/c/']);
    expect(answer.links.deferred.map((d) => d.link)).toEqual(['/pagefind/pagefind.js']);
    expect(answer.vocabulary.words.map(([w]) => w)).toContain('đồng');
    expect(answer.vocabulary.words.map(([w]) => w)).not.toContain('đề');
  });

  it('checks a link to a page written after it, and an anchor that page lacks', async () => {
    const out = mkdtempSync(join(tmpdir(), 'so-tay-reader-'));
    dirs.push(out);
    const reader = forkHelper<ReadPagesResult>(new URL('../../src/build/read-pages.ts', import.meta.url), [out, '/'], process.cwd(), 'tiến trình đọc trang');
    write(out, 'bai-hoc/x/index.html', page('<a href="/bai-hoc/y/#bh-2">y</a><a href="/bai-hoc/y/#bh-9">y9</a><a href="#tren">up</a><h2 id="tren">x</h2>'));
    await pause(1200);
    write(out, 'bai-hoc/y/index.html', page('<h3 id="bh-2">Bài học 2</h3>'));
    reader.child.send(ASTRO_DONE);
    const answer = await reader.result;
    expect(answer.links.broken.map((b) => `${b.page} ${b.link} ${b.reason}`)).toEqual(['/bai-hoc/x/index.html /bai-hoc/y/#bh-9 trỏ tới neo #bh-9 không có trên trang đích']);
    expect(answer).toEqual(readOnce(out));
  });
});
