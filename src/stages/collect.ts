/**
 * collect → cluster → select → extract: from the catalog to the bulletin's stories with their text.
 * One failing feed or page is recorded (FeedStatus + run report) and never stops the run.
 */
import type { Catalog, Feed } from '../domain/catalog.ts';
import type { CollectResult, FeedItem, FeedStatus, Story, TimeWindow } from '../domain/collected.ts';
import { BantinError } from '../domain/errors.ts';
import type { Progress } from '../domain/progress.ts';
import type { RunReport } from '../domain/run-report.ts';
import type { SectionId } from '../domain/sections.ts';
import { FetchError, displayUrl } from '../fetch/fetch-errors.ts';
import { createHostLimiter } from '../fetch/limiter.ts';
import type { Storage } from '../providers/storage/storage.ts';
import { buildStories } from './cluster/build-stories.ts';
import { clusterItems } from './cluster/cluster-items.ts';
import { collectFeed, FeedFormatError, type FeedHarvest } from './collect/collect-feed.ts';
import { fetchArticle } from './extract/fetch-article.ts';
import { describeRejections, filterRelevant } from './select/filter-relevant.ts';
import { selectStories } from './select/select-stories.ts';

export { collectStoryFromUrl } from './collect/collect-story-from-url.ts';

export interface CollectOptions {
  catalog: Catalog;
  window: TimeWindow;
  /** Stories per section. */
  quotas: Record<SectionId, number>;
}

export interface CollectDeps {
  /** The guarded fetcher. */
  fetch: typeof fetch;
  /** HTTP validators and bodies, first-seen dates, extracted articles. */
  cache: Storage;
  now: () => Date;
  progress: Progress;
  report: RunReport;
  signal?: AbortSignal;
}

const FEED_CONCURRENCY = 16;
const ARTICLE_CONCURRENCY = 8;
const PER_HOST = 2;
const SOURCES_PER_STORY = 4;

export async function collectStories(options: CollectOptions, deps: CollectDeps): Promise<CollectResult> {
  const feeds = new Map(options.catalog.feeds.map((feed) => [feed.id, feed]));
  const harvested = await harvestFeeds(options.catalog.feeds.filter((feed) => feed.enabled), deps);
  const since = Date.parse(options.window.since);
  const until = Date.parse(options.window.until);
  const inWindow = (item: FeedItem) => {
    const time = Date.parse(item.published);
    return time >= since && time < until;
  };
  const statuses: FeedStatus[] = harvested.map(({ feed, harvest, error }) =>
    harvest ? { id: feed.id, status: harvest.status, items: harvest.items.length, inWindow: harvest.items.filter(inWindow).length } : { id: feed.id, status: 'error', items: 0, inWindow: 0, error },
  );
  const items = harvested.flatMap(({ harvest }) => harvest?.items.filter(inWindow) ?? []);

  const { kept, rejected } = filterRelevant(items, { feeds, rules: options.catalog.relevance });
  deps.progress({ stage: 'cluster', done: 0, total: kept.length, message: `Đang gộp các tin trùng nhau; bỏ ${describeRejections(rejected)}` });
  const stories = buildStories(clusterItems(kept), feeds);
  deps.progress({ stage: 'cluster', done: kept.length, total: kept.length, message: `${stories.length} sự kiện từ ${kept.length} tin` });

  deps.progress({ stage: 'select', done: 0, total: stories.length, message: 'Đang chọn tin cho từng mục' });
  const selected = selectStories(stories, { window: options.window, quotas: options.quotas, feeds });
  deps.progress({ stage: 'select', done: stories.length, total: stories.length, message: `Chọn ${selected.length} tin` });

  const withText = await extractTexts(selected, feeds, deps);
  return { window: options.window, feeds: statuses, stories: withText };
}

async function harvestFeeds(feeds: Feed[], deps: CollectDeps): Promise<Array<{ feed: Feed; harvest?: FeedHarvest; error?: string }>> {
  const limit = createHostLimiter(FEED_CONCURRENCY, PER_HOST);
  const now = deps.now();
  let done = 0;
  deps.progress({ stage: 'collect', done, total: feeds.length, message: 'Đang tải các nguồn tin' });
  const results = await Promise.all(
    feeds.map((feed) =>
      limit(feed.url, async () => {
        try {
          const harvest = await collectFeed(feed, { fetch: deps.fetch, cache: deps.cache, now, signal: deps.signal });
          if (harvest.warning) deps.report.add({ stage: 'collect', item: feed.id, reason: `nguồn "${feed.name}" (${displayUrl(feed.url)}): ${harvest.warning}` });
          return { feed, harvest };
        } catch (error) {
          const reason = reasonOf(error);
          deps.report.add({ stage: 'collect', item: feed.id, reason: `nguồn "${feed.name}" (${displayUrl(feed.url)}): ${reason}` });
          return { feed, error: reason };
        } finally {
          done += 1;
          deps.progress({ stage: 'collect', done, total: feeds.length, message: feed.name });
        }
      }),
    ),
  );
  throwIfAborted(deps.signal);
  return results;
}

async function extractTexts(stories: Story[], feeds: Map<string, Feed>, deps: CollectDeps): Promise<Story[]> {
  const limit = createHostLimiter(ARTICLE_CONCURRENCY, PER_HOST);
  const jobs = stories.flatMap((story) => story.sources.slice(0, SOURCES_PER_STORY).map((source) => ({ story, source })));
  let done = 0;
  deps.progress({ stage: 'extract', done, total: jobs.length, message: 'Đang lấy nội dung bài viết' });
  const texts = new Map<string, string>();
  const selectorMissed = new Set<string>();
  await Promise.all(
    jobs.map(({ story, source }) =>
      limit(source.url, async () => {
        try {
          const feed = feeds.get(source.feedId);
          const article = await fetchArticle(source.url, feed?.article, deps);
          if (feed?.article && article?.rule !== 'catalog' && !selectorMissed.has(feed.id)) {
            selectorMissed.add(feed.id);
            const unchecked = feed.article.verified === false ? ' Bộ chọn này chưa từng được đối chiếu với trang thật của báo.' : '';
            const fallback = article ? 'đã lấy nội dung bằng cách đọc tự động (thư viện Readability)' : 'không lấy được nội dung';
            deps.report.add({
              stage: 'extract',
              item: feed.id,
              reason: `nguồn "${feed.name}": bộ chọn nội dung bài (article.content "${feed.article.content}") không khớp ở trang ${displayUrl(source.url)}; ${fallback}.${unchecked} Kiểm tra bằng "bantin extract ${source.url}" rồi sửa mục "article" của nguồn "${feed.id}" trong danh mục.`,
            });
          }
          if (article) texts.set(source.url, article.paragraphs.join('\n\n'));
          else deps.report.add({ stage: 'extract', item: source.url, reason: `không tìm thấy nội dung bài "${story.title}" (${displayUrl(source.url)}); dùng tóm tắt từ nguồn tin.` });
        } catch (error) {
          deps.report.add({ stage: 'extract', item: source.url, reason: `bài "${story.title}": ${reasonOf(error)} Dùng tóm tắt từ nguồn tin.` });
        } finally {
          done += 1;
          deps.progress({ stage: 'extract', done, total: jobs.length, message: source.title });
        }
      }),
    ),
  );
  throwIfAborted(deps.signal);
  return stories.map((story) => {
    const sources = story.sources.map((source) => ({ ...source, text: texts.get(source.url) ?? source.text }));
    return { ...story, sources, text: sources[0]?.text ?? story.text };
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof FetchError) return error.userMessage;
  if (error instanceof FeedFormatError) return error.message;
  if (error instanceof BantinError) return error.userMessage;
  return `lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BantinError('collect', 'đã hủy việc thu thập tin theo yêu cầu.', { cause: signal.reason });
}
