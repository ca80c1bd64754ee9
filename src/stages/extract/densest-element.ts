import { cleanText } from './page-paragraphs.ts';

const INLINE = new Set(['b', 'strong', 'i', 'em', 'span', 'u', 'font', 'sup', 'sub', 'a']);

/**
 * Candidates for the body of a page the library finds no article in, best first: the element whose
 * direct paragraphs hold the most non-link text (content density), then, for old CMS pages with the
 * whole text in one cell and <br> breaks, the element with the most loose text.
 */
export function densestElements(document: Document, minChars: number): Element[] {
  const candidates = [densestParagraphs(document), densestTextBlock(document, minChars)].filter((element): element is Element => element !== null);
  return candidates.filter((element, index) => candidates.indexOf(element) === index);
}

function densestParagraphs(document: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const scored = new Set<Element>();
  for (const paragraph of document.querySelectorAll('p')) {
    const container = paragraph.parentElement;
    if (!container || scored.has(container)) continue;
    scored.add(container);
    let score = 0;
    for (const child of container.children) {
      if (child.localName !== 'p') continue;
      const text = cleanText(child.textContent ?? '');
      if (text.length < 25) continue;
      const linkText = [...child.querySelectorAll('a')].reduce((sum, link) => sum + cleanText(link.textContent ?? '').length, 0);
      score += text.length * (1 - Math.min(1, linkText / text.length)) + (text.match(/,/g)?.length ?? 0) * 10;
    }
    if (/\barticle\b|content|detail|body/i.test(`${container.getAttribute('class') ?? ''} ${container.getAttribute('id') ?? ''}`) || container.localName === 'article') score *= 1.2;
    if (score > bestScore) {
      bestScore = score;
      best = container;
    }
  }
  return best;
}

function densestTextBlock(document: Document, minChars: number): Element | null {
  let best: Element | null = null;
  let bestLength = minChars - 1;
  for (const element of document.querySelectorAll('div, td, section, article, main')) {
    let length = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) length += cleanText((child as Text).data).length;
      else if (child.nodeType === 1 && INLINE.has((child as Element).localName)) length += cleanText(child.textContent ?? '').length;
    }
    if (length > bestLength) {
      bestLength = length;
      best = element;
    }
  }
  return best;
}
