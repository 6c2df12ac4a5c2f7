/**
 * `npm run fonts`: writes the site's web fonts (src/fonts/) and their @font-face rules
 * (src/styles/fonts.css) from @fontsource/noto-sans, cut by src/build/fonts/noto-sans-faces.ts.
 * Run it after upgrading @fontsource/noto-sans; tests/unit/fonts.test.ts says when it is due.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cutFace, fontFaceCss, notoSansFaces } from '../src/build/fonts/noto-sans-faces.ts';

const root = resolve(import.meta.dirname, '..');
const faces = notoSansFaces();
for (const face of faces) {
  const font = await cutFace(face);
  writeFileSync(join(root, 'src', 'fonts', face.file), font);
  console.log(`  ${face.file}: ${font.length} byte (fontsource ${statSync(face.source).size})`);
}
writeFileSync(join(root, 'src', 'styles', 'fonts.css'), fontFaceCss(faces));
console.log('  src/styles/fonts.css');
