/**
 * The Astro half of `npm run build`, run by scripts/build.ts in a child process:
 * `node src/build/astro-build.ts <outDir>`. It builds the pages (content check, rendering,
 * short links, citations report) and leaves the search index to its parent
 * (SO_TAY_SEARCH_INDEX=later), so that Astro's memory is returned before Pagefind's peak.
 * A failure is sent to the parent over the IPC channel, which reports it as every build
 * failure is reported.
 */
import { build } from 'astro';
import { INDEX_LATER_ENV } from '../search/build/pagefind-index.ts';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: astro-build.ts <outDir>');
process.env[INDEX_LATER_ENV] = 'later';
try {
  await build({ root: process.cwd(), outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
} catch (error) {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
// The IPC channel would keep this process alive.
process.disconnect?.();
