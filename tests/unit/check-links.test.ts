/**
 * The post-build link checker (src/build/check-links.ts) on a tiny built site, including
 * the mode the build uses while Pagefind is still writing its bundle.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltLinks, checkBuiltLinksWhileWriting, describeBrokenLink } from '../../src/build/check-links.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'so-tay-links-'));
  mkdirSync(join(out, 'van-ban', 'a'), { recursive: true });
  mkdirSync(join(out, 'tim-kiem'), { recursive: true });
  writeFileSync(
    join(out, 'van-ban', 'a', 'index.html'),
    '<main><h2 id="noi-dung">x</h2><a href="/kb/van-ban/a/#noi-dung">ok</a><a href="/kb/van-ban/b/">gone</a><a href="/kb/van-ban/a/#khong-co">bad anchor</a><a href="/van-ban/a/">no base</a><a href="https://example.org/">out</a></main>',
  );
  writeFileSync(join(out, 'tim-kiem', 'index.html'), '<link href="/kb/pagefind/pagefind-component-ui.css"><script>const t = `<a href="/kb/${x}">`;</script>');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('checkBuiltLinks', () => {
  it('reports missing pages, missing anchors and links outside the base, and nothing else', () => {
    const problems = checkBuiltLinks(out, '/kb/').map(describeBrokenLink).sort();
    expect(problems).toEqual([
      '/tim-kiem/index.html: "/kb/pagefind/pagefind-component-ui.css" không tồn tại',
      '/van-ban/a/index.html: "/kb/van-ban/a/#khong-co" trỏ tới neo #khong-co không có trên trang đích',
      '/van-ban/a/index.html: "/kb/van-ban/b/" không tồn tại',
      '/van-ban/a/index.html: "/van-ban/a/" nằm ngoài đường dẫn gốc /kb/',
    ]);
  });

  it('while Pagefind writes its bundle, defers links into it instead of failing them', () => {
    const { broken, deferred } = checkBuiltLinksWhileWriting(out, '/kb/', ['pagefind']);
    expect(broken.map((b) => b.link).sort()).toEqual(['/kb/van-ban/a/#khong-co', '/kb/van-ban/b/', '/van-ban/a/']);
    expect(deferred.map((d) => d.target)).toEqual([join(out, 'pagefind', 'pagefind-component-ui.css')]);
  });
});
