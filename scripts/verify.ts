/**
 * `npm run verify -- <folder>` — checks an installed copy of the site against the
 * SHA256SUMS at its root: lists missing, changed and extra files, exits 1 on any.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Comparison, formatComparison, MANIFEST_FILE, parseManifest, verifyTree } from '../src/release/manifest.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Cách dùng: npm run verify -- <thư mục đã cài>   (ví dụ: npm run verify -- /var/www/kb)');
  process.exit(2);
}
const dir = resolve(folder);
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`✗ Không có thư mục ${dir}.`);
  process.exit(2);
}
const manifestPath = join(dir, MANIFEST_FILE);
if (!existsSync(manifestPath)) {
  console.error(`✗ ${dir} không có tệp ${MANIFEST_FILE}: đây không phải thư mục giải nén từ gói của Sổ tay (npm run package).`);
  process.exit(2);
}

let expectedCount: number;
let result: Comparison;
try {
  expectedCount = parseManifest(readFileSync(manifestPath, 'utf8')).size;
  result = verifyTree(dir);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
console.log(`Kiểm tra ${dir}`);
const report = formatComparison(result, expectedCount);
const ok = result.missing.length + result.changed.length + result.extra.length === 0;
(ok ? console.log : console.error)(report);
process.exit(ok ? 0 : 1);
