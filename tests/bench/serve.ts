/**
 * A static file server for the benchmark's browser measurements, serving a built folder
 * the way docs/deploy.md's nginx configuration does: gzip for text types (Pagefind's own
 * files are gzipped already), its Cache-Control headers, validators (ETag) so a revisit costs
 * a 304, index.html for folders, 404.html for the rest. It lets the
 * benchmark run where nginx is not installed; the intranet tests check the real nginx.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt']);

export async function serveStatic(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(folder);
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file)) {
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    // As deploy/nginx/so-tay.conf: hashed assets and index chunks are immutable, the rest revalidates.
    const immutable = path.includes('/_astro/') || /\.pf_(meta|index|fragment|filter)$/.test(path);
    const caching = { 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', etag };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, caching);
      res.end();
      return;
    }
    let body: Buffer = readFileSync(file);
    const gzip = COMPRESSED.has(ext) && body.length >= 512 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      body = cache.get(file) ?? gzipSync(body, { level: 6 });
      cache.set(file, body);
    }
    res.writeHead(status, {
      ...(status === 200 ? caching : {}),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
