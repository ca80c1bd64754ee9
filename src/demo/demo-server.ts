import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DEMO_SOURCES, demoCatalog, demoArticlePath, demoSourcePaths, type DemoSource } from './demo-catalog.ts';
import { renderDemoArticle, type DemoArticle, type RenderedArticle } from './demo-article.ts';
import { loadDemoArticles, DEFAULT_DEMO_CONTENT_DIR } from './demo-content-node.ts';
import { DEMO_IMAGE_PATH, renderAtom, renderRss, renderTruncatedRss } from './demo-feeds.ts';
import { renderArticlePage, renderListingPage } from './demo-pages.ts';
import { escapeMarkup } from './escape-markup.ts';

export { demoCatalog, loadDemoCatalog } from './demo-catalog.ts';

/** Options of the demo feed server. */
export interface DemoServerOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Publication times are computed relative to this clock (default: the current time). */
  now?: () => Date;
  /** Folder holding articles/ (default: feeds/demo of this package). */
  contentDir?: string;
}

/** A running demo server. */
export interface DemoServer {
  baseUrl: string;
  close(): Promise<void>;
  /** Requests served so far (all paths). */
  requestCount(): number;
}

interface Reply {
  status: number;
  type: string;
  body: string;
  lastModified?: Date;
}

const IMAGE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320"><rect width="480" height="320" fill="#b71c1c"/><text x="240" y="170" font-size="28" fill="#ffd54f" text-anchor="middle">Ảnh minh họa</text></svg>`;
const APP_JS = `document.querySelectorAll('.share-bar a').forEach(function (a) { a.addEventListener('click', function (e) { e.preventDefault(); }); });`;
const HTML = 'text/html; charset=utf-8';

function notFound(path: string): Reply {
  return { status: 404, type: HTML, body: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head><body><h1>404 - Không tìm thấy trang</h1><p>Đường dẫn ${escapeMarkup(path)} không tồn tại.</p></body></html>` };
}

function indexPage(baseUrl: string): Reply {
  const rows = DEMO_SOURCES.map((s) => `<li><a href="${demoSourcePaths(s).entry}">${escapeMarkup(s.name)}</a> (${s.section}, ${s.kind})</li>`).join('\n');
  return { status: 200, type: HTML, body: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Máy chủ tin mẫu bantin</title></head><body><h1>Máy chủ tin mẫu bantin</h1><p>Danh mục: ${baseUrl}/catalog.json</p><ul>${rows}</ul></body></html>` };
}

function routeSource(source: DemoSource, rest: string, articles: RenderedArticle[], baseUrl: string, now: Date): Reply | null {
  const path = `/${source.id}/${rest}`;
  const paths = demoSourcePaths(source);
  const newest = articles.reduce<Date | undefined>((max, a) => (!max || a.published > max ? a.published : max), undefined);
  if (path === paths.feed) {
    if (source.kind === 'broken') return { status: 200, type: 'application/rss+xml; charset=utf-8', body: renderTruncatedRss(source, baseUrl, now) };
    if (source.kind === 'atom') return { status: 200, type: 'application/atom+xml; charset=utf-8', body: renderAtom(source, articles, baseUrl, now), lastModified: newest };
    return { status: 200, type: 'application/rss+xml; charset=utf-8', body: renderRss(source, articles, baseUrl, now), lastModified: newest };
  }
  if (rest === '' || path === paths.entry) {
    return { status: 200, type: HTML, body: renderListingPage(source, articles, now, { homepage: rest === '' }), lastModified: newest };
  }
  const article = articles.find((a) => demoArticlePath(source.id, a.slug) === path);
  if (article) return { status: 200, type: HTML, body: renderArticlePage(source, article, articles, baseUrl, now), lastModified: article.published };
  return null;
}

function route(url: URL, content: DemoArticle[], baseUrl: string, now: Date): Reply {
  const path = url.pathname;
  if (path === '/') return indexPage(baseUrl);
  if (path === DEMO_IMAGE_PATH) return { status: 200, type: 'image/svg+xml', body: IMAGE_SVG };
  if (path === '/catalog.json') return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(demoCatalog(baseUrl), null, 2) };
  if (path === '/static/app.js') return { status: 200, type: 'text/javascript; charset=utf-8', body: APP_JS };
  const [, sourceId, ...rest] = path.split('/');
  const source = DEMO_SOURCES.find((s) => s.id === sourceId);
  if (!source) return notFound(path);
  const articles = content.filter((a) => a.source === source.id).map((a) => renderDemoArticle(a, now));
  return routeSource(source, rest.join('/'), articles, baseUrl, now) ?? notFound(path);
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const etag = `"${createHash('sha1').update(reply.body).digest('base64url')}"`;
  const headers: Record<string, string> = { 'content-type': reply.type, etag, 'cache-control': 'no-cache' };
  if (reply.lastModified) headers['last-modified'] = reply.lastModified.toUTCString();
  if (reply.status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  headers['content-length'] = String(Buffer.byteLength(reply.body));
  response.writeHead(reply.status, headers);
  response.end(request.method === 'HEAD' ? undefined : reply.body);
}

/**
 * Serves the team-written demo news (RSS, Atom, an HTML-only listing, an auto-discovery homepage,
 * article pages and one broken feed) from feeds/demo, with publication times relative to `now()`.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const content = loadDemoArticles(options.contentDir ?? DEFAULT_DEMO_CONTENT_DIR);
  const now = options.now ?? (() => new Date());
  const host = options.host ?? '127.0.0.1';
  let count = 0;
  let baseUrl = '';
  const server = createServer((request, response) => {
    count += 1;
    try {
      const url = new URL(request.url ?? '/', baseUrl);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      send(request, response, route(url, content, baseUrl, now()));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`Lỗi máy chủ tin mẫu: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    baseUrl,
    requestCount: () => count,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Runs the demo server until the process ends (for `bantin demo --serve`). */
export async function serveDemoForever(port: number): Promise<void> {
  const server = await startDemoServer({ port });
  process.stderr.write(
    `Máy chủ tin mẫu đang chạy tại ${server.baseUrl}\n` +
      `Thử thu thập: npx bantin collect --catalog feeds/demo/catalog.json --allow-private-hosts\n` +
      'Nhấn Ctrl+C để dừng.\n',
  );
  await new Promise<void>(() => {});
}
