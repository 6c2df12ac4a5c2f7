/**
 * The page reader lists the output every half second while Astro writes it
 * (htmlFileLister, src/search/build/html-files.ts): each listing must name every page written
 * so far, however the output grew since the last one (a page in a new folder, in a folder
 * listed before, a folder inside a page's folder), never Pagefind's bundle.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlFileLister, htmlFiles } from '../../src/search/build/html-files.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(out: string, path: string) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), '<html></html>');
}

describe('listing the output while it is written', () => {
  it('names every page written so far, as a full listing does', () => {
    const out = mkdtempSync(join(tmpdir(), 'html-files-'));
    dirs.push(out);
    const list = htmlFileLister(out);
    const same = () => expect([...list()].sort()).toEqual([...htmlFiles(out)].sort());
    write(out, 'index.html');
    write(out, 'van-ban/a/index.html');
    same();
    write(out, 'van-ban/b/index.html');
    same();
    write(out, 'chu-de/x/index.html');
    write(out, 'chu-de/x/ban-in/index.html');
    write(out, 'van-ban/a/style.css');
    same();
    write(out, 'pagefind/pagefind-ui.html');
    write(out, '404.html');
    same();
    expect(list()).toHaveLength(6);
    expect(list().some((f) => f.includes('pagefind'))).toBe(false);
  });
});
