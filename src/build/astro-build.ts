/**
 * The Astro half of `npm run build`, run by scripts/build.ts in a child process:
 * `node src/build/astro-build.ts <outDir> <base> [<site>] [--debug]` (--debug: the stack too). It builds the pages (content
 * check, rendering, short links, citations report) with the site's configuration and
 * `searchIndex: false`: its parent writes the search index once this process has exited, so
 * that Astro's memory is given back before Pagefind's peak. A failure is sent to the parent
 * over the IPC channel, which reports it as every build failure is reported.
 */
import { build, type AstroIntegration } from 'astro';
import { siteConfig } from '../site-config.ts';
import type { AstroMessage } from './build-messages.ts';

const [outDir, base, site, debug] = process.argv.slice(2);
if (!outDir || base === undefined) throw new Error('usage: astro-build.ts <outDir> <base> [<site>]');
const tell = (message: AstroMessage) => process.send?.(message);
// The parent starts its page reader when this process's memory peak, the content sync, is over (scripts/build.ts).
const pagesNext: AstroIntegration = { name: 'so-tay:pages-next', hooks: { 'astro:build:start': () => void tell({ pagesNext: true }) } };
const config = siteConfig({ base, site: site || undefined, searchIndex: false });
try {
  await build({
    ...config,
    integrations: [...(config.integrations ?? []), pagesNext],
    configFile: false,
    root: process.cwd(),
    outDir,
  });
} catch (error) {
  tell({ error: error instanceof Error ? (debug === '--debug' ? (error.stack ?? error.message) : error.message) : String(error) });
  process.exitCode = 1;
}
// The IPC channel would keep this process alive.
process.disconnect?.();
