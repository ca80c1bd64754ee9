import qrcode from 'qrcode-generator';

/** A QR code of `text` as an inline SVG, black on white, for the meeting screen and phones to scan. */
export function qrSvg(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 6, margin: 4, scalable: true });
}
