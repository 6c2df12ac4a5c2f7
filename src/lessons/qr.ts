/**
 * QR codes for printed handouts, drawn at build time as inline SVG by the `qrcode` library:
 * no image file, no request, and they print sharp at any size.
 */
import QRCode from 'qrcode';

// A lesson on several topics is printed in several handouts: draw its code once per build.
const drawn = new Map<string, Promise<string>>();

/** An <svg> string encoding `text`; error correction M survives a smudged photocopy. */
export function qrSvg(text: string): Promise<string> {
  let svg = drawn.get(text);
  if (!svg) {
    svg = QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
      // The caller labels the code (role="img" on its wrapper), so the drawing itself stays silent.
      .then((s) => s.replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
    drawn.set(text, svg);
  }
  return svg;
}
