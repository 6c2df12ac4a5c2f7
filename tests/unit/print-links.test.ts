/** Printed links inside the site: an absolute address when SITE_URL is known, else nothing. */
import { describe, expect, it } from 'vitest';
import { printLinkStyle } from '../../src/lib/print-links.ts';

describe('printLinkStyle', () => {
  it('prints internal links as absolute addresses only when the site address is known', () => {
    expect(printLinkStyle(undefined)).toBeUndefined();
    const css = printLinkStyle('https://so-tay.example.vn/kb/')!;
    expect(css).toContain('main a[href^="/"]::after');
    expect(css).toContain('" <https://so-tay.example.vn" attr(href) ">"');
  });
});
