import { load } from 'cheerio';
import type { SourceLine } from './structure-lines.ts';

/** Block elements of simple HTML (mammoth's output, a saved page's article) as lines with their emphasis. */
export function htmlLines(html: string): SourceLine[] {
  const $ = load(html);
  $('script, style, noscript, template, figcaption, figure figcaption').remove();
  const lines: SourceLine[] = [];
  $('h1, h2, h3, h4, h5, h6, p, li, blockquote, td, th').each((_, element) => {
    const node = $(element);
    // Nested blocks (a <p> inside an <li> or a <blockquote>) are read once, through the innermost one.
    if (node.find('h1, h2, h3, h4, h5, h6, p, li, td').length > 0) return;
    const text = node.text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    const tag = element.tagName.toLowerCase();
    const letters = text.replace(/[^\p{L}]/gu, '').length;
    const emphasised = (selector: string) => letters > 0 && node.find(selector).text().replace(/[^\p{L}]/gu, '').length >= letters * 0.9;
    lines.push({
      text,
      ...(/^h[1-6]$/.test(tag) ? { headingLevel: Number(tag[1]) } : {}),
      ...(emphasised('strong, b') ? { bold: true } : {}),
      ...(emphasised('em, i') ? { italic: true } : {}),
      ...(tag === 'blockquote' || node.parents('blockquote').length > 0 ? { quote: true } : {}),
    });
  });
  return lines;
}
