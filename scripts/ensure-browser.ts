/**
 * Makes sure a Chromium exists before the browser tests run. Playwright's own download
 * fails on machines without internet, so where none is found and we are root on Debian,
 * Debian's chromium package is installed (the registry-only machines this project targets).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasBrowser } from '../tests/support/browser.ts';

if (hasBrowser()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Không thấy Chromium: cài gói chromium của Debian (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && hasBrowser()) process.exit(0);
}
console.error(
  [
    'Không tìm thấy trình duyệt Chromium cho kiểm thử.',
    'Cài một trong hai:',
    '  • Debian/Ubuntu: sudo apt-get install -y chromium',
    '  • có internet:   npx playwright install chromium',
    'hoặc trỏ biến PLAYWRIGHT_CHROMIUM tới tệp chạy Chromium.',
  ].join('\n'),
);
process.exit(1);
