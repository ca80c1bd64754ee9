import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../../src/domain/catalog.ts';
import { createRunReport } from '../../../src/domain/run-report.ts';
import { createGuardedFetch } from '../../../src/fetch/guarded-fetch.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { collectStories } from '../../../src/pipeline.ts';
import { misbehave, startHostileServer, type HostileServer } from '../../fetch/hostile-server.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/feeds/pages');
const NOW = new Date('2026-11-22T05:00:00Z');
const WINDOW = { since: '2026-11-15T17:00:00.000Z', until: '2026-11-22T17:00:00.000Z' };
const QUOTAS = { tinh: 2, 'trong-nuoc': 2, 'doi-ngoai': 1, 'the-gioi': 1, nganh: 2 };

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
  server.route('/danh-sach.html', misbehave.send(readFileSync(join(PAGES, 'listing-page.html')), { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/bai/de-bao.html', misbehave.send(readFileSync(join(PAGES, 'vnexpress-fck-detail.html')), { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/tin.rss', (_q, response) =>
    void response
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title><item><title>Đồng Tháp khởi công tuyến đê bao 35 km chống sạt lở</title><link>${server.origin}/bai/de-bao.html</link><pubDate>Thu, 19 Nov 2026 06:10:00 +0700</pubDate><description>Đê bao dọc sông Tiền.</description></item></channel></rss>`),
  );
});
afterAll(() => server.close());

describe('collectStories with catalog selectors that match nothing', () => {
  let report: ReturnType<typeof createRunReport>;
  let result: Awaited<ReturnType<typeof collectStories>>;

  beforeAll(async () => {
    report = createRunReport();
    const catalog = CatalogSchema.parse({
      feeds: [
        { id: 'vksndtc', name: 'VKSND tối cao', url: `${server.origin}/danh-sach.html`, section: 'nganh', kind: 'html', listing: { item: '.loadmore-item', link: 'h3 a.title', verified: false } },
        { id: 'tinh', name: 'Báo Đồng Tháp', url: `${server.origin}/tin.rss`, section: 'tinh', article: { content: '#contentNews .singular-content', verified: false } },
      ],
    });
    const fetcher = createGuardedFetch({ resolveHost: async () => ['203.0.113.9'], allowedOrigins: [server.origin], timeoutMs: 1500, retries: 0 });
    result = await collectStories({ catalog, window: WINDOW, quotas: QUOTAS }, { fetch: fetcher, cache: createMemoryStorage(), now: () => NOW, progress: () => {}, report });
  });

  it('reports a listing whose selectors found no article, naming the selector, the source and that it was never checked', () => {
    const problem = report.problems.find((entry) => entry.item === 'vksndtc');
    expect(problem?.stage).toBe('collect');
    expect(problem?.reason).toContain('bộ chọn trang danh sách không khớp bài nào (listing.link "h3 a.title", listing.item ".loadmore-item")');
    expect(problem?.reason).toContain('chưa từng được đối chiếu với trang thật');
    expect(problem?.reason).toContain('sửa mục "listing" của nguồn "vksndtc"');
  });

  it('reports an article selector that matched nothing once per source and still reads the article with the library', () => {
    const problems = report.problems.filter((entry) => entry.item === 'tinh');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toContain('bộ chọn nội dung bài (article.content "#contentNews .singular-content") không khớp');
    expect(problems[0]!.reason).toContain('đã lấy nội dung bằng cách đọc tự động');
    const story = result.stories.find((entry) => entry.section === 'tinh');
    expect(story?.text).toContain('Nhà thầu cam kết huy động 40 máy đào');
  });
});
