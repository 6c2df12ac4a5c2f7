/**
 * Playwright's web server for tests/e2e-kb: copies the project (as tests/build does), gives one
 * entry a former slug, builds it with the real scripts/build.ts under SITE_BASE=/kb/ and SITE_URL
 * set to this server's address, as an intranet copy would be (so handouts draw QR codes; the
 * content check, link check and Pagefind all run), then serves the copy's dist/ with Astro's preview.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { BASE, FIXTURE_DIR, PORT, RENAMED, SITE_URL } from './fixture.ts';
import { linkNodeModules } from '../bench/project.ts';

const ROOT = join(import.meta.dirname, '..', '..');

rmSync(FIXTURE_DIR, { recursive: true, force: true });
mkdirSync(FIXTURE_DIR, { recursive: true });
for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(ROOT, item), join(FIXTURE_DIR, item), { recursive: true });
}
// Packages linked one by one, so Astro's cache (node_modules/.astro) is the copy's own.
linkNodeModules(ROOT, FIXTURE_DIR);

const file = join(FIXTURE_DIR, 'content', RENAMED.collection, `${RENAMED.id}.md`);
const original = readFileSync(file, 'utf8');
writeFileSync(file, original.replace(/^---\n/, `---\nformerSlugs:\n  - ${RENAMED.former}\n`));

process.env.SITE_BASE = BASE;
const built = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: FIXTURE_DIR, stdio: 'inherit', env: { ...process.env, SITE_BASE: BASE, SITE_URL: SITE_URL } });
if (built.status !== 0) {
  console.error('Dựng bản thử với SITE_BASE=/kb/ thất bại.');
  process.exit(1);
}
await preview({ root: FIXTURE_DIR, server: { port: PORT, host: '127.0.0.1' }, logLevel: 'warn' });
console.log(`Bản thử /kb/ đang chạy tại http://127.0.0.1:${PORT}${BASE}`);
