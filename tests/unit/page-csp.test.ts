/** A page's policy keeps the hashes of its own inline scripts and styles only (src/lib/page-csp.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../src/lib/page-csp.ts';

const hash = (code: string, algorithm = 'sha256') => `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;
const page = (policy: string, body: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('trimCspHashes', () => {
  const mine = 'document.title="x"';
  const other = 'alert(1)';
  const style = 'a{color:red}';

  it('drops the hashes of code the page does not have, keeps its own and every other source', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(other)} ${hash(mine)}; style-src 'self' ${hash('b{}')} ${hash(style)};`;
    const html = page(policy, `<script type="module">${mine}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`);
    expect(policyOf(trimCspHashes(html))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(mine)}; style-src 'self' ${hash(style)};`);
  });

  it('does not count the body of a script loaded from a file, and reads other hash algorithms', () => {
    const policy = `script-src 'self' ${hash('', 'sha384')} ${hash(mine, 'sha384')}`;
    const html = page(policy, `<script src="/a.js"></script><script>${mine}</script>`);
    expect(policyOf(trimCspHashes(html))).toBe(`script-src 'self' ${hash(mine, 'sha384')}`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<html><body><script>${mine}</script></body></html>`;
    expect(trimCspHashes(html)).toBe(html);
  });
});
