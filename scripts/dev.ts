/**
 * `npm run dev` — live preview for editors: edit a file in content/ and the page reloads.
 * Programmatic dev() keeps the server in the foreground in any terminal.
 */
import { dev } from 'astro';

process.env.ASTRO_DEV_BACKGROUND = '0';
const server = await dev({ root: process.cwd(), server: { host: '127.0.0.1' } });
console.log(`Xem trực tiếp tại http://127.0.0.1:${server.address.port}/  (Ctrl+C để dừng)`);
