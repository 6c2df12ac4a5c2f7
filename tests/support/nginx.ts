/**
 * Runs the deploy guide's nginx configuration (deploy/nginx/so-tay.conf) for real, for the
 * tests: Debian's nginx in the foreground with its own prefix, pid, logs and temp folders in
 * a temporary directory, listening on a loopback port, serving a copy of the /kb/ build as
 * /var/www/kb would be. The only change to the guide's file is where the site lives.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'];
const GUIDE_ROOT = '    root /var/www;';

export function nginxBinary(): string | undefined {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  const found = NGINX_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** nginx's own mime.types, which the guide's configuration expects in the http block. */
function mimeTypes(binary: string): string | undefined {
  const info = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${info.stdout}${info.stderr}`)?.[1];
  const candidates = [confPath ? join(confPath, '..', 'mime.types') : '', '/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'];
  return candidates.find((path) => path && existsSync(path));
}

export interface RunningNginx {
  url: string;
  /** The folder served at /kb/ (a copy: tests may add files to it). */
  site: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

export async function startNginx(options: { binary: string; build: string; port: number; guideConf: string }): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-nginx-'));
  const www = join(dir, 'www');
  const site = join(www, 'kb');
  mkdirSync(join(dir, 'logs'), { recursive: true });
  cpSync(options.build, site, { recursive: true });

  const guide = readFileSync(options.guideConf, 'utf8');
  if (!guide.includes(GUIDE_ROOT)) throw new Error(`${options.guideConf} không còn dòng "${GUIDE_ROOT.trim()}" mà kiểm thử thay bằng thư mục tạm`);
  writeFileSync(join(dir, 'so-tay.conf'), guide.replace(GUIDE_ROOT, `    root ${www};`));
  const mime = mimeTypes(options.binary);
  if (!mime) throw new Error('Không tìm thấy mime.types của nginx');
  copyFileSync(mime, join(dir, 'mime.types'));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `# A minimal server around the guide's snippet, like a default Debian site.
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
    include mime.types;
    # Not Debian's octet-stream: the guide's own rules must give Pagefind's files their type.
    default_type text/plain;
    sendfile on;
    access_log off;
    client_body_temp_path ${dir}/tmp-body;
    proxy_temp_path ${dir}/tmp-proxy;
    fastcgi_temp_path ${dir}/tmp-fastcgi;
    uwsgi_temp_path ${dir}/tmp-uwsgi;
    scgi_temp_path ${dir}/tmp-scgi;
    server {
        listen 127.0.0.1:${options.port};
        server_name localhost;
        include so-tay.conf;
    }
}
`,
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log')];
  const check = spawnSync(options.binary, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t từ chối cấu hình:\n${check.stderr}`);

  const child: ChildProcess = spawn(options.binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const errorLog = () => {
    const file = join(dir, 'logs', 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  // Ready when it answers; fail fast with its log if it exits (port taken, bad config).
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx dừng ngay (mã ${child.exitCode}):\n${errorLog()}`);
    try {
      await fetch(`${url}/kb/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx không trả lời tại ${url}:\n${errorLog()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    site,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT'); // graceful stop of our own process only
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
