/**
 * extract: the article text of each selected story's first sources, fetched (or read from the
 * cache by URL) and merged into the story. A page that fails keeps the feed's summary and is
 * recorded in the run report; it never stops the run.
 */
import type { Feed } from '../domain/catalog.ts';
import type { Story } from '../domain/collected.ts';
import type { Progress } from '../domain/progress.ts';
import type { RunReport } from '../domain/run-report.ts';
import { displayUrl } from '../fetch/fetch-errors.ts';
import { createHostLimiter } from '../fetch/limiter.ts';
import type { Storage } from '../providers/storage/storage.ts';
import { failureReason, throwIfAborted } from './collect.ts';
import { fetchArticle } from './extract/fetch-article.ts';

export interface ExtractDeps {
  fetch: typeof fetch;
  /** Extracted articles by URL. */
  cache: Storage;
  progress: Progress;
  report: RunReport;
  signal?: AbortSignal;
}

/** Sources of a story whose pages are read; the writer sees at most three, one more covers a failure. */
export const SOURCES_PER_STORY = 4;
const ARTICLE_CONCURRENCY = 8;
const PER_HOST = 2;

export async function extractArticles(stories: Story[], feeds: Map<string, Feed>, deps: ExtractDeps): Promise<Story[]> {
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
          if (deps.signal?.aborted) return;
          const reason = failureReason(error) ?? `lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
          deps.report.add({ stage: 'extract', item: source.url, reason: `bài "${story.title}": ${reason} Dùng tóm tắt từ nguồn tin.` });
        } finally {
          done += 1;
          deps.progress({ stage: 'extract', done, total: jobs.length, message: source.title });
        }
      }),
    ),
  );
  throwIfAborted(deps.signal, 'extract');
  return stories.map((story) => withTexts(story, texts));
}

/** The story with each source's article text where one was read, and its primary text. */
function withTexts(story: Story, texts: ReadonlyMap<string, string>): Story {
  const sources = story.sources.map((source) => ({ ...source, text: texts.get(source.url) ?? source.text }));
  return { ...story, sources, text: sources[0]?.text ?? story.text };
}
