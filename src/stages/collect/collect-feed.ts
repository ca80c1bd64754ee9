import type { Feed } from '../../domain/catalog.ts';
import type { FeedItem } from '../../domain/collected.ts';
import { fetchDocument, type FetchedDocument } from '../../fetch/fetch-document.ts';
import { FetchError } from '../../fetch/fetch-errors.ts';
import { sha256Hex } from '../../fetch/hash-key.ts';
import { getText, type Storage } from '../../providers/storage/storage.ts';
import { discoverFeedUrl } from './discover-feed.ts';
import { parseListing } from './parse-listing.ts';
import { looksLikeHtml, parseFeed } from './parse-feed.ts';
import { toVietnamIso } from './parse-date.ts';

/** A feed's items, and whether the server said nothing changed since the last run. */
export interface FeedHarvest {
  status: 'ok' | 'not-modified';
  items: FeedItem[];
  /** Vietnamese, for the run report: the page was read but the catalog's listing selectors matched no article. */
  warning?: string;
}

/** A feed that answered but could not be read as news; the message is Vietnamese. */
export class FeedFormatError extends Error {}

/**
 * Fetches one catalog entry and turns it into items: RSS/Atom through rss-parser, an HTML page
 * through its feed link (<link rel="alternate">) or, failing that, its listing selectors.
 * Items without a date get the time this feed first showed them, remembered across runs.
 */
export async function collectFeed(feed: Feed, deps: { fetch: typeof fetch; cache: Storage; now: Date; signal?: AbortSignal }): Promise<FeedHarvest> {
  const document = await fetchDocument(feed.url, deps, { conditional: true });
  const { status, items, warning } = await itemsOf(feed, document, deps);
  return { status, items: await withFirstSeenDates(feed.id, items, deps.cache, deps.now), ...(warning ? { warning } : {}) };
}

function fromListing(feed: Feed & { listing: NonNullable<Feed['listing']> }, document: FetchedDocument, context: { feedId: string; baseUrl: string; now: Date }): FeedHarvest {
  const items = parseListing(document.text, feed.listing, context);
  if (items.length || document.status === 'not-modified') return { status: document.status, items };
  const unchecked = feed.listing.verified === false ? ' Bộ chọn này chưa từng được đối chiếu với trang thật của báo.' : '';
  const warning = `bộ chọn trang danh sách không khớp bài nào (listing.link "${feed.listing.link}"${feed.listing.item ? `, listing.item "${feed.listing.item}"` : ''}); có thể trang đã đổi giao diện.${unchecked} Mở trang, tìm lại bộ chọn và sửa mục "listing" của nguồn "${feed.id}" trong danh mục.`;
  return { status: document.status, items, warning };
}

async function itemsOf(feed: Feed, document: FetchedDocument, deps: { fetch: typeof fetch; cache: Storage; now: Date; signal?: AbortSignal }): Promise<FeedHarvest> {
  const context = { feedId: feed.id, baseUrl: document.url, now: deps.now };
  if (feed.kind === 'html') {
    if (!feed.listing) throw new FeedFormatError('nguồn kiểu html nhưng thiếu "listing" (bộ chọn liên kết bài viết) trong danh mục.');
    return fromListing({ ...feed, listing: feed.listing }, document, context);
  }
  if (!looksLikeHtml(document.text)) return { status: document.status, items: await parseOrExplain(document.text, context) };
  const discovered = discoverFeedUrl(document.text, document.url);
  if (discovered && discovered !== feed.url && discovered !== document.url) {
    try {
      const feedDocument = await fetchDocument(discovered, deps, { conditional: true });
      const items = await parseOrExplain(feedDocument.text, { ...context, baseUrl: feedDocument.url });
      return { status: feedDocument.status, items };
    } catch (error) {
      if (!feed.listing) throw error;
    }
  }
  if (feed.listing) return fromListing({ ...feed, listing: feed.listing }, document, context);
  throw new FeedFormatError('địa chỉ trả về trang HTML, không phải RSS/Atom, và trang không khai báo nguồn RSS (<link rel="alternate">). Sửa địa chỉ RSS hoặc khai báo "kind": "html" với "listing" trong danh mục.');
}

async function parseOrExplain(text: string, context: { feedId: string; baseUrl: string; now: Date }): Promise<FeedItem[]> {
  try {
    return await parseFeed(text, context);
  } catch (cause) {
    if (cause instanceof FetchError) throw cause;
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new FeedFormatError(`nội dung không đọc được như RSS/Atom: tệp XML hỏng hoặc bị cắt ngang; báo cho nơi đăng nguồn tin hoặc tạm tắt nguồn này (chi tiết kỹ thuật: ${detail}).`, { cause });
  }
}

async function withFirstSeenDates(feedId: string, items: FeedItem[], cache: Storage, now: Date): Promise<FeedItem[]> {
  const nowIso = toVietnamIso(now);
  return Promise.all(
    items.map(async (item) => {
      if (!item.dateMissing) return item;
      const key = `collect/first-seen/${await sha256Hex(`${feedId}\n${item.guid}`)}`;
      const known = await getText(cache, key);
      if (known) return { ...item, published: known };
      await cache.put(key, nowIso);
      return { ...item, published: nowIso };
    }),
  );
}
