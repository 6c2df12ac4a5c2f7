/**
 * Rewrites the url(…) references of a stylesheet (fonts, images) with `rewrite`. A small
 * tokenizer rather than a regular expression, so that comments and strings that merely
 * contain "url(" are left alone: it walks the text once, skipping comments and quoted
 * strings, and only a url( that starts a token is a reference. Hand-written because the
 * only well-kept CSS parsers (postcss, lightningcss) would be new dependencies for one rule.
 */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  let out = '';
  let i = 0;
  const n = css.length;
  while (i < n) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += css.slice(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const stop = stringEnd(css, i);
      out += css.slice(i, stop);
      i = stop;
    } else if (/^url\(/i.test(css.slice(i, i + 4)) && !/[\w-]/.test(css[i - 1] ?? '')) {
      out += css.slice(i, i + 4);
      i += 4;
      while (/\s/.test(css[i] ?? '')) out += css[i++];
      const q = css[i];
      if (q === '"' || q === "'") {
        const stop = stringEnd(css, i);
        out += q + rewrite(css.slice(i + 1, stop - 1)) + q;
        i = stop;
      } else {
        let stop = i;
        while (stop < n && css[stop] !== ')' && !/\s/.test(css[stop]!)) stop++;
        out += rewrite(css.slice(i, stop));
        i = stop;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just after the string that opens at `start` (its closing quote; escapes skipped). */
function stringEnd(css: string, start: number): number {
  const q = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== q && css[i] !== '\n') i += css[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, css.length);
}
