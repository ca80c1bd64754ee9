import type { Feed } from '../../domain/catalog.ts';
import { fetchDocument } from '../../fetch/fetch-document.ts';
import { sha256Hex } from '../../fetch/hash-key.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { extractArticle, type ExtractedArticle } from './extract-article.ts';

/**
 * Fetches an article page and extracts its text, cached by URL in `cache` so a re-run fetches
 * nothing it already read. Null when the page holds no article; throws FetchError when the page
 * cannot be fetched.
 */
export async function fetchArticle(url: string, selectors: Feed['article'], deps: { fetch: typeof fetch; cache: Storage; signal?: AbortSignal }): Promise<ExtractedArticle | null> {
  // v2: texts read by the Readability-based extractor; texts cached by the old one are read again.
  const key = `extract/articles/v2/${await sha256Hex(url)}`;
  const cached = await getJson<ExtractedArticle>(deps.cache, key);
  if (cached) return cached;
  const page = await fetchDocument(url, deps);
  const article = extractArticle(page.text, selectors);
  if (article) await putJson(deps.cache, key, article);
  return article;
}
