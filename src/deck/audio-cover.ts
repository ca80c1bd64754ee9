/**
 * The picture shown where a clip sits on a slide: a round play button in the theme's colours.
 * pptxgenjs's default cover is a 55 KB dark square repeated on every slide; this PNG is built here
 * (stored, uncompressed deflate: no zlib needed, so it also runs on Workers) and is about 16 KB.
 */
const SIZE = 64;
const covers = new Map<string, string>();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream of stored blocks (each at most 65535 bytes). */
function storedZlib(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let offset = 0; offset < raw.length || offset === 0; offset += 65535) {
    const block = raw.subarray(offset, offset + 65535);
    const last = offset + 65535 >= raw.length ? 1 : 0;
    out.push(last, block.length & 255, block.length >>> 8, ~block.length & 255, (~block.length >>> 8) & 255, ...block);
    if (last) break;
  }
  out.push(...u32(adler32(raw)));
  return new Uint8Array(out);
}

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/**
 * A data URI (pptxgenjs form, "image/png;base64,…") of a play button: `fill` disc, `mark` triangle.
 * With `background` the corners are painted in it rather than left transparent: LibreOffice shows
 * a grey box behind the transparent parts of a clip's picture.
 */
export function audioCoverPng(fill: string, mark: string, background?: string): string {
  const key = `${fill}/${mark}/${background ?? ''}`;
  const cached = covers.get(key);
  if (cached) return cached;
  const [fr, fg, fb] = rgb(fill);
  const [mr, mg, mb] = rgb(mark);
  const back = background ? rgb(background) : null;
  const raw = new Uint8Array(SIZE * (1 + SIZE * 4));
  const c = (SIZE - 1) / 2;
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (1 + SIZE * 4);
    for (let x = 0; x < SIZE; x += 1) {
      const r = Math.hypot(x - c, y - c);
      // Triangle pointing right, centred a little right of the middle.
      const inTriangle = x >= 24 && x <= 46 && Math.abs(y - c) <= ((x - 24) / 22) * -13 + 13;
      const coverage = r <= c ? 1 : r <= c + 1 ? c + 1 - r : 0;
      const [red, green, blue] = inTriangle ? [mr, mg, mb] : [fr, fg, fb];
      if (back) {
        const mix = (front: number, behind: number) => Math.round(front * coverage + behind * (1 - coverage));
        raw.set([mix(red, back[0]), mix(green, back[1]), mix(blue, back[2]), 255], row + 1 + x * 4);
      } else {
        raw.set([red, green, blue, Math.round(255 * coverage)], row + 1 + x * 4);
      }
    }
  }
  const header = new Uint8Array([...u32(SIZE), ...u32(SIZE), 8, 6, 0, 0, 0]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', header), ...chunk('IDAT', storedZlib(raw)), ...chunk('IEND', new Uint8Array())]);
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  const uri = `image/png;base64,${btoa(binary)}`;
  covers.set(key, uri);
  return uri;
}
