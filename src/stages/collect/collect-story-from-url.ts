import { BantinError } from '../../domain/errors.ts';
import type { Story } from '../../domain/collected.ts';
import type { SectionId } from '../../domain/sections.ts';
import { FetchError, displayUrl } from '../../fetch/fetch-errors.ts';
import type { Storage } from '../../providers/storage/storage.ts';
import { storyId } from '../cluster/build-stories.ts';
import { fetchArticle } from '../extract/fetch-article.ts';
import { canonicalLink } from './normalize-items.ts';
import { parseFeedDate, toVietnamIso } from './parse-date.ts';

/**
 * One story from one article URL (the web app's "add a story from a URL"): the page is fetched
 * through the guarded fetcher, its text extracted, its outlet named from the page (og:site_name)
 * or its host. Throws a BantinError with a Vietnamese message when the page cannot be used.
 */
export async function collectStoryFromUrl(url: string, section: SectionId, deps: { fetch: typeof fetch; cache: Storage; now: () => Date; signal?: AbortSignal }): Promise<Story> {
  const link = canonicalLink(url, url);
  if (!link) throw new BantinError('collect', `"${url}" không phải địa chỉ bài báo hợp lệ (cần bắt đầu bằng http:// hoặc https://).`);
  let article;
  try {
    article = await fetchArticle(link, undefined, deps);
  } catch (cause) {
    if (cause instanceof FetchError) throw new BantinError('collect', `không tải được bài: ${cause.userMessage}`, { cause });
    throw cause;
  }
  if (!article) throw new BantinError('collect', `${displayUrl(link)} không có nội dung bài báo đọc được. Hãy dán địa chỉ của chính bài viết, không phải trang chuyên mục.`);
  const date = parseFeedDate(article.published);
  const published = toVietnamIso(date ?? deps.now());
  const host = new URL(link).hostname.replace(/^www\./, '');
  const text = article.paragraphs.join('\n\n');
  const title = article.title || article.paragraphs[0]!.slice(0, 120);
  return {
    id: storyId(link),
    section,
    title,
    published,
    score: 0,
    sources: [{ feedId: host.replace(/[^a-z0-9]+/g, '-'), name: article.siteName ?? host, url: link, title, published, official: /\.gov\.vn$/.test(host), text }],
    text,
  };
}
