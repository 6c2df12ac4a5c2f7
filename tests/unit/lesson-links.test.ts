/** The short-link and printable-address builders behind /l/<id>/, copy-link and handouts, and the QR drawing. */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { printableUrl, shortLinkPath } from '../../src/lib/lesson-links.ts';
import { qrSvg } from '../../src/lessons/qr.ts';

describe('shortLinkPath', () => {
  it('puts the short link under the base path', () => {
    expect(shortLinkPath('/', 'ld-2020-1')).toBe('/l/ld-2020-1/');
    expect(shortLinkPath('/kb/', 'ld-2020-1')).toBe('/kb/l/ld-2020-1/');
    expect(shortLinkPath('/kb', 'ld-2020-1')).toBe('/kb/l/ld-2020-1/');
  });
});

describe('printableUrl', () => {
  it('stays base-relative when the site address is unknown', () => {
    expect(printableUrl('/kb/l/ld-2020-1/', undefined)).toBe('/kb/l/ld-2020-1/');
  });
  it('is absolute on the site’s origin when SITE_URL is set, without doubling its path', () => {
    expect(printableUrl('/l/tw-2015-1/', 'https://sotay.example.vn')).toBe('https://sotay.example.vn/l/tw-2015-1/');
    expect(printableUrl('/kb/l/tw-2015-1/', 'http://intranet.local/kb/')).toBe('http://intranet.local/kb/l/tw-2015-1/');
  });
});

describe('qrSvg', () => {
  it('draws the QR code of the text as a silent inline SVG', async () => {
    const text = 'http://intranet.local/kb/l/ld-2020-4/';
    const svg = await qrSvg(text);
    expect(svg.startsWith('<svg aria-hidden="true" focusable="false" ')).toBe(true);
    // The drawing is the library's matrix for this very text (1 module of quiet zone each side).
    const size = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 2;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(await qrSvg('/l/ld-2020-5/')).not.toBe(await qrSvg('/l/ld-2020-4/'));
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // no external reference in the drawing itself
  });
});
