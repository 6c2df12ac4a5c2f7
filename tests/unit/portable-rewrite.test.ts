/**
 * The portable copy's rewriting of built pages (src/release/portable/): links relative to the
 * page and ending in index.html, stylesheets' url()s, redirect pages, module scripts, the
 * policy, and the marker the search code reads.
 */
import { describe, expect, it } from 'vitest';
import { redirectHtml } from '../../src/lessons/redirect-html.ts';
import { relativeUrl, rootFrom } from '../../src/release/portable/relative-url.ts';
import { rewriteCssUrls } from '../../src/release/portable/rewrite-css.ts';
import { portablePage, portablePolicy } from '../../src/release/portable/rewrite-html.ts';
import { fileUrl } from '../../src/search/client/portable/portable-pagefind.ts';

const files = new Set(['index.html', 'van-ban/index.html', 'van-ban/05-ct-tw-2016/index.html', '_astro/a.css', '_astro/font.woff2', 'favicon.svg', 'ghi chú/index.html']);
const has = (f: string) => files.has(f);

describe('relativeUrl', () => {
  const from = 'van-ban/05-ct-tw-2016/index.html';
  it.each([
    ['/', '../../index.html'],
    ['/van-ban/', '../index.html'],
    ['/van-ban', '../index.html'], // a folder without its slash
    ['/van-ban/05-ct-tw-2016/#hieu-luc', 'index.html#hieu-luc'],
    ['/tim-kiem/?q=chi+thi#x', '../../tim-kiem/index.html?q=chi+thi#x'],
    ['/_astro/a.css', '../../_astro/a.css'],
    ['/ghi%20ch%C3%BA/', '../../ghi%20ch%C3%BA/index.html'],
    ['#top', '#top'],
    ['?q=', '?q='],
    ['https://baolamdong.vn/x/', 'https://baolamdong.vn/x/'],
    ['//cdn.example/x.js', '//cdn.example/x.js'],
    ['mailto:a@b', 'mailto:a@b'],
  ])('%s from a document page → %s', (url, expected) => {
    expect(relativeUrl(url, { from, base: '/', has })).toBe(expected);
  });

  it('strips the base of a /kb/ build and leaves addresses outside it alone', () => {
    expect(relativeUrl('/kb/van-ban/', { from: 'index.html', base: '/kb/', has })).toBe('van-ban/index.html');
    expect(relativeUrl('/other/', { from: 'index.html', base: '/kb/', has })).toBe('/other/');
  });

  it('gives the root as seen from a page', () => {
    expect([rootFrom('index.html'), rootFrom('van-ban/index.html'), rootFrom('l/x/index.html')]).toEqual(['./', '../', '../../']);
  });
});

describe('rewriteCssUrls', () => {
  const link = (u: string) => (u.startsWith('/') ? `R(${u})` : u);
  it('rewrites unquoted, single- and double-quoted url()s, any case, with spaces', () => {
    expect(rewriteCssUrls('@font-face{src:url(/_astro/f.woff2) format("woff2"),URL( "/_astro/f.woff" )}a{b:url(\'/i.svg\')}', link)).toBe(
      '@font-face{src:url(R(/_astro/f.woff2)) format("woff2"),URL( "R(/_astro/f.woff)" )}a{b:url(\'R(/i.svg)\')}',
    );
  });
  it('leaves url( inside comments, strings and longer names alone', () => {
    const css = '/* url(/a) */a::after{content:"url(/b)"}b{--my-url(/c):0;background:myurl(/d)}';
    expect(rewriteCssUrls(css, link)).toBe(css);
  });
});

describe('portablePage', () => {
  const bundled: { src?: string; code?: string }[] = [];
  const classic = async (s: { src?: string; code?: string }) => {
    bundled.push(s);
    return s.src ? `_astro/classic/from-src.js` : `_astro/classic/inline.js`;
  };

  it('a redirect page (short link or former slug) refreshes to the relative file, keeping the fragment', async () => {
    const html = redirectHtml({ to: '/van-ban/05-ct-tw-2016/#hieu-luc', canonical: '/van-ban/05-ct-tw-2016/', label: 'Chỉ thị 05', heading: 'Liên kết ngắn', favicon: '/favicon.svg' });
    const from = 'l/x/index.html';
    const out = await portablePage(html, { link: (u) => relativeUrl(u, { from, base: '/', has }), root: rootFrom(from), classic });
    expect(out).toContain('content="0; url=../../van-ban/05-ct-tw-2016/index.html#hieu-luc"');
    expect(out).toContain('href="../../van-ban/05-ct-tw-2016/index.html#hieu-luc" data-redirect-target');
    expect(out).toContain('data-portable-root="../../"');
  });

  it('module scripts become deferred classic scripts; copy, bundle, form and srcset addresses are relative', async () => {
    const html = `<!doctype html><html lang="vi"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='"><script type="module" src="/_astro/x.js"></script></head><body>
      <form action="/tim-kiem/" data-bundle="/pagefind/"><input name="q"></form><button data-copy="/van-ban/#a">c</button>
      <img src="/favicon.svg" srcset="/favicon.svg 1x, /favicon.svg 2x" alt=""><script type="module">document.title='x'</script></body></html>`;
    const from = 'van-ban/index.html';
    const out = await portablePage(html, { link: (u) => relativeUrl(u, { from, base: '/', has }), root: rootFrom(from), classic });
    expect(out).not.toContain('type="module"');
    expect(out).toContain('<script src="../_astro/classic/from-src.js" defer></script>');
    expect(out).toContain('<script src="../_astro/classic/inline.js" defer></script>');
    expect(out).toContain('action="../tim-kiem/index.html"');
    expect(out).toContain('data-bundle="../pagefind/"');
    expect(out).toContain('data-copy="index.html#a"');
    expect(out).toContain('srcset="../favicon.svg 1x, ../favicon.svg 2x"');
    expect(out).not.toContain('sha256-abc=');
    // What was bundled: the script's address as built, and the inline code.
    expect(bundled.slice(-2)).toEqual([{ src: '/_astro/x.js' }, { code: "document.title='x'" }]);
  });

  it('a module script of a /kb/ build is bundled from its address under the base', async () => {
    bundled.length = 0;
    const from = 'tim-kiem/index.html';
    await portablePage('<html><head><script type="module" src="/kb/_astro/y.js"></script></head></html>', {
      link: (u) => relativeUrl(u, { from, base: '/kb/', has }),
      root: rootFrom(from),
      classic,
    });
    expect(bundled).toEqual([{ src: '/kb/_astro/y.js' }]);
  });

  it("the policy keeps its rules, adds file: beside 'self', drops script hashes and allows the inlined fonts", () => {
    expect(portablePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-x='; style-src 'self' 'sha256-y='")).toBe(
      "default-src 'self' file:; img-src 'self' file: data:; script-src 'self' file: 'wasm-unsafe-eval'; style-src 'self' file: 'sha256-y='; font-src 'self' file: data:",
    );
    // A redirect page's policy allows nothing by default: it stays so.
    expect(portablePolicy("default-src 'none'; img-src 'self'")).toBe("default-src 'none'; img-src 'self' file:");
  });
});

describe('fileUrl (search results in the copy)', () => {
  it('maps Pagefind’s site paths to the files they name, keeping query and fragment', () => {
    const root = 'file:///media/usb/so-tay/';
    expect(fileUrl('/van-ban/05-ct-tw-2016/?tu-khoa=chi#hieu-luc', root)).toBe('file:///media/usb/so-tay/van-ban/05-ct-tw-2016/index.html?tu-khoa=chi#hieu-luc');
    expect(fileUrl('/', root)).toBe('file:///media/usb/so-tay/index.html');
  });
});
