/**
 * QR codes for printed handouts, drawn at build time as inline SVG by the `qrcode` library:
 * no image file, no request, and they print sharp at any size.
 */
import QRCode from 'qrcode';

/** An <svg> string encoding `text`; error correction M survives a smudged photocopy. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  // The caller labels the code (role="img" on its wrapper), so the drawing itself stays silent.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
