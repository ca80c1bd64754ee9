import { decodeHtmlEntity, learnEntities } from './html-text.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// XML 1.0 forbids C0 controls except tab/LF/CR, U+FFFE/U+FFFF and unpaired surrogates.
const ILLEGAL_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * Fixes what real Vietnamese feeds get wrong before a strict XML parser sees them:
 * a BOM or blank lines before the prolog, a DOCTYPE (dropped: no entity is ever expanded, which
 * defuses billion-laughs and external entities), illegal control characters, bare `&`, and HTML
 * named entities (`&yacute;`) that XML does not define. CDATA sections are left as they are.
 */
export function repairXml(xml: string): string {
  let text = xml.replace(/^\uFEFF/, '').replace(ILLEGAL_XML_CHARS, '').trimStart();
  text = text.replace(/<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>/gi, '');
  text = text.replace(/<!ENTITY[\s\S]*?>/gi, '');
  learnEntities([...text.matchAll(/&([a-z][a-z0-9]{0,31});/gi)].map((match) => match[1]!).filter((name) => !XML_ENTITIES.has(name)));
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(CDATA)) {
    parts.push(defuseOpenTags(repairEntities(text.slice(last, match.index)), '&lt;'), defuseOpenTags(match[0].slice(9, -3), '<', true));
    last = match.index + match[0].length;
  }
  parts.push(defuseOpenTags(repairEntities(text.slice(last)), '&lt;'));
  return parts.join('');
}

/**
 * rss-parser strips HTML from descriptions with `<(?:.|\n)*?>`, which rescans to the end of the
 * field for every `<` that never closes: quadratic, a minute for one hostile 300 KB description.
 * Such a `<` (no `>` before the next `<`) is not a tag anyway, so it becomes text.
 */
function defuseOpenTags(text: string, open: '<' | '&lt;', cdata = false): string {
  let result = text;
  if (open === '<') result = result.replace(/<(?=[^<>]*(?:<|$))/g, '&lt;');
  else if (result.includes('&lt;')) result = result.replace(/&lt;(?=(?:[^&>]|&(?!lt;|gt;))*(?:&lt;|$))/g, '&amp;lt;');
  return cdata ? `<![CDATA[${result}]]>` : result;
}

function repairEntities(text: string): string {
  return text.replace(/&(#[0-9]+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)?/gi, (whole, reference: string | undefined) => {
    if (!reference) return '&amp;';
    if (reference.startsWith('#')) return isLegalReference(reference) ? whole : '';
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHtmlEntity(name);
    if (decoded === null) return `&amp;${reference}`;
    return [...decoded].map((char) => `&#${char.codePointAt(0)};`).join('');
  });
}

function isLegalReference(reference: string): boolean {
  const code = reference.startsWith('#x') || reference.startsWith('#X') ? parseInt(reference.slice(2, -1), 16) : parseInt(reference.slice(1, -1), 10);
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  return (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
