import { load } from 'cheerio';

const entityCache = new Map<string, string | null>();

/** The text an HTML named entity stands for (`yacute` → "ý"), or null when HTML has no such entity. */
export function decodeHtmlEntity(name: string): string | null {
  const cached = entityCache.get(name);
  if (cached !== undefined) return cached;
  const decoded = load(`&${name};`, null, false).text();
  const result = decoded === `&${name};` ? null : decoded;
  if (entityCache.size < 10_000) entityCache.set(name, result);
  return result;
}

/**
 * Plain text from a feed field that may hold HTML, entities or both, including entities that sat
 * inside CDATA (Thanh Niên titles): tags dropped, entities decoded, whitespace collapsed, NFC.
 * A regex pass rather than a DOM parse: feed fields are short fragments and this runs per item.
 */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  let text = html;
  if (text.includes('<')) {
    text = text
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-z!][^>]*>/gi, ' ');
  }
  // Entities escaped twice (`&amp;yacute;`) survive one decoding; decode once more.
  if (text.includes('&')) text = decodeEntities(decodeEntities(text));
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** Decodes numeric and named character references once; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (whole, reference: string) => {
    if (reference.startsWith('#')) {
      const code = reference[1] === 'x' || reference[1] === 'X' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return decodeHtmlEntity(reference) ?? whole;
  });
}

/** The first <img src> inside an HTML fragment, if any. */
export function firstImage(html: string | undefined | null): string | undefined {
  return html?.match(/<img[^>]+src\s*=\s*["']([^"']+)["']/i)?.[1];
}
