import type { Feed } from '../../domain/catalog.ts';
import type { FeedItem, Story, StorySource } from '../../domain/collected.ts';
import { fnv1a32 } from './minhash.ts';

/**
 * One story per cluster. Its sources are ordered so the primary comes first, deterministically:
 * official sources (Party, Government, the procuracy), then higher source weight, then a real date
 * over a first-seen one, then the earliest report, then feed id and URL. The story takes the
 * primary's section, title and date; `text` starts as the feed summary until extraction fills it.
 * An article listed by several feeds appears once, under its best-ranked feed.
 */
export function buildStories(clusters: FeedItem[][], feeds: Map<string, Feed>): Story[] {
  const stories: Story[] = [];
  for (const cluster of clusters) {
    const seen = new Set<string>();
    // One article carried by two feeds of an outlet (its home page and a section) is one source.
    const sources = orderSources(cluster, feeds)
      .filter((item) => !seen.has(item.link) && Boolean(seen.add(item.link)))
      .map((item) => toSource(item, feeds.get(item.feedId)));
    const primary = sources[0];
    const feed = primary ? feeds.get(primary.feedId) : undefined;
    if (!primary || !feed) continue;
    stories.push({ id: storyId(primary.url), section: feed.section, title: primary.title, published: primary.published, score: 0, sources, text: primary.text });
  }
  return stories;
}

export function orderSources(items: FeedItem[], feeds: Map<string, Feed>): FeedItem[] {
  const rank = (item: FeedItem) => feeds.get(item.feedId);
  return [...items].sort((a, b) => {
    const feedA = rank(a);
    const feedB = rank(b);
    return (
      Number(feedB?.official ?? false) - Number(feedA?.official ?? false) ||
      (feedB?.weight ?? 0) - (feedA?.weight ?? 0) ||
      Number(a.dateMissing) - Number(b.dateMissing) ||
      Date.parse(a.published) - Date.parse(b.published) ||
      compare(a.feedId, b.feedId) ||
      compare(a.link, b.link)
    );
  });
}

/** "st-" + two FNV-1a hashes of the URL: stable across runs and machines. */
export function storyId(url: string): string {
  return `st-${fnv1a32(url).toString(16).padStart(8, '0')}${fnv1a32(`${url}#`).toString(16).padStart(8, '0')}`;
}

function toSource(item: FeedItem, feed: Feed | undefined): StorySource {
  return {
    feedId: item.feedId,
    name: feed?.name ?? item.feedId,
    url: item.link,
    title: item.title,
    published: item.published,
    official: feed?.official ?? false,
    text: item.summary,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
