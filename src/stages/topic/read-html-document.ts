import { load } from 'cheerio';
import { extractArticle } from '../extract/extract-article.ts';
import { structureLines, type SourceLine } from './structure-lines.ts';
import type { TopicDocument } from './topic-document.ts';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** "2026-03-12T08:15:00+07:00" → "12/03/2026"; anything else as stated. */
function statedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : squash(value);
}

/** The page's headline without the site name that <title> and og:title append ("… - VKSND tỉnh Đồng Tháp"). */
function headline(title: string, h1: string, siteName: string | undefined): string {
  if (h1 && title.includes(h1)) return h1;
  const match = /^(.+?)\s+[-|–—:]\s+([^-|–—]+)$/.exec(title);
  if (match?.[1] && match[2] && (match[2] === siteName || match[2].split(' ').length <= 8) && match[1].split(' ').length >= 4) return match[1];
  return title || h1;
}

/**
 * A web page through the project's article extractor (src/stages/extract), so sidebars, menus and
 * share bars go the same way as in the news pipeline; the page's own <h2>–<h4> and <blockquote>
 * mark headings and quotations among the extracted paragraphs. Null when the page holds no article.
 */
export function readHtmlDocument(html: string): TopicDocument | null {
  const article = extractArticle(html);
  if (!article) return null;
  const $ = load(html);
  const headings = new Map<string, number>();
  $('h2, h3, h4, h5').each((_, element) => {
    const text = squash($(element).text());
    if (text && !headings.has(text)) headings.set(text, Number(element.tagName[1]));
  });
  const quotes = new Set<string>();
  $('blockquote').each((_, element) => {
    $(element).find('p').add(element).each((__, node) => void quotes.add(squash($(node).text())));
  });
  // Subheads typed as a paragraph in bold (VnExpress: <p><span><strong>…</strong></span></p>).
  const bold = new Set<string>();
  $('p').each((_, element) => {
    const text = squash($(element).text());
    const strong = squash($(element).find('strong, b').text());
    if (text && strong === text && text.split(' ').length <= 15) bold.add(text);
  });
  const h1 = squash($('h1').first().text());
  const lines: SourceLine[] = article.paragraphs.map((text) => ({
    text,
    ...(headings.has(text) ? { headingLevel: headings.get(text)! } : {}),
    ...(quotes.has(text) ? { quote: true } : {}),
    ...(bold.has(text) ? { bold: true } : {}),
  }));
  const document = structureLines(lines, { title: headline(article.title, h1, article.siteName) });
  const date = document.date ?? statedDate(article.published);
  const issuer = article.siteName ?? document.issuer;
  return { ...document, ...(issuer ? { issuer } : {}), ...(date ? { date } : {}) };
}
