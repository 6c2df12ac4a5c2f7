/**
 * `npm run dev [-- --port 4321 --host 127.0.0.1]` — live preview for editors: edit a file in
 * content/ and the page reloads; a new or renamed document relinks every citation
 * (src/loader/markdown-files.ts). Programmatic dev() keeps the server in the foreground in any
 * terminal.
 */
import { dev } from 'astro';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
process.env.ASTRO_DEV_BACKGROUND = '0';
const server = await dev({ root: process.cwd(), server: { port: Number(values.port), host: values.host } });
console.log(`Xem trực tiếp tại http://${values.host}:${server.address.port}/  (Ctrl+C để dừng)`);
