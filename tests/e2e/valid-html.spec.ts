/**
 * Every built page is valid HTML by the Nu HTML Checker (vnu-jar from npm, the W3C validator's
 * engine), run over dist/ in one Java process. Java comes from the system (.ci/run installs
 * Debian's default-jre-headless); without it this test fails and says how to install it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { DIST } from './site.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

test('the Nu HTML Checker finds 0 errors in every built page', () => {
  test.setTimeout(300_000); // one JVM over ~80 pages: a minute on a busy machine
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  expect(java.error, 'Cần Java để chạy vnu-jar: sudo apt-get install -y default-jre-headless').toBeUndefined();
  const run = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error).toBeUndefined();
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
  // vnu exits non-zero only on errors: a clean run exits 0.
  expect(run.status).toBe(0);
});
