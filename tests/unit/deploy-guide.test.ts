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

  // nginx runs for real in tests/intranet/nginx.spec.ts; Apache and IIS are not installed here,
  // so their files are read for the same five headers with the same values.
  const SECURE: [string, string][] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['Content-Security-Policy', "frame-ancestors 'self'"],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
  for (const [file, line] of [
    ['deploy/nginx/so-tay.conf', (name: string, value: string) => `add_header ${name} "${value}" always;`],
    ['deploy/apache/so-tay.conf', (name: string, value: string) => `Header always set ${name} "${value}"`],
    ['deploy/iis/web.config', (name: string, value: string) => `<add name="${name}" value="${value}" />`],
  ] as const) {
    it(`${file} sends the security headers`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [name, value] of SECURE) expect(text).toContain(line(name, value));
    });
  }

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/deploy.md)');
  });
});
