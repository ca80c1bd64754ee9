/** Base64 of bytes without Node's Buffer, so the deck builds on Workers too. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A logo image ready for pptxgenjs: a data URI (never a path or URL) and its pixel size. */
export interface DeckImage {
  data: string;
  width: number;
  height: number;
}

/** Reads a PNG or JPEG logo; returns null (no logo) for any other or unreadable format. */
export function readImage(bytes: Uint8Array): DeckImage | null {
  const size = pngSize(bytes) ?? jpegSize(bytes);
  if (!size) return null;
  const mime = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
  return { data: `${mime};base64,${toBase64(bytes)}`, ...size };
}

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((byte, i) => b[i] !== byte)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    const length = ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((b[i + 5] ?? 0) << 8) | (b[i + 6] ?? 0);
      const width = ((b[i + 7] ?? 0) << 8) | (b[i + 8] ?? 0);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    i += 2 + length;
  }
  return null;
}

/** The largest box with the image's aspect ratio inside `max` × `max` inches, centred on (cx, cy). */
export function containImage(image: DeckImage, max: number, cx: number, cy: number): { x: number; y: number; w: number; h: number } {
  const scale = max / Math.max(image.width, image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

/** An MP3 for pptxgenjs addMedia; `extn` keeps the part named .mp3 (a bare audio/mpeg URI would give .mpeg). */
export function mp3Media(bytes: Uint8Array): { type: 'audio'; data: string; extn: string } {
  return { type: 'audio', data: `audio/mpeg;base64,${toBase64(bytes)}`, extn: 'mp3' };
}
