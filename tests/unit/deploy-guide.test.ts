/**
 * The deploy guide shows the configuration files the tests run (nginx) and the package
 * ships (IIS) verbatim: a change to one without the other fails here, so IT staff never
 * copy a configuration that differs from the tested one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');

describe('docs/deploy.md', () => {
  for (const [lang, file] of [
    ['nginx', 'deploy/nginx/so-tay.conf'],
    ['apache', 'deploy/apache/so-tay.conf'],
    ['xml', 'deploy/iis/web.config'],
  ] as const) {
    it(`holds ${file} verbatim`, () => {
      expect(guide).toContain(`\`\`\`${lang}\n${readFileSync(join(ROOT, file), 'utf8')}\`\`\``);
    });
  }

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/deploy.md)');
  });
});
