import { load, type CheerioAPI } from 'cheerio';
import type { FeedItem } from '../../domain/collected.ts';
import type { Feed } from '../../domain/catalog.ts';
import { normalizeItems, type RawItem } from './normalize-items.ts';

type ListingSelectors = NonNullable<Feed['listing']>;

/**
 * Items from an HTML listing page (sites without RSS: dangcongsan.vn, chinhphu.vn, vksndtc.gov.vn…):
 * each `item` element (or each matching link) gives a link, a title and, where the page shows one,
 * a date. Links not matching `linkPattern` (menus, tags, ads) are skipped.
 */
export function parseListing(html: string, selectors: ListingSelectors, context: { feedId: string; baseUrl: string; now: Date }): FeedItem[] {
  const $ = load(html);
  const pattern = selectors.linkPattern ? new RegExp(selectors.linkPattern) : null;
  const raw: RawItem[] = [];
  const containers = selectors.item ? $(selectors.item).toArray() : $(selectors.link).toArray();
  for (const container of containers) {
    const anchor = selectors.item ? $(container).find(selectors.link).first() : $(container);
    const href = anchor.attr('href');
    if (!href) continue;
    const absolute = resolve(href, context.baseUrl);
    if (!absolute || (pattern && !pattern.test(absolute))) continue;
    const scope = selectors.item ? $(container) : anchor;
    const title = (selectors.title ? textOf($, scope.find(selectors.title).first()) : '') || textOf($, anchor) || anchor.attr('title') || '';
    const date = selectors.date ? dateText($, scope.find(selectors.date).first()) : undefined;
    const summary = selectors.item ? scope.find('p, .sapo, .summary, .description').first().text() : undefined;
    const image = scope.find('img').first().attr('data-src') ?? scope.find('img').first().attr('src');
    raw.push({ title, link: absolute, date, summaryHtml: summary, image });
  }
  return normalizeItems(raw, context);
}

function textOf(_$: CheerioAPI, selection: ReturnType<CheerioAPI>): string {
  return selection.text().replace(/\s+/g, ' ').trim();
}

function dateText($: CheerioAPI, selection: ReturnType<CheerioAPI>): string | undefined {
  if (!selection.length) return undefined;
  return selection.attr('datetime') ?? selection.attr('title') ?? textOf($, selection);
}

function resolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
