import iconv from 'iconv-lite';

/**
 * Bytes → text, the way Miniflux and FreshRSS do it: a BOM wins; bytes that are valid UTF-8 are
 * UTF-8 whatever the labels say (prologs are often wrong); otherwise the HTTP charset, the XML
 * prolog or the HTML meta, and finally windows-1258, the legacy Vietnamese code page.
 * The result is NFC: windows-1258 and some CMSs produce decomposed (NFD) Vietnamese.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decodeRaw(bytes, contentType).normalize('NFC');
}

function decodeRaw(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytesToBuffer(bytes.subarray(2)), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: trust the labels below
  }
  const head = latin1(bytes.subarray(0, 2048));
  const labels = [charsetFromContentType(contentType), charsetFromProlog(head), charsetFromMeta(head)];
  for (const label of labels) {
    if (!label || /^utf-?8$/i.test(label)) continue;
    if (iconv.encodingExists(label)) return iconv.decode(bytesToBuffer(bytes), label);
  }
  return iconv.decode(bytesToBuffer(bytes), 'windows-1258');
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
