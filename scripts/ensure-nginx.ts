/**
 * Makes sure Debian's nginx exists before the intranet tests run the deploy guide's
 * configuration through it. Where it is missing and we are root on Debian, installs the
 * `nginx` package (without starting anything: the tests run their own nginx on a loopback
 * port of their own). Otherwise it explains why, and the nginx tests skip with that reason; it never
 * fails the run by itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nginxBinary } from '../tests/support/nginx.ts';

if (nginxBinary()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Không thấy nginx: cài gói nginx của Debian (apt-get install -y nginx) để chạy thử hướng dẫn triển khai…');
  // If the package starts a system nginx (port 80), it does not meet ours: other port, own prefix.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
  if (nginxBinary()) process.exit(0);
}
console.warn(
  [
    'Không có nginx và không cài được (cần quyền root trên Debian/Ubuntu, hoặc tự cài: sudo apt-get install -y nginx).',
    'Các kiểm thử chạy cấu hình nginx của hướng dẫn triển khai sẽ bị bỏ qua, có ghi lý do.',
  ].join('\n'),
);
