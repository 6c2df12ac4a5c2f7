/**
 * `npm run build` — an atomic build: Astro writes to .build-tmp/, and dist/ is replaced
 * only when everything (content check, pages, search index, link check) succeeded.
 * A failed build leaves the previous dist/ untouched and says so.
 */
import { build } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteBase } from '../src/lib/site-base.ts';
import { checkBuiltLinks } from './lib/check-links.ts';
import { lastReportSummary } from '../src/lib/citations/report.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const tmp = join(root, '.build-tmp');
const prev = join(root, '.build-prev');

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  console.error(
    existsSync(dist)
      ? '  Bản dựng trước trong dist/ được giữ nguyên.'
      : '  Chưa có bản dựng nào trong dist/.',
  );
  process.exit(1);
}

rmSync(tmp, { recursive: true, force: true });
try {
  await build({ root, outDir: tmp, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Dựng trang thất bại:\n${error instanceof Error ? error.message : String(error)}`);
}

const base = siteBase(process.env.SITE_BASE);
const broken = checkBuiltLinks(tmp, base);
if (broken.length > 0) {
  rmSync(tmp, { recursive: true, force: true });
  fail(`Có ${broken.length} liên kết nội bộ hỏng:\n${broken.map((b) => `  ${b}`).join('\n')}`);
}

rmSync(prev, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, prev);
renameSync(tmp, dist);
rmSync(prev, { recursive: true, force: true });

console.log(`\n✓ Đã dựng trang vào dist/ (đường dẫn gốc ${base}).`);
// Citations the build could not link, counted, with a pointer to the full report (written by the citations-report integration).
const citations = lastReportSummary(root);
if (citations) console.log(`  ${citations}`);
console.log('  Xem thử: npm run preview  →  mở http://localhost:4321' + base);
