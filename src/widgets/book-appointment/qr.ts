/**
 * The QR code of a UPI address, as one SVG path (drawn by Lit as an attribute: no HTML, no data: URL, so it works
 * under strict CSP and Trusted Types). Loaded only when a visitor asks for the QR code; lean-qr's "nano" build
 * (about 2 KB gzip) does the encoding.
 */
import { generate } from 'lean-qr/nano';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, offset by a 4-module quiet zone. */
  path: string;
}

export function qrMatrix(text: string): QrMatrix {
  const code = generate(text);
  const parts: string[] = [];
  for (let y = 0; y < code.size; y += 1) {
    for (let x = 0; x < code.size; x += 1) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run += 1;
      parts.push(`M${x + 4} ${y + 4}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return { size: code.size, path: parts.join('') };
}
