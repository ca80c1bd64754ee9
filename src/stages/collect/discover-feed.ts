import { load } from 'cheerio';

/** The feed a page announces with <link rel="alternate" type="application/rss+xml|atom+xml">, or null. */
export function discoverFeedUrl(html: string, pageUrl: string): string | null {
  const $ = load(html);
  for (const element of $('link[rel~="alternate"]').toArray()) {
    const type = ($(element).attr('type') ?? '').toLowerCase();
    const href = $(element).attr('href');
    if (!href || !/application\/(rss|atom)\+xml|application\/xml|text\/xml/.test(type)) continue;
    try {
      const url = new URL(href, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      continue;
    }
  }
  return null;
}
