import { SECTION_IDS, type SectionId } from '../../src/domain/sections.ts';

const WORDS = (
  'tỉnh huyện xã nông dân lúa gạo thủy sản cầu đường trường học bệnh viện cán bộ đảng viên nhân dân kinh tế xã hội ' +
  'đầu tư dự án hội nghị quốc hội chính phủ thủ tướng bộ trưởng ngoại giao hợp tác hữu nghị đối tác kiểm sát tòa án ' +
  'điều tra xét xử pháp luật an ninh trật tự giao thông môi trường khí hậu mưa lũ xuất khẩu doanh nghiệp thị trường ' +
  'giáo dục y tế văn hóa du lịch thể thao khoa học công nghệ chuyển đổi số thanh niên phụ nữ cựu chiến binh biên giới'
).split(' ');

export interface NewsWeb {
  feeds: Array<{ id: string; name: string; url: string; section: SectionId }>;
  fetch: typeof fetch;
  counts: { feeds: number; articles: number };
}

interface Item {
  title: string;
  sentences: string[];
  published: Date;
  path: string;
}

/**
 * A fortnight of synthetic Vietnamese news on `feeds` feeds (five sections). Every eight hours each
 * section has one headline event that about a third of its feeds carry with the same title (so
 * clustering merges them into one story with several sources); the other items are each feed's own.
 */
export function buildNewsWeb(options: { feeds: number; now: () => Date; draw: () => number }): NewsWeb {
  const { draw } = options;
  const phrase = (length: number) => Array.from({ length }, () => WORDS[Math.floor(draw() * WORDS.length)]!).join(' ');
  const sentence = () => {
    const text = phrase(14);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const event = (stamp: string) => ({ title: `${sentence().slice(0, -1)} ${stamp}`, sentences: [sentence(), sentence(), sentence()] });
  const feeds = Array.from({ length: options.feeds }, (_, index) => ({
    id: `nguon-${index + 1}`,
    name: `Báo số ${index + 1}`,
    url: `https://tin-${index + 1}.example.vn/rss.xml`,
    section: SECTION_IDS[index % SECTION_IDS.length]!,
  }));
  const items = new Map<string, Item[]>(feeds.map((feed) => [feed.id, []]));
  const start = Date.UTC(2026, 10, 13);
  for (let slot = 0; slot < 46; slot += 1) {
    const published = new Date(start + slot * 8 * 3600_000);
    for (const section of SECTION_IDS) {
      const headline = event(`đợt ${slot}`);
      feeds
        .filter((feed) => feed.section === section)
        .forEach((feed, index) => {
          const story = draw() < 1 / 3 ? headline : event(`mục ${slot}-${index}`);
          items.get(feed.id)!.push({ ...story, published, path: `/bai/${slot}-${index}.html` });
        });
    }
  }
  const counts = { feeds: 0, articles: 0 };
  const fetchFake = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const feed = feeds.find((candidate) => new URL(candidate.url).host === url.host);
    if (!feed) return new Response('không có', { status: 404 });
    const now = options.now().getTime();
    const visible = items.get(feed.id)!.filter((item) => item.published.getTime() <= now);
    if (url.pathname === '/rss.xml') {
      counts.feeds += 1;
      const latest = visible.slice(-20).reverse();
      const body = latest.map((item) => `<item><title>${item.title}</title><link>https://${url.host}${item.path}</link><guid>https://${url.host}${item.path}</guid><pubDate>${item.published.toUTCString()}</pubDate><description>${item.sentences[0]}</description></item>`).join('');
      return new Response(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${feed.name}</title><link>https://${url.host}/</link>${body}</channel></rss>`, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
    }
    const item = visible.find((candidate) => candidate.path === url.pathname);
    if (!item) return new Response('không có', { status: 404 });
    counts.articles += 1;
    const paragraphs = item.sentences.map((text) => `<p>${text} ${text}</p>`).join('');
    return new Response(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${item.title}</title></head><body><article><h1>${item.title}</h1>${paragraphs}</article></body></html>`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  };
  return { feeds, fetch: fetchFake as typeof fetch, counts };
}
