/**
 * `npm run package` — turns the built dist/ (or OUT_DIR's) into release/<name>-<version>.tar.gz
 * and .zip. Each holds one folder, <name>-<version>/, which is the site itself plus:
 *   SHA256SUMS     sha256sum-compatible manifest of every other file (sorted paths)
 *   HUONG-DAN.txt  short Vietnamese install-and-verify guide (records the SITE_BASE)
 *   web.config     IIS configuration for the sub-path (harmless on other servers)
 * `npm run package -- --portable` writes instead release/<name>-<version>-portable.zip, the
 * portable copy that opens from file:// with no server (src/release/portable/), from a dist/
 * of any base, with its own HUONG-DAN.txt and SHA256SUMS.
 * It builds nothing: a missing or foreign dist/ is an error that says what to run.
 * Archives are deterministic (src/release/archive.ts).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBuildInfo } from '../src/build/build-info.ts';
import { archiveEntries, archiveTime, formatSize, writeTarGz, writeZip } from '../src/release/archive.ts';
import { installGuide } from '../src/release/install-guide.ts';
import { formatManifest, hashTree, listFiles, MANIFEST_FILE, sha256 } from '../src/release/manifest.ts';
import { makePortable } from '../src/release/portable/make-portable.ts';
import { portableGuide } from '../src/release/portable/portable-guide.ts';

// Zip stores local (DOS) times: pin the zone so every machine writes the same bytes.
process.env.TZ = 'UTC';

const root = process.cwd();
const distName = process.env.OUT_DIR || 'dist';
const dist = resolve(root, distName);
const releaseDir = join(root, 'release');
const portable = process.argv.slice(2).includes('--portable');

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
if (!existsSync(dist)) {
  fail(`Không có ${distName}/: npm run package không tự dựng trang. Chạy trước: ${portable ? 'npm run build' : 'SITE_BASE=/kb/ npm run build'}`);
}
const info = readBuildInfo(dist);
if (!info) fail(`${distName}/ không phải bản dựng của npm run build (thiếu so-tay-build.json). Chạy lại: npm run build`);
if (info.version !== pkg.version) {
  fail(`${distName}/ được dựng từ phiên bản ${info.version}, package.json là ${pkg.version}. Dựng lại: npm run build`);
}

const mtime = archiveTime(process.env.SOURCE_DATE_EPOCH);
const folder = portable ? `${pkg.name}-${pkg.version}-portable` : `${pkg.name}-${pkg.version}`;
const stageRoot = join(releaseDir, '.stage');
const stage = join(stageRoot, folder);

// 1. The folder: the site (as it is, or made portable), the guide, the manifest.
rmSync(stageRoot, { recursive: true, force: true });
mkdirSync(stageRoot, { recursive: true });
if (portable) {
  await makePortable(dist, info.base, stage).catch((error: unknown) => {
    rmSync(stageRoot, { recursive: true, force: true });
    fail(error instanceof Error ? error.message : String(error));
  });
} else {
  cpSync(dist, stage, { recursive: true });
  const webConfig = readFileSync(join(root, 'deploy/iis/web.config'), 'utf8').replaceAll('"/kb/', `"${info.base}`);
  writeFileSync(join(stage, 'web.config'), webConfig);
}
const fileCount = listFiles(stage).length + 2; // + HUONG-DAN.txt and SHA256SUMS
const guide = portable
  ? portableGuide({ version: pkg.version, folder, fileCount })
  : installGuide({ name: pkg.name, version: pkg.version, base: info.base, fileCount, nginxConf: readFileSync(join(root, 'deploy/nginx/so-tay.conf'), 'utf8') });
writeFileSync(join(stage, 'HUONG-DAN.txt'), guide);
writeFileSync(join(stage, MANIFEST_FILE), formatManifest(hashTree(stage)));

// 2. The archives, deterministic.
const paths = archiveEntries(stageRoot, folder);
const archives = portable ? [join(releaseDir, `${folder}.zip`)] : [join(releaseDir, `${folder}.tar.gz`), join(releaseDir, `${folder}.zip`)];
for (const file of archives) {
  await (file.endsWith('.zip') ? writeZip : writeTarGz)(stageRoot, paths, mtime, file);
}
rmSync(stageRoot, { recursive: true, force: true });

console.log(
  portable
    ? `✓ Đã đóng gói bản mang theo (mở bằng file://, không cần máy chủ): ${fileCount} tệp từ ${distName}/:`
    : `✓ Đã đóng gói ${fileCount} tệp của ${distName}/ (dựng cho đường dẫn gốc ${info.base}):`,
);
for (const file of archives) {
  console.log(`  ${file.slice(root.length + 1)}  ${formatSize(statSync(file).size)}  sha256 ${sha256(readFileSync(file))}`);
}
if (portable) console.log(`  Giải nén, rồi bấm đúp ${folder}/index.html (xem HUONG-DAN.txt trong thư mục).`);
else if (info.base === '/') console.log('  Lưu ý: bản này cho gốc "/". Để cài dưới /kb/: SITE_BASE=/kb/ npm run build && npm run package');
