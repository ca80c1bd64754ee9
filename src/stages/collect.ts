/**
 * collect: every enabled feed of the catalog fetched and parsed, and the items of the meeting
 * window kept. One failing feed is recorded (FeedStatus + run report) and never stops the run.
 */
import type { Catalog, Feed } from '../domain/catalog.ts';
import type { FeedItem, FeedStatus, TimeWindow } from '../domain/collected.ts';
import { BantinError } from '../domain/errors.ts';
import type { Progress } from '../domain/progress.ts';
import type { RunReport } from '../domain/run-report.ts';
import { FetchError, displayUrl } from '../fetch/fetch-errors.ts';
import { createHostLimiter } from '../fetch/limiter.ts';
import type { Storage } from '../providers/storage/storage.ts';
import { collectFeed, FeedFormatError, type FeedHarvest } from './collect/collect-feed.ts';

export interface CollectDeps {
  /** The guarded fetcher. */
  fetch: typeof fetch;
  /** HTTP validators and bodies, first-seen dates. */
  cache: Storage;
  now: () => Date;
  progress: Progress;
  report: RunReport;
  signal?: AbortSignal;
}

/** The feeds' statuses and the items published inside the meeting window. */
export interface CollectedItems {
  feeds: FeedStatus[];
  items: FeedItem[];
}

/** One feed as fetched: its items, or the Vietnamese reason it could not be read. */
export interface HarvestedFeed {
  feed: Feed;
  status: FeedStatus['status'];
  items: FeedItem[];
  error?: string;
}

const FEED_CONCURRENCY = 16;
const PER_HOST = 2;

export async function collectFeeds(options: { catalog: Catalog; window: TimeWindow }, deps: CollectDeps): Promise<CollectedItems> {
  const feeds = options.catalog.feeds.filter((feed) => feed.enabled);
  const limit = createHostLimiter(FEED_CONCURRENCY, PER_HOST);
  const now = deps.now();
  let done = 0;
  deps.progress({ stage: 'collect', done, total: feeds.length, message: 'Đang tải các nguồn tin' });
  const harvested = await Promise.all(
    feeds.map((feed) =>
      limit(feed.url, async () => {
        try {
          return await harvestFeed(feed, { ...deps, now }, (reason) => `lỗi không mong đợi: ${reason}`);
        } finally {
          done += 1;
          deps.progress({ stage: 'collect', done, total: feeds.length, message: feed.name });
        }
      }),
    ),
  );
  throwIfAborted(deps.signal, 'collect');
  return itemsInWindow(harvested, options.window);
}

/**
 * One feed fetched and parsed. A feed that cannot be read is recorded with the reason, never
 * thrown; an error no one expected is recorded with `unexpected(message)`, or thrown when that
 * returns null (Workers retries the queue message instead).
 */
export async function harvestFeed(
  feed: Feed,
  deps: { fetch: typeof fetch; cache: Storage; now: Date; signal?: AbortSignal; report?: RunReport },
  unexpected: (message: string) => string | null,
): Promise<HarvestedFeed> {
  const where = `nguồn "${feed.name}" (${displayUrl(feed.url)})`;
  let harvest: FeedHarvest;
  try {
    harvest = await collectFeed(feed, deps);
  } catch (error) {
    const reason = failureReason(error) ?? unexpected(error instanceof Error ? error.message : String(error));
    if (reason === null) throw error;
    deps.report?.add({ stage: 'collect', item: feed.id, reason: `${where}: ${reason}` });
    return { feed, status: 'error', items: [], error: reason };
  }
  if (harvest.warning) deps.report?.add({ stage: 'collect', item: feed.id, reason: `${where}: ${harvest.warning}` });
  return { feed, status: harvest.status, items: harvest.items };
}

/**
 * The items of the window, each under its catalog feed's id, and every feed's status. Feeds are
 * shared between cells on Workers by URL, so the item's feed id is always the reader's own.
 */
export function itemsInWindow(harvested: HarvestedFeed[], window: TimeWindow): CollectedItems {
  const since = Date.parse(window.since);
  const until = Date.parse(window.until);
  const feeds: FeedStatus[] = [];
  const items: FeedItem[] = [];
  for (const { feed, status, items: all, error } of harvested) {
    const kept = all.filter((item) => {
      const time = Date.parse(item.published);
      return time >= since && time < until;
    });
    items.push(...kept.map((item) => (item.feedId === feed.id ? item : { ...item, feedId: feed.id })));
    feeds.push({ id: feed.id, status, items: all.length, inWindow: kept.length, ...(error !== undefined ? { error } : {}) });
  }
  return { feeds, items };
}

/** The Vietnamese reason of an expected failure to read a feed or page; null for anything else. */
export function failureReason(error: unknown): string | null {
  if (error instanceof FetchError) return error.userMessage;
  if (error instanceof FeedFormatError) return error.message;
  if (error instanceof BantinError) return error.userMessage;
  return null;
}

export function throwIfAborted(signal: AbortSignal | undefined, stage: 'collect' | 'extract'): void {
  if (signal?.aborted) throw new BantinError(stage, 'đã hủy việc thu thập tin theo yêu cầu.', { cause: signal.reason });
}
