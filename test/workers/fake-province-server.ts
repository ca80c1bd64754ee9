import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISABLED_ON_WEB_FEED, FIXTURE_FEEDS, PUBLISHED } from './scale-fixtures.ts';

const SERVED_FEEDS = [...FIXTURE_FEEDS, DISABLED_ON_WEB_FEED];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The news sites of the Workers test on 127.0.0.1: one RSS feed per fixture feed and one article
 * page per story. It counts every request by path, and answers GET /__counts with those counts
 * plus the ones `extraCounts` adds (the fake LLM and voice servers).
 */
export async function startFakeProvinceServer(extraCounts: () => Record<string, unknown>): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const hits = new Map<string, number>();
  let baseUrl = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/__counts') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ hits: Object.fromEntries(hits), ...extraCounts() }));
      return;
    }
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const feed = SERVED_FEEDS.find((candidate) => path === `/feeds/${candidate.id}.rss`);
    if (feed) {
      const items = feed.stories
        .map((story) => `<item><title>${escape(story.title)}</title><link>${baseUrl}/articles/${story.slug}.html</link><guid>${baseUrl}/articles/${story.slug}.html</guid><pubDate>${PUBLISHED}</pubDate><description>${escape(story.sentences[0]!)}</description></item>`)
        .join('');
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(feed.name)}</title><link>${baseUrl}</link>${items}</channel></rss>`);
      return;
    }
    const story = SERVED_FEEDS.flatMap((candidate) => candidate.stories).find((candidate) => path === `/articles/${candidate.slug}.html`);
    if (story) {
      const paragraphs = story.sentences.map((sentence) => `<p>${escape(sentence)} ${escape(sentence.replace(/\.$/, ''))}, theo phóng viên của báo tại địa phương.</p>`).join('');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(story.title)}</title></head><body><nav>Trang chủ | Thời sự</nav><article><h1>${escape(story.title)}</h1>${paragraphs}</article><footer>Bản quyền thuộc về tòa soạn.</footer></body></html>`);
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
