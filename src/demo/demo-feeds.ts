import type { RenderedArticle } from './demo-article.ts';
import { demoArticlePath, demoSourcePaths, type DemoSource } from './demo-catalog.ts';
import { escapeMarkup, escapeMarkupKeepAmpersand } from './escape-markup.ts';
import { isoVn, rfc822Vn } from './vn-time.ts';

/** Image every demo article shows; the server serves it as SVG. */
export const DEMO_IMAGE_PATH = '/static/anh-minh-hoa.svg';

function newestFirst(articles: RenderedArticle[]): RenderedArticle[] {
  return [...articles].sort((a, b) => b.published.getTime() - a.published.getTime());
}

/** RSS 2.0 for one source, with the source's quirks (GMT+7 dates, bare "&", items without a date). */
export function renderRss(source: DemoSource, articles: RenderedArticle[], baseUrl: string, now: Date): string {
  const zone = source.gmtPlus7 ? 'GMT+7' : '+0700';
  const escapeTitle = source.bareAmpersand ? escapeMarkupKeepAmpersand : escapeMarkup;
  const items = newestFirst(articles).map((article) => {
    const link = baseUrl + demoArticlePath(source.id, article.slug);
    const description = `<a href="${link}"><img src="${baseUrl}${DEMO_IMAGE_PATH}" width="240" height="160" /></a></br>${escapeMarkup(article.summary)}`;
    return [
      '    <item>',
      `      <title>${escapeTitle(article.title)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="false">${source.id}-${article.slug}</guid>`,
      article.noDate ? null : `      <pubDate>${rfc822Vn(article.published, zone)}</pubDate>`,
      `      <description><![CDATA[${description}]]></description>`,
      `      <enclosure url="${baseUrl}${DEMO_IMAGE_PATH}" type="image/svg+xml" length="0" />`,
      '    </item>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeMarkup(source.name)} - Tin mới nhất</title>`,
    `    <link>${baseUrl}/${source.id}/</link>`,
    `    <atom:link href="${baseUrl}${demoSourcePaths(source).feed ?? ''}" rel="self" type="application/rss+xml" />`,
    `    <description>Tin tức mới nhất của ${escapeMarkup(source.name)}</description>`,
    '    <language>vi-VN</language>',
    `    <lastBuildDate>${rfc822Vn(now, zone)}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0 for one source. */
export function renderAtom(source: DemoSource, articles: RenderedArticle[], baseUrl: string, now: Date): string {
  const entries = newestFirst(articles).map((article) => {
    const link = baseUrl + demoArticlePath(source.id, article.slug);
    return [
      '  <entry>',
      `    <title type="text">${escapeMarkup(article.title)}</title>`,
      `    <id>tag:${source.id}.demo.bantin,${article.published.getUTCFullYear()}:${article.slug}</id>`,
      `    <link rel="alternate" type="text/html" href="${link}" />`,
      article.noDate ? null : `    <published>${isoVn(article.published)}</published>`,
      article.noDate ? null : `    <updated>${isoVn(article.published)}</updated>`,
      `    <author><name>${escapeMarkup(article.author ?? source.name)}</name></author>`,
      `    <summary type="html">${escapeMarkup(`<p>${escapeMarkup(article.summary)}</p>`)}</summary>`,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <title>${escapeMarkup(source.name)}</title>`,
    `  <subtitle>Tin hoạt động của Chính phủ, Thủ tướng Chính phủ</subtitle>`,
    `  <id>tag:${source.id}.demo.bantin,2026:feed</id>`,
    `  <link rel="self" type="application/atom+xml" href="${baseUrl}${demoSourcePaths(source).feed ?? ''}" />`,
    `  <link rel="alternate" type="text/html" href="${baseUrl}/${source.id}/" />`,
    `  <updated>${isoVn(now)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** A feed cut off mid-item (the deliberately broken source): served with HTTP 200 like a crashed CMS would. */
export function renderTruncatedRss(source: DemoSource, baseUrl: string, now: Date): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeMarkup(source.name)}</title>`,
    `    <link>${baseUrl}/${source.id}/</link>`,
    `    <lastBuildDate>${rfc822Vn(now)}</lastBuildDate>`,
    '    <item>',
    '      <title>Nâng cao chất lượng kiểm sát việc giải quyết các vụ án hành chính</title>',
    `      <link>${baseUrl}${demoArticlePath(source.id, 'nang-cao-chat-luong-kiem-sat-an-hanh-chinh')}</link>`,
    `      <pubDate>${rfc822Vn(new Date(now.getTime() - 5 * 3600_000))}</pubDate>`,
    '      <description><![CDATA[Bài viết phân tích một số vi phạm thường gặp trong',
  ].join('\n');
}
