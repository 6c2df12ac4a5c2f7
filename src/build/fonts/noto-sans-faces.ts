/**
 * The site's web fonts: Noto Sans regular and bold, in the Latin and Vietnamese subsets that
 * @fontsource/noto-sans ships, each cut again by harfbuzz to the very characters fontsource says
 * it covers (its unicode-range). The cut keeps every character and the layout a browser applies
 * by default (kerning, marks), and drops what no page uses (glyph names, glyphs reachable only
 * through optional features such as small capitals): the sizes are in docs/performance.md.
 * `npm run fonts` writes the files into src/fonts/ and their @font-face rules into
 * src/styles/fonts.css; tests/unit/fonts.test.ts fails when those differ from what it would write.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** In fontsource's order: where two ranges share a character (U+0304, U+0308, U+0329), the later face draws it. */
export const SUBSETS = ['vietnamese', 'latin'] as const;
export const WEIGHTS = [400, 700] as const;

export interface Face {
  subset: (typeof SUBSETS)[number];
  weight: (typeof WEIGHTS)[number];
  /** as fontsource declares it, e.g. "U+0102-0103,U+1EA0-1EF9" */
  unicodeRange: string;
  /** fontsource's woff2 file for this face */
  source: string;
  /** the file name in src/fonts/ */
  file: string;
}

/** The four faces, read from fontsource's stylesheets of each weight (its per-subset ones carry no unicode-range). */
export function notoSansFaces(): Face[] {
  const root = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));
  return WEIGHTS.flatMap((weight) => {
    const css = readFileSync(join(root, `${weight}.css`), 'utf8');
    return SUBSETS.map((subset) => {
      const name = `noto-sans-${subset}-${weight}-normal`;
      const rule = css.split('@font-face').find((r) => r.includes(`/${name}.woff2`));
      const unicodeRange = rule && /unicode-range:\s*([^;]+);/.exec(rule)?.[1]?.trim();
      if (!unicodeRange) throw new Error(`@fontsource/noto-sans/${weight}.css không có khai báo cho ${name} (gói đã đổi?)`);
      return { subset, weight, unicodeRange, source: join(root, 'files', `${name}.woff2`), file: `noto-sans-${subset}-${weight}.woff2` };
    });
  });
}

/** Every code point a unicode-range names. */
export function codePoints(unicodeRange: string): number[] {
  return unicodeRange.split(',').flatMap((part) => {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
    if (!m) throw new Error(`unicode-range không đọc được: ${part}`);
    const from = parseInt(m[1]!, 16);
    const to = m[2] ? parseInt(m[2], 16) : from;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** The face's font, cut to its unicode-range, as woff2. */
export function cutFace(face: Face): Promise<Buffer> {
  return subsetFont(readFileSync(face.source), String.fromCodePoint(...codePoints(face.unicodeRange)), { targetFormat: 'woff2' });
}

/** The @font-face rules of the four faces, each limited to its range, so a page fetches a file only for characters it shows. */
export function fontFaceCss(faces: readonly Face[]): string {
  const rules = faces.map(
    (f) =>
      `@font-face {\n  font-family: 'Noto Sans';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${f.weight};\n` +
      `  src: url(../fonts/${f.file}) format('woff2');\n  unicode-range: ${f.unicodeRange};\n}\n`,
  );
  return `/* Written by \`npm run fonts\` (src/build/fonts/noto-sans-faces.ts): do not edit by hand. */\n${rules.join('\n')}`;
}
