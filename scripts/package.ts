/**
 * `npm run package` — turns the built dist/ (or OUT_DIR's) into release/<name>-<version>.tar.gz
 * and .zip. Each holds one folder, <name>-<version>/, which is the site itself plus:
 *   SHA256SUMS     sha256sum-compatible manifest of every other file (sorted paths)
 *   HUONG-DAN.txt  short Vietnamese install-and-verify guide (records the SITE_BASE)
 *   web.config     IIS configuration for the sub-path (harmless on other servers)
 * It builds nothing: a missing or foreign dist/ is an error that says what to run.
 * Archives are deterministic: sorted entries, fixed mtime (SOURCE_DATE_EPOCH, else
 * 2020-01-01 UTC), fixed modes (0644 files, 0755 folders), no owner names.
 */
import { chmodSync, cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import yazl from 'yazl';
import { readBuildInfo } from '../src/build/build-info.ts';
import { installGuide } from '../src/release/install-guide.ts';
import { formatManifest, hashTree, listFiles, MANIFEST_FILE, sha256 } from '../src/release/manifest.ts';

// Zip stores local (DOS) times: pin the zone so every machine writes the same bytes.
process.env.TZ = 'UTC';

const root = process.cwd();
const distName = process.env.OUT_DIR || 'dist';
const dist = resolve(root, distName);
const releaseDir = join(root, 'release');

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
if (!existsSync(dist)) fail(`Không có ${distName}/: npm run package không tự dựng trang. Chạy trước: SITE_BASE=/kb/ npm run build`);
const info = readBuildInfo(dist);
if (!info) fail(`${distName}/ không phải bản dựng của npm run build (thiếu so-tay-build.json). Chạy lại: npm run build`);
if (info.version !== pkg.version) {
  fail(`${distName}/ được dựng từ phiên bản ${info.version}, package.json là ${pkg.version}. Dựng lại: npm run build`);
}

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const mtime = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date('2020-01-01T00:00:00Z');
const folder = `${pkg.name}-${pkg.version}`;
const stageRoot = join(releaseDir, '.stage');
const stage = join(stageRoot, folder);

// 1. The folder: the site, the IIS config for its base, the guide, the manifest.
rmSync(stageRoot, { recursive: true, force: true });
mkdirSync(stageRoot, { recursive: true });
cpSync(dist, stage, { recursive: true });
const webConfig = readFileSync(join(root, 'deploy/iis/web.config'), 'utf8').replaceAll('"/kb/', `"${info.base}`);
writeFileSync(join(stage, 'web.config'), webConfig);
const fileCount = listFiles(stage).length + 2; // + HUONG-DAN.txt and SHA256SUMS
const nginxConf = readFileSync(join(root, 'deploy/nginx/so-tay.conf'), 'utf8');
writeFileSync(join(stage, 'HUONG-DAN.txt'), installGuide({ name: pkg.name, version: pkg.version, base: info.base, fileCount, nginxConf }));
writeFileSync(join(stage, MANIFEST_FILE), formatManifest(hashTree(stage)));

// 2. Fixed modes, so the archives do not depend on the umask of whoever packs.
function entries(dir: string, rel: string): string[] {
  chmodSync(dir, 0o755);
  return [
    rel,
    ...readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return entries(full, `${rel}/${name}`);
      chmodSync(full, 0o644);
      return [`${rel}/${name}`];
    }),
  ];
}
const paths = entries(stage, folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// 3. tar.gz: portable headers (no uid/gid/user names/atime), our mtime on every entry.
const tarFile = join(releaseDir, `${folder}.tar.gz`);
await tar.create(
  {
    cwd: stageRoot,
    file: tarFile,
    gzip: { level: 9 },
    portable: true,
    noDirRecurse: true,
    mtime,
    onWriteEntry: (entry) => {
      entry.noMtime = false; // portable mode drops folders' mtime; keep ours on every entry
      entry.mtime = mtime;
    },
  },
  paths,
);

// 4. zip, same entries in the same order.
const zipFile = join(releaseDir, `${folder}.zip`);
const zip = new yazl.ZipFile();
for (const path of paths) {
  const full = join(stageRoot, path);
  if (statSync(full).isDirectory()) zip.addEmptyDirectory(path, { mtime, mode: 0o40755 });
  else zip.addBuffer(readFileSync(full), path, { mtime, mode: 0o100644, compress: true });
}
zip.end();
await pipeline(zip.outputStream, createWriteStream(zipFile));
rmSync(stageRoot, { recursive: true, force: true });

const size = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
console.log(`✓ Đã đóng gói ${fileCount} tệp của ${distName}/ (dựng cho đường dẫn gốc ${info.base}):`);
for (const file of [tarFile, zipFile]) {
  console.log(`  ${file.slice(root.length + 1)}  ${size(file)}  sha256 ${sha256(readFileSync(file))}`);
}
if (info.base === '/') console.log('  Lưu ý: bản này cho gốc "/". Để cài dưới /kb/: SITE_BASE=/kb/ npm run build && npm run package');
