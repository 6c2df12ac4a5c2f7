/**
 * `node tests/bench/pagefind-alone.ts <dist> <glob>`: Pagefind alone on a built site,
 * as the build's integration runs it (Node API, same glob, a fresh output folder), so the
 * benchmark can say how much of the build is the search index and nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const [dist, glob] = process.argv.slice(2);
if (!dist || !glob) throw new Error('usage: pagefind-alone.ts <dist> <glob>');
const out = mkdtempSync(join(tmpdir(), 'so-tay-pagefind-alone-'));
try {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: dist, glob });
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
} finally {
  rmSync(out, { recursive: true, force: true });
}
