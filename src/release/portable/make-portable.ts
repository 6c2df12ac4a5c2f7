/**
 * The portable copy: the built site (dist/, any base) made into a folder that opens by
 * double-click from file:// with no server: relative links ending in index.html, classic
 * scripts, stylesheets' url()s relative (fonts inlined: font-data-url.ts), and a search bundle
 * that runs from file://.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classicScripts } from './classic-scripts.ts';
import { fontDataUrl, isFont } from './font-data-url.ts';
import { portablePagefind } from './pagefind-bundle.ts';
import { relativeUrl, rootFrom } from './relative-url.ts';
import { portablePage } from './rewrite-html.ts';
import { rewriteCssUrls } from './rewrite-css.ts';
import { listFiles } from '../manifest.ts';

/** Writes the portable copy of `dist` (built for `base`) into the new folder `out`. */
export async function makePortable(dist: string, base: string, out: string): Promise<void> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    throw new Error(`Bản dựng không có bộ tìm kiếm (pagefind/pagefind.js): dựng lại bằng npm run build`);
  }
  cpSync(dist, out, { recursive: true });
  const files = new Set(listFiles(out));
  const has = (file: string) => files.has(file);
  const classic = classicScripts(dist, base, out);
  for (const file of files) {
    const full = join(out, file);
    const link = (url: string) => relativeUrl(url, { from: file, base, has });
    if (file.endsWith('.html')) {
      writeFileSync(full, await portablePage(readFileSync(full, 'utf8'), { link, root: rootFrom(file), classic }));
    } else if (file.endsWith('.css')) {
      const fontOrLink = (url: string) => {
        const relative = link(url);
        const target = join(dirname(full), relative.replace(/[?#].*$/, ''));
        return isFont(relative) && relative !== url && existsSync(target) ? fontDataUrl(target) : relative;
      };
      writeFileSync(full, rewriteCssUrls(readFileSync(full, 'utf8'), fontOrLink));
    }
  }
  await portablePagefind(join(out, 'pagefind'));
}
