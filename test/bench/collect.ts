/**
 * Benchmark: collectStories (guarded fetch, bounded concurrency, clustering, selection, extraction)
 * against a plain sequential rss-parser parseURL loop over the same 60 local feeds × 50 items,
 * with a few dead and slow hosts. Prints wall time, items/s and peak memory for both.
 * Run: node src/bin/run-ts.mjs test/bench/collect.ts
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import Parser from 'rss-parser';
import { CatalogSchema, type FeedInput } from '../../src/domain/catalog.ts';
import { createRunReport } from '../../src/domain/run-report.ts';
import { DEFAULT_QUOTAS, SECTION_IDS } from '../../src/domain/sections.ts';
import { createGuardedFetch } from '../../src/fetch/guarded-fetch.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { collectStories } from '../../src/pipeline.ts';
import { toVietnamIso } from '../../src/stages/collect/parse-date.ts';

const FEEDS = 60;
const ITEMS = 50;
const HOSTS = 6;
const DEAD = new Set([7, 23]);
const FAILING = new Set([11, 41]);
const SLOW = new Set([5, 17, 35]);
const SLOW_MS = 1500;
const BASE = Date.parse('2026-11-22T05:00:00Z');

const SUBJECTS = ['Thủ tướng', 'Quốc hội', 'UBND tỉnh', 'VKSND tối cao', 'Bộ Ngoại giao', 'Tòa án nhân dân', 'Bộ Công an', 'Tỉnh ủy', 'Chính phủ', 'Bộ Tư pháp', 'Mặt trận Tổ quốc', 'Bộ Tài chính'];
const ACTIONS = ['ban hành kế hoạch', 'tổng kết công tác', 'khởi công dự án', 'kiểm tra việc thực hiện', 'ký kết hợp tác', 'công bố quyết định', 'tổ chức hội nghị', 'phát động phong trào', 'giám sát chuyên đề', 'trao tặng bằng khen'];
const TOPICS = ['chuyển đổi số', 'phòng chống tham nhũng', 'giao thông nông thôn', 'cải cách tư pháp', 'xuất khẩu nông sản', 'an ninh mạng', 'giảm nghèo bền vững', 'phòng chống thiên tai', 'đầu tư công', 'giáo dục nghề nghiệp', 'nhà ở xã hội', 'y tế cơ sở'];
const PLACES = ['Đồng Tháp', 'Cần Thơ', 'Vĩnh Long', 'An Giang', 'Hà Nội', 'Huế', 'Đà Nẵng', 'Khánh Hòa', 'Lâm Đồng', 'Tây Ninh', 'Cà Mau', 'Quảng Ninh', 'Nghệ An', 'Gia Lai', 'Thái Nguyên', 'Lào Cai', 'Hải Phòng', 'Bắc Ninh', 'Phú Thọ', 'Sơn La', 'Ninh Bình', 'Quảng Trị', 'Đắk Lắk'];

/** An integer hash, so each event's subject, action, topic and place vary independently. */
function mix(value: number): number {
  let h = Math.imul(value ^ (value >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function headline(feed: number, item: number): { title: string; lead: string } {
  // In odd feeds every 5th item reports, in other words, an event of the feed before: near-duplicates to find.
  const repeat = item % 5 === 0 && feed % 2 === 1;
  const event = repeat ? (feed - 1) * ITEMS + item : feed * ITEMS + item;
  const pick = <T>(list: T[], salt: number) => list[mix(event * 16 + salt) % list.length]!;
  const subject = pick(SUBJECTS, 1);
  const action = pick(ACTIONS, 2);
  const topic = pick(TOPICS, 3);
  const place = pick(PLACES, 4);
  const people = 50 + ((event * 37) % 950);
  const money = 1 + ((event * 13) % 4999);
  const day = 1 + (event % 28);
  const title = repeat ? `${place}: ${subject} ${action} ${topic} với ${people} đại biểu` : `${subject} ${action} ${topic} tại ${place}`;
  const lead = `Ngày ${day}/11/2026 tại ${place}, ${subject} ${action} ${topic}, với ${people} đại biểu tham dự và tổng kinh phí ${money} tỷ đồng.`;
  return { title, lead };
}

export function feedXml(origin: string, feed: number): string {
  const items: string[] = [];
  for (let item = 0; item < ITEMS; item += 1) {
    const { title, lead } = headline(feed, item);
    const date = new Date(BASE - (feed * ITEMS + item) * 97_000);
    items.push(`<item><title>${title}</title><link>${origin}/bai/${feed}-${item}.html</link><guid>${origin}/bai/${feed}-${item}.html</guid><pubDate>${date.toUTCString()}</pubDate><description><![CDATA[<img src="${origin}/anh/${feed}-${item}.jpg"></br>${lead}]]></description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nguồn ${feed}</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

function articleHtml(title: string, lead: string): string {
  const paragraphs = Array.from({ length: 8 }, (_, index) => `<p>${lead} Đoạn ${index + 1} trình bày chi tiết kết quả, số liệu và nhiệm vụ thời gian tới của các cơ quan, đơn vị liên quan.</p>`);
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a href="/">Trang chủ</a></nav><article class="detail"><h1>${title}</h1>${paragraphs.join('')}</article><div class="related"><a href="/">Tin khác</a></div></body></html>`;
}

async function startHost(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const feedMatch = url.match(/^\/feed\/(\d+)\.rss$/);
    const pageMatch = url.match(/^\/bai\/(\d+)-(\d+)\.html$/);
    const origin = `http://${request.headers.host}`;
    if (feedMatch) {
      const feed = Number(feedMatch[1]);
      if (FAILING.has(feed)) return void response.writeHead(503).end('bảo trì');
      const send = () => response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml(origin, feed));
      return void (SLOW.has(feed) ? setTimeout(send, SLOW_MS) : send());
    }
    if (pageMatch) {
      const { title, lead } = headline(Number(pageMatch[1]), Number(pageMatch[2]));
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(title, lead));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Samples RSS and heap every 10 ms while `task` runs; returns the peaks above the starting point too. */
async function measure<T>(task: () => Promise<T>): Promise<{ result: T; ms: number; peakRss: number; peakHeap: number }> {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 10);
  const started = performance.now();
  const result = await task();
  const ms = performance.now() - started;
  clearInterval(timer);
  const usage = process.memoryUsage();
  return { result, ms, peakRss: Math.max(peakRss, usage.rss), peakHeap: Math.max(peakHeap, usage.heapUsed) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchCollect(): Promise<void> {
  const hosts = await Promise.all(Array.from({ length: HOSTS }, () => startHost()));
  // Dead hosts: a port that was open a moment ago and is now closed (connection refused).
  const dead = await startHost();
  await new Promise<void>((resolve) => dead.server.close(() => resolve()));
  const urls = Array.from({ length: FEEDS }, (_, feed) => `${DEAD.has(feed) ? dead.origin : hosts[feed % HOSTS]!.origin}/feed/${feed}.rss`);
  const feeds: FeedInput[] = urls.map((url, feed) => ({ id: `nguon-${feed}`, name: `Nguồn ${feed}`, url, section: SECTION_IDS[feed % SECTION_IDS.length]!, weight: 1 + (feed % 5), official: feed % 7 === 0 }));
  const catalog = CatalogSchema.parse({ feeds });
  const window = { since: new Date(BASE - 8 * 24 * 3600_000).toISOString(), until: new Date(BASE + 3600_000).toISOString() };

  const stageStarts = new Map<string, number>();
  const stageEnds = new Map<string, number>();
  const recordStage = (stage: string) => {
    if (!stageStarts.has(stage)) stageStarts.set(stage, performance.now());
    stageEnds.set(stage, performance.now());
  };
  const stageFigures = () => [...stageStarts].map(([stage, start]) => `${stage} ${((stageEnds.get(stage)! - start) / 1000).toFixed(2)} s`).join(', ');
  const run = () =>
    collectStories(
      { catalog, window, quotas: DEFAULT_QUOTAS },
      { fetch: createGuardedFetch({ resolveHost: async () => [], allowPrivateHosts: true, timeoutMs: 10_000, retries: 1, retryBaseMs: 200 }), cache, now: () => new Date(BASE), progress: (event) => recordStage(event.stage), report: createRunReport() },
    );
  let cache = createMemoryStorage();
  const ours = await measure(run);
  const coldStages = stageFigures();
  stageStarts.clear();
  const warm = await measure(run);
  const warmStages = stageFigures();
  cache = createMemoryStorage();

  const parser = new Parser();
  const baseline = await measure(async () => {
    let items = 0;
    let failed = 0;
    for (const url of urls) {
      try {
        items += (await parser.parseURL(url)).items.length;
      } catch {
        failed += 1;
      }
    }
    return { items, failed };
  });

  const parsed = ours.result.feeds.reduce((sum, feed) => sum + feed.items, 0);
  const failedFeeds = ours.result.feeds.filter((feed) => feed.status === 'error').length;
  const lines = [
    `bench collect — ${FEEDS} feeds × ${ITEMS} items on ${HOSTS} local hosts (${DEAD.size} dead, ${FAILING.size} answering 503, ${SLOW.size} slow by ${SLOW_MS} ms), ${new Date().toISOString()}, Node ${process.version}`,
    `collectStories (cold): ${(ours.ms / 1000).toFixed(2)} s, ${parsed} items parsed, ${(parsed / (ours.ms / 1000)).toFixed(0)} items/s, ${failedFeeds} feeds failed, ${ours.result.stories.length} stories with text; peak RSS ${mb(ours.peakRss)}, peak heap ${mb(ours.peakHeap)}`,
    `  stages (cold): ${coldStages}`,
    `collectStories (warm, 2nd run, cached pages): ${(warm.ms / 1000).toFixed(2)} s, ${(parsed / (warm.ms / 1000)).toFixed(0)} items/s; peak RSS ${mb(warm.peakRss)}, peak heap ${mb(warm.peakHeap)}`,
    `  stages (warm): ${warmStages}`,
    `rss-parser parseURL loop: ${(baseline.ms / 1000).toFixed(2)} s, ${baseline.result.items} items parsed, ${(baseline.result.items / (baseline.ms / 1000)).toFixed(0)} items/s, ${baseline.result.failed} feeds failed (parse only: no clustering, selection or article text); peak RSS ${mb(baseline.peakRss)}, peak heap ${mb(baseline.peakHeap)}`,
    `ratio wall time rss-parser / collectStories (cold): ${(baseline.ms / ours.ms).toFixed(2)}×`,
    `window ${toVietnamIso(new Date(window.since))} → ${toVietnamIso(new Date(window.until))}`,
  ];
  console.log(lines.join('\n'));
  await Promise.all(hosts.map(({ server }) => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchCollect();
