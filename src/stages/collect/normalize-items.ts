import type { FeedItem } from '../../domain/collected.ts';
import { htmlToText } from './html-text.ts';
import { parseFeedDate, toVietnamIso } from './parse-date.ts';

/** An item as a feed or listing page gave it, before cleaning. */
export interface RawItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  /** Description or content; may be HTML. */
  summaryHtml?: string;
  image?: string;
  /** The feed's categories for the item. */
  categories?: string[];
}

const SUMMARY_MAX = 600;
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|gidzl|zarsrc|mc_[a-z]+)$/i;

/**
 * Clean, absolute, deduplicated items: titles and summaries as plain NFC text, links resolved
 * against the feed URL (doubled hosts repaired, tracking parameters dropped), dates in +07:00
 * (first-seen `now` when missing). An item repeated under the same link is kept once; a GUID reused for different links keeps each.
 */
export function normalizeItems(raw: RawItem[], context: { feedId: string; baseUrl: string; now: Date }): FeedItem[] {
  const items: FeedItem[] = [];
  const seenLinks = new Set<string>();
  const seenGuids = new Set<string>();
  for (const entry of raw) {
    const link = canonicalLink(entry.link ?? (entry.guid && /^https?:/i.test(entry.guid) ? entry.guid : undefined), context.baseUrl);
    const summary = truncate(htmlToText(entry.summaryHtml), SUMMARY_MAX);
    // An untitled item still counts: its summary's opening words stand in for the title.
    const title = htmlToText(entry.title) || truncate(summary, 120);
    if (!link || !title || seenLinks.has(link)) continue;
    seenLinks.add(link);
    // Some CMSs reuse one GUID for every item: keep the items apart by their links.
    const baseGuid = entry.guid?.trim() || link;
    const guid = seenGuids.has(baseGuid) ? `${baseGuid}#${link}` : baseGuid;
    seenGuids.add(guid);
    const date = parseFeedDate(entry.date);
    const image = entry.image ? canonicalLink(entry.image, context.baseUrl) : null;
    items.push({
      feedId: context.feedId,
      title,
      link,
      guid,
      published: toVietnamIso(date ?? context.now),
      dateMissing: date === null,
      summary: summary === title ? '' : summary,
      ...(image ? { image } : {}),
      ...(entry.categories?.length ? { categories: entry.categories.map((name) => htmlToText(name)).filter(Boolean) } : {}),
    });
  }
  return items;
}

/** Absolute http(s) URL without fragment or tracking parameters; null when the link is unusable. */
export function canonicalLink(link: string | undefined, base: string): string | null {
  let value = link?.trim();
  if (!value) return null;
  // VNA's feed emits "https://vnanet.vnhttps://vnanet.vn/…": keep the last absolute URL.
  const lastScheme = Math.max(value.lastIndexOf('http://'), value.lastIndexOf('https://'));
  if (lastScheme > 0) value = value.slice(lastScheme);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  return url.href;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max)}…`;
}
