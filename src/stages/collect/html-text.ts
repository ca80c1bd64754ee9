import { load } from 'cheerio';

const entityCache = new Map<string, string | null>();
const MAX_ENTITY_NAME = 32;
const MAX_BATCH = 2_000;
const MAX_FIELD = 20_000;

/** The text an HTML named entity stands for (`yacute` → "ý"), or null when HTML has no such entity. */
export function decodeHtmlEntity(name: string): string | null {
  if (name.length > MAX_ENTITY_NAME) return null;
  if (!entityCache.has(name)) learnEntities([name]);
  return entityCache.get(name) ?? null;
}

/**
 * Decodes many entity names with one HTML parse and remembers them, so a feed full of `&agrave;`
 * costs one parse, not one per reference. Names past the batch limit stay unknown (kept as text).
 */
export function learnEntities(names: Iterable<string>): void {
  const fresh = [...new Set(names)].filter((name) => name.length <= MAX_ENTITY_NAME && !entityCache.has(name)).slice(0, MAX_BATCH);
  if (!fresh.length) return;
  const $ = load(fresh.map((name) => `<i>&${name};</i>`).join(''), null, false);
  $('i').each((index, element) => {
    const name = fresh[index]!;
    const text = $(element).text();
    // Every HTML entity is one or two code points; more means parse5 matched a legacy prefix ("&notit;" → "¬it;").
    if (entityCache.size < 20_000) entityCache.set(name, text === `&${name};` || [...text].length > 2 ? null : text);
  });
  for (const name of fresh) if (!entityCache.has(name) && entityCache.size < 20_000) entityCache.set(name, null);
}

/**
 * Plain text from a feed field that may hold HTML, entities or both, including entities that sat
 * inside CDATA (Thanh Niên titles): tags dropped, entities decoded, whitespace collapsed, NFC.
 * A regex pass rather than a DOM parse: feed fields are short fragments and this runs per item.
 */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  // Feed fields are short; a cap keeps hostile megabyte fields from costing regex time.
  let text = html.length > MAX_FIELD ? html.slice(0, MAX_FIELD) : html;
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
