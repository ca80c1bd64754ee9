import type { Feed } from '../../domain/catalog.ts';

type ArticleSelectors = NonNullable<Feed['article']>;

/** The catalog's article rule for the site an address belongs to (www. ignored), so any page of a catalogued outlet is read with its own selectors. */
export function articleSelectorsFor(url: string | null | undefined, feeds: readonly Feed[]): ArticleSelectors | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return feeds.find((feed) => feed.article && hostOf(feed.url) === host)?.article;
}

/** The page's own address as it states it (canonical link or og:url), for pages read from a file. */
export function statedUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  const canonical = /<link\b[^>]*\brel=["']canonical["'][^>]*>/i.exec(head)?.[0] ?? /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i.exec(head)?.[0];
  const href = canonical && /\b(?:href|content)=["']([^"']+)["']/i.exec(canonical)?.[1];
  return href && /^https?:\/\//i.test(href) ? href : null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
