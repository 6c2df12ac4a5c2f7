/** The site's fonts (src/build/fonts/noto-sans-faces.ts): what `npm run fonts` would write is what is committed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePoints, cutFace, fontFaceCss, notoSansFaces } from '../../src/build/fonts/noto-sans-faces.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the site fonts', () => {
  const faces = notoSansFaces();

  it('are Noto Sans regular and bold, Vietnamese and Latin, each limited to fontsource’s range', () => {
    expect(faces.map((f) => `${f.subset}-${f.weight}`)).toEqual(['vietnamese-400', 'latin-400', 'vietnamese-700', 'latin-700']);
    const vietnamese = codePoints(faces[0]!.unicodeRange);
    // ạ … ỹ, ă, đ, ơ, ư: the letters of Vietnamese beyond Latin-1.
    for (const letter of 'ạỹăđơưĐƯ') expect(vietnamese).toContain(letter.codePointAt(0));
    expect(codePoints(faces[1]!.unicodeRange)).toEqual(expect.arrayContaining([0x41, 0xe0, 0xe9, 0x2013, 0x201c]));
    expect(codePoints('U+0041-0043,U+1EA0')).toEqual([0x41, 0x42, 0x43, 0x1ea0]);
  });

  it('src/styles/fonts.css is what `npm run fonts` writes', () => {
    expect(readFileSync(join(ROOT, 'src', 'styles', 'fonts.css'), 'utf8')).toBe(fontFaceCss(faces));
  });

  it('each font file in src/fonts/ is what `npm run fonts` cuts from fontsource’s (run it after an upgrade)', { timeout: 60_000 }, async () => {
    for (const face of faces) {
      const committed = readFileSync(join(ROOT, 'src', 'fonts', face.file));
      expect(committed.equals(await cutFace(face)), face.file).toBe(true);
      expect(committed.length, face.file).toBeLessThan(readFileSync(face.source).length);
    }
  });
});
