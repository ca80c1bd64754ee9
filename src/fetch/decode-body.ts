import iconv from 'iconv-lite';

/**
 * Bytes → text, the way Miniflux and FreshRSS do it: a BOM wins; bytes that are UTF-8 are UTF-8
 * whatever the labels say (prologs are often wrong), and a few stray invalid bytes in an otherwise
 * UTF-8 document become U+FFFD rather than sending every item through a legacy code page;
 * otherwise the HTTP charset, the XML prolog or the HTML meta, and finally windows-1258, the legacy
 * Vietnamese code page.
 * The result is NFC: windows-1258 and some CMSs produce decomposed (NFD) Vietnamese.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decodeRaw(bytes, contentType).normalize('NFC');
}

function decodeRaw(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytesToBuffer(bytes.subarray(2)), 'utf-16be');
  const head = latin1(bytes.subarray(0, 2048));
  const labels = [charsetFromContentType(contentType), charsetFromProlog(head), charsetFromMeta(head)];
  const labelledUtf8 = /^utf-?8$/i.test(labels.find(Boolean) ?? '');
  if (looksLikeUtf8(bytes, labelledUtf8 ? 1 : 9)) return new TextDecoder('utf-8').decode(bytes);
  for (const label of labels) {
    if (!label || /^utf-?8$/i.test(label)) continue;
    if (iconv.encodingExists(label)) return iconv.decode(bytesToBuffer(bytes), label);
  }
  return iconv.decode(bytesToBuffer(bytes), 'windows-1258');
}

/**
 * Legacy Vietnamese text (windows-1258, TCVN) almost never forms a valid UTF-8 multi-byte
 * sequence, while a UTF-8 feed damaged by a CMS has a handful of bad bytes among hundreds of good
 * sequences. Labelled UTF-8, more valid sequences than bad bytes is enough; otherwise it takes
 * `ratio` valid sequences per bad byte.
 */
function looksLikeUtf8(bytes: Uint8Array, ratio: number): boolean {
  let valid = 0;
  let invalid = 0;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length === 0) {
      invalid += 1;
      index += 1;
    } else {
      valid += 1;
      index += length;
    }
  }
  return invalid === 0 || valid >= invalid * ratio;
}

/** Length of the well-formed UTF-8 sequence starting at `index` (RFC 3629 table), or 0. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  const at = (offset: number) => bytes[index + offset] ?? -1;
  const continuation = (offset: number, low = 0x80, high = 0xbf) => at(offset) >= low && at(offset) <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

export function charsetFromContentType(contentType: string | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

function charsetFromProlog(head: string): string | null {
  return head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ?? null;
}

function charsetFromMeta(head: string): string | null {
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function bytesToBuffer(bytes: Uint8Array): Parameters<typeof iconv.decode>[0] {
  return bytes as Parameters<typeof iconv.decode>[0];
}
