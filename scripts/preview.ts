/**
 * `npm run preview [-- --port 4321 --host 127.0.0.1]` — serves the built dist/ folder
 * (or OUT_DIR's), under SITE_BASE when set. Uses Astro's programmatic preview() so the server stays in
 * the foreground (the CLI moves itself to the background when it thinks an agent runs it).
 */
import { preview } from 'astro';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
const server = await preview({ root: process.cwd(), ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}), server: { port: Number(values.port), host: values.host }, logLevel: 'warn' });
console.log(`Sổ tay đang chạy tại http://${values.host}:${server.port}${process.env.SITE_BASE ? `/${process.env.SITE_BASE.replace(/^\/+|\/+$/g, '')}/` : '/'}  (Ctrl+C để dừng)`);
