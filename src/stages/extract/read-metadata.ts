import { cleanText } from './page-paragraphs.ts';

/** What an article page says about itself. */
export interface PageMetadata {
  title: string | null;
  /** As the page states it (meta, <time> or the catalog's date selector), unparsed. */
  published: string | null;
  siteName: string | null;
}

const DATE_META = ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[property="og:published_time"]', 'meta[name="date"]'];

/** Title, publication date and outlet from the page's meta tags, JSON-LD and <time>; `dateSelector` (from the catalog) wins when it matches. */
export function readMetadata(document: Document, dateSelector?: string): PageMetadata {
  const meta = (selector: string) => cleanText(document.querySelector(selector)?.getAttribute('content') ?? '');
  const title = meta('meta[property="og:title"]') || cleanText(document.querySelector('h1')?.textContent ?? '') || cleanText(document.querySelector('title')?.textContent ?? '');
  const published = (dateSelector ? dateFrom(document, dateSelector) : '') || DATE_META.map(meta).find(Boolean) || jsonLdDate(document) || cleanText(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  const siteName = meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]');
  return { title: title || null, published: published || null, siteName: siteName || null };
}

function dateFrom(document: Document, selector: string): string {
  let element: Element | null = null;
  try {
    element = document.querySelector(selector);
  } catch {
    return '';
  }
  if (!element) return '';
  return cleanText(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.textContent ?? '');
}

function jsonLdDate(document: Document): string {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found) return cleanText(found[1]!);
  }
  return '';
}
