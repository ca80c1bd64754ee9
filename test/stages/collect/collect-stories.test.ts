import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, FeedInput } from '../../../src/domain/catalog.ts';
import { CatalogSchema } from '../../../src/domain/catalog.ts';
import type { ProgressEvent } from '../../../src/domain/progress.ts';
import { createRunReport } from '../../../src/domain/run-report.ts';
import { createGuardedFetch } from '../../../src/fetch/guarded-fetch.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { collectStories } from '../../../src/pipeline.ts';
import { collectStoryFromUrl } from '../../../src/stages/collect/collect-story-from-url.ts';
import { misbehave, startHostileServer, type HostileServer } from '../../fetch/hostile-server.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/feeds');
const NOW = new Date('2026-11-22T05:00:00Z');
const WINDOW = { since: '2026-11-15T17:00:00.000Z', until: '2026-11-22T17:00:00.000Z' };
const QUOTAS = { tinh: 2, 'trong-nuoc': 2, 'doi-ngoai': 1, 'the-gioi': 1, nganh: 2 };

interface Entry {
  title: string;
  slug: string;
  date?: string;
  lead: string;
}

function rss(origin: string, entries: Entry[]): string {
  const items = entries.map(
    (entry) =>
      `<item><title>${entry.title}</title><link>${origin}/bai/${entry.slug}.html</link>${entry.date ? `<pubDate>${entry.date}</pubDate>` : ''}<description><![CDATA[<p>${entry.lead}</p>]]></description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

function articlePage(entry: Entry): string {
  const body = [entry.lead, `${entry.title} là nội dung được nhiều cơ quan quan tâm trong tuần, theo thông tin từ cơ quan chức năng ngày 20/11/2026.`, 'Các đơn vị liên quan được yêu cầu báo cáo kết quả thực hiện trước ngày 15/12/2026 để tổng hợp.'];
  return `<html><head><title>${entry.title}</title></head><body><nav><a href="/">Trang chủ</a></nav><article class="detail"><h1>${entry.title}</h1>${body.map((text) => `<p>${text}</p>`).join('')}<div class="share">Chia sẻ</div></article></body></html>`;
}

const law: Entry = { title: 'Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân sửa đổi', slug: 'luat-vks', date: 'Fri, 20 Nov 2026 15:00:00 +0700', lead: 'Chiều 20/11, với 448/455 đại biểu tán thành, Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi), có hiệu lực từ 1/7/2027.' };
const lawAgain: Entry = { title: 'Thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi)', slug: 'thong-qua-luat-vks', date: 'Fri, 20 Nov 2026 16:10:00 GMT+7', lead: 'Chiều 20/11, Quốc hội biểu quyết thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi) với 448/455 đại biểu tán thành.' };
const province: Entry[] = [
  { title: 'Đồng Tháp khởi công cầu Cao Lãnh 2', slug: 'cau-cao-lanh-2', date: 'Thu, 19 Nov 2026 08:00:00 +0700', lead: 'Sáng 19/11, UBND tỉnh Đồng Tháp khởi công cầu Cao Lãnh 2 với tổng vốn 2.100 tỷ đồng.' },
  { title: 'Tỉnh Đồng Tháp tổng kết năm học 2025-2026', slug: 'tong-ket-nam-hoc', date: 'Mon, 09 Nov 2026 08:00:00 +0700', lead: 'Tin này nằm ngoài kỳ họp nên không được chọn.' },
];
const world: Entry = { title: 'Hội nghị thượng đỉnh G20 bế mạc tại Johannesburg', slug: 'g20-be-mac', date: 'Sun, 22 Nov 2026 09:00:00 +0700', lead: 'Các nhà lãnh đạo G20 thông qua tuyên bố chung về tài chính khí hậu.' };
const foreign: Entry = { title: 'Thủ tướng hội đàm với Thủ tướng Singapore', slug: 'hoi-dam-singapore', lead: 'Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện.' };

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
  const origin = () => server.origin;
  for (const entry of [law, lawAgain, ...province, world, foreign]) server.route(`/bai/${entry.slug}.html`, misbehave.send(articlePage(entry), { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/vks.rss', (request, response) => {
    if (request.headers['if-none-match'] === '"vks-1"') return void response.writeHead(304).end();
    response.writeHead(200, { etag: '"vks-1"', 'content-type': 'application/rss+xml' }).end(rss(origin(), [law]));
  });
  server.route('/tuoitre.rss', (_q, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(origin(), [lawAgain])));
  server.route('/tinh.rss', (_q, response) => void response.writeHead(200).end(rss(origin(), province)));
  server.route('/the-gioi.rss', (_q, response) => void response.writeHead(200).end(rss(origin(), [world])));
  server.route('/doi-ngoai.html', misbehave.send(`<html><head><link rel="alternate" type="application/rss+xml" href="/doi-ngoai.rss"></head><body></body></html>`, { 'content-type': 'text/html' }));
  server.route('/doi-ngoai.rss', (_q, response) => void response.writeHead(200).end(rss(origin(), [foreign])));
  server.route('/vksndtc.html', misbehave.send(readFileSync(join(FIXTURES, 'pages/listing-page.html'), 'utf8'), { 'content-type': 'text/html; charset=utf-8' }));
  for (const name of ['gmt7-bare-amp.rss', 'cdata-entities.rss', 'duplicate-guids.rss', 'missing-dates.rss', 'illegal-chars.rss', 'nfd-text.rss', 'billion-laughs.rss', 'external-entity.rss', 'windows-1258-wrong-prolog.rss', 'atom.xml']) {
    server.route(`/fixtures/${name}`, misbehave.send(readFileSync(join(FIXTURES, name)), { 'content-type': 'application/xml' }));
  }
  server.route('/404.rss', misbehave.status(404));
  server.route('/500.rss', misbehave.status(500));
  server.route('/429.rss', misbehave.status(429, { 'retry-after': '3600' }));
  server.route('/stall.rss', misbehave.stallAfterHeaders());
  server.route('/trickle.rss', misbehave.trickle(1000));
  server.route('/endless.rss', misbehave.endless());
  server.route('/bomb.rss', misbehave.gzipBomb(8 * 1024 * 1024));
  server.route('/loop.rss', misbehave.redirect('/loop.rss'));
  server.route('/to-private.rss', (_q, response) => void response.writeHead(302, { location: `http://127.0.0.2:${server.port}/vks.rss` }).end());
  server.route('/not-a-feed.rss', misbehave.send('<html><body>Trang chủ</body></html>', { 'content-type': 'text/html' }));
});
afterAll(() => server.close());

function catalog(): Catalog {
  const o = server.origin;
  const feeds: FeedInput[] = [
    { id: 'vks', name: 'Báo Bảo vệ pháp luật', url: `${o}/vks.rss`, section: 'nganh', official: true, weight: 4 },
    { id: 'tuoitre', name: 'Báo Tuổi Trẻ', url: `${o}/tuoitre.rss`, section: 'trong-nuoc', weight: 2 },
    { id: 'tinh', name: 'Báo Đồng Tháp', url: `${o}/tinh.rss`, section: 'tinh', official: true, weight: 3 },
    { id: 'the-gioi', name: 'Báo Thế giới', url: `${o}/the-gioi.rss`, section: 'the-gioi' },
    { id: 'doi-ngoai', name: 'Báo Quốc tế', url: `${o}/doi-ngoai.html`, section: 'doi-ngoai', kind: 'auto' },
    { id: 'vksndtc', name: 'VKSND tối cao', url: `${o}/vksndtc.html`, section: 'nganh', kind: 'html', official: true, weight: 5, listing: { item: '.news-item', link: 'a.title', date: '.time', linkPattern: '/tin-tuc/.+-\\d+\\.html$' } },
    { id: 'tat', name: 'Tắt', url: `${o}/404.rss`, section: 'tinh', enabled: false },
  ];
  for (const name of ['gmt7-bare-amp.rss', 'cdata-entities.rss', 'duplicate-guids.rss', 'missing-dates.rss', 'illegal-chars.rss', 'nfd-text.rss', 'billion-laughs.rss', 'external-entity.rss', 'windows-1258-wrong-prolog.rss', 'atom.xml']) {
    feeds.push({ id: `fx-${name.replace(/\.\w+$/, '')}`, name, url: `${o}/fixtures/${name}`, section: 'trong-nuoc' });
  }
  for (const name of ['404', '500', '429', 'stall', 'trickle', 'endless', 'bomb', 'loop', 'to-private', 'not-a-feed']) {
    feeds.push({ id: `bad-${name}`, name: `Nguồn hỏng ${name}`, url: `${o}/${name}.rss`, section: 'the-gioi' });
  }
  return CatalogSchema.parse({ feeds });
}

function deps(cache = createMemoryStorage()) {
  const events: ProgressEvent[] = [];
  const report = createRunReport();
  const fetcher = createGuardedFetch({ resolveHost: async () => ['203.0.113.9'], allowedOrigins: [server.origin], timeoutMs: 1500, maxBytes: 512 * 1024, retries: 1, retryBaseMs: 10, maxRetryDelayMs: 2000 });
  return { fetch: fetcher, cache, now: () => NOW, progress: (event: ProgressEvent) => void events.push(event), report, events };
}

describe('collectStories against a misbehaving local server', () => {
  const shared = createMemoryStorage();
  let first: Awaited<ReturnType<typeof collectStories>>;
  let firstDeps: ReturnType<typeof deps>;

  beforeAll(async () => {
    firstDeps = deps(shared);
    first = await collectStories({ catalog: catalog(), window: WINDOW, quotas: QUOTAS }, firstDeps);
  });

  const status = (id: string) => first.feeds.find((feed) => feed.id === id)!;

  it('records an error with a Vietnamese reason for every broken feed and keeps going', () => {
    const expected: Record<string, RegExp> = {
      'bad-404': /không còn trang này \(HTTP 404\)/,
      'bad-500': /máy chủ đang lỗi \(HTTP 500\)/,
      'bad-429': /HTTP 429/,
      'bad-stall': /quá 1,5 giây/,
      'bad-trickle': /quá 1,5 giây/,
      'bad-endless': /vượt quá 0,5 MB/,
      'bad-bomb': /vượt quá 0,5 MB/,
      'bad-loop': /chuyển hướng quá 5 lần/,
      'bad-to-private': /địa chỉ nội bộ \(127\.0\.0\.2\)/,
      'bad-not-a-feed': /không phải RSS\/Atom/,
    };
    for (const [id, reason] of Object.entries(expected)) {
      expect({ id, status: status(id).status }).toEqual({ id, status: 'error' });
      expect(status(id).error).toMatch(reason);
    }
    expect(firstDeps.report.problems.filter((problem) => problem.stage === 'collect')).toHaveLength(10);
  });

  it('reads every hostile-but-valid fixture feed with the right item count', () => {
    const counts: Record<string, number> = { 'gmt7-bare-amp': 2, 'cdata-entities': 2, 'duplicate-guids': 2, 'missing-dates': 2, 'illegal-chars': 1, 'nfd-text': 1, 'billion-laughs': 1, 'external-entity': 1, 'windows-1258-wrong-prolog': 1, atom: 2 };
    for (const [name, items] of Object.entries(counts)) expect({ name, status: status(`fx-${name}`).status, items: status(`fx-${name}`).items }).toEqual({ name, status: 'ok', items });
    expect(status('fx-nfd-text').inWindow).toBe(0);
    expect(status('fx-missing-dates').inWindow).toBe(2);
  });

  it('skips disabled feeds, keeps only the window and reads listing pages and discovered feeds', () => {
    expect(first.feeds.some((feed) => feed.id === 'tat')).toBe(false);
    expect(status('tinh')).toMatchObject({ status: 'ok', items: 2, inWindow: 1 });
    expect(status('doi-ngoai')).toMatchObject({ status: 'ok', items: 1, inWindow: 1 });
    expect(status('vksndtc')).toMatchObject({ status: 'ok', items: 3, inWindow: 3 });
  });

  it('merges the same event from two outlets into one story with the official source first and its text', () => {
    const story = first.stories.find((entry) => entry.sources.some((source) => source.feedId === 'tuoitre'))!;
    expect(story.sources.map((source) => source.feedId)).toEqual(['vks', 'tuoitre']);
    expect(story.section).toBe('nganh');
    expect(story.text).toContain('448/455 đại biểu tán thành');
    expect(story.text).toContain('\n\n');
    expect(story.text).not.toContain('Chia sẻ');
  });

  it('fills every section up to its quota, in bulletin order', () => {
    const sections = first.stories.map((story) => story.section);
    expect(sections.filter((section) => section === 'nganh')).toHaveLength(2);
    expect(sections.indexOf('tinh')).toBeLessThan(sections.indexOf('nganh'));
    expect(new Set(sections)).toEqual(new Set(['tinh', 'trong-nuoc', 'doi-ngoai', 'the-gioi', 'nganh']));
  });

  it('reports progress for collect, cluster, select and extract, each reaching its total', () => {
    for (const stage of ['collect', 'cluster', 'select', 'extract'] as const) {
      const last = firstDeps.events.filter((event) => event.stage === stage).at(-1)!;
      expect({ stage, complete: last.done === last.total }).toEqual({ stage, complete: true });
    }
  });

  it('uses the stored ETag and the article cache on a second run', async () => {
    const pageHits = server.hits.get('/bai/luat-vks.html');
    const second = await collectStories({ catalog: catalog(), window: WINDOW, quotas: QUOTAS }, deps(shared));
    expect(second.feeds.find((feed) => feed.id === 'vks')).toMatchObject({ status: 'not-modified', items: 1 });
    expect(server.hits.get('/bai/luat-vks.html')).toBe(pageHits);
    expect(second.stories.map((story) => story.id)).toEqual(first.stories.map((story) => story.id));
  });
});

describe('collectStoryFromUrl', () => {
  it('builds a one-source story from an article URL', async () => {
    const story = await collectStoryFromUrl(`${server.origin}/bai/g20-be-mac.html`, 'the-gioi', deps());
    expect(story.section).toBe('the-gioi');
    expect(story.title).toBe(world.title);
    expect(story.sources).toHaveLength(1);
    expect(story.text).toContain('tuyên bố chung về tài chính khí hậu');
  });

  it('explains in Vietnamese when the URL is not an article', async () => {
    await expect(collectStoryFromUrl(`${server.origin}/khong-co.html`, 'tinh', deps())).rejects.toThrow(/không còn trang này/);
    await expect(collectStoryFromUrl('ftp://a.vn/x', 'tinh', deps())).rejects.toThrow(/không phải địa chỉ bài báo/);
  });
});
