import Parser from 'rss-parser';
import type { FeedItem } from '../../domain/collected.ts';
import { firstImage } from './html-text.ts';
import { normalizeItems, type RawItem } from './normalize-items.ts';
import { repairXml } from './repair-xml.ts';

type ParsedItem = Parser.Item & {
  id?: string;
  summary?: string;
  description?: string;
  dcDate?: string;
  updated?: string;
  mediaContent?: { $?: { url?: string } };
  mediaThumbnail?: { $?: { url?: string } };
};

const parser: Parser<Record<string, unknown>, ParsedItem> = new Parser({
  defaultRSS: 2.0,
  customFields: {
    item: [
      ['dc:date', 'dcDate'],
      ['updated', 'updated'],
      ['description', 'description'],
      ['media:content', 'mediaContent'],
      ['media:thumbnail', 'mediaThumbnail'],
    ],
  },
});

/**
 * RSS 0.9x/1.0/2.0 or Atom text → normalized items, after repairing the XML. Throws when the
 * text is not a feed at all; the collector records that as the feed's error.
 */
export async function parseFeed(xml: string, context: { feedId: string; baseUrl: string; now: Date }): Promise<FeedItem[]> {
  const feed = await parser.parseString(repairXml(xml));
  const raw: RawItem[] = (feed.items ?? []).map((item) => {
    const html = item.description ?? item.content ?? item.summary ?? item.contentSnippet;
    return {
      title: item.title,
      link: item.link,
      guid: item.guid ?? item.id,
      date: item.pubDate ?? item.isoDate ?? item.dcDate ?? item.updated,
      summaryHtml: html,
      image: imageOf(item, html),
      categories: categoriesOf(item.categories),
    };
  });
  return normalizeItems(raw, context);
}

/** rss-parser gives a category as text, or as `{ _: text }` when the element has attributes. */
function categoriesOf(categories: unknown): string[] | undefined {
  if (!Array.isArray(categories)) return undefined;
  const names = categories.map((entry) => (typeof entry === 'string' ? entry : typeof entry?._ === 'string' ? entry._ : '')).map((name) => name.trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}

function imageOf(item: ParsedItem, html: string | undefined): string | undefined {
  const enclosure = item.enclosure;
  if (enclosure?.url && (!enclosure.type || enclosure.type.startsWith('image/'))) return enclosure.url;
  return item.mediaContent?.$?.url ?? item.mediaThumbnail?.$?.url ?? firstImage(html);
}

/** True when the text looks like an HTML page rather than a feed (a site's home page, an error page). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<?xml') && !head.includes('<html')) return false;
  return head.startsWith('<!doctype html') || head.includes('<html') || (head.includes('<head') && head.includes('<body'));
}
