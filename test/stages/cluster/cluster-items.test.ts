import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/domain/catalog.ts';
import type { FeedItem } from '../../../src/domain/collected.ts';
import { buildStories } from '../../../src/stages/cluster/build-stories.ts';
import { clusterItems } from '../../../src/stages/cluster/cluster-items.ts';

let counter = 0;
function item(feedId: string, title: string, summary: string, published = '2026-11-20T08:00:00+07:00', dateMissing = false): FeedItem {
  counter += 1;
  return { feedId, title, link: `https://${feedId}.vn/bai-${counter}.html`, guid: `g${counter}`, published, dateMissing, summary };
}

const feed = (id: string, extra: Partial<Feed> = {}): Feed => ({ id, name: id, url: `https://${id}.vn/rss`, section: 'trong-nuoc', kind: 'rss', official: false, weight: 1, enabled: true, ...extra });

const items = [
  item('vnexpress', 'Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân sửa đổi', 'Chiều 20/11, với 448/455 đại biểu tán thành, Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi), có hiệu lực từ 1/7/2027.'),
  item('tuoitre', 'Quốc hội chính thức thông qua Luật Tổ chức VKSND (sửa đổi)', 'Với 448/455 đại biểu tán thành, chiều 20/11 Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi), có hiệu lực từ ngày 1/7/2027.'),
  item('baovephapluat', 'Thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi)', 'Chiều 20/11, Quốc hội biểu quyết thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi) với 448/455 đại biểu tán thành.'),
  item('vnexpress', 'Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt', 'Thủ tướng đánh giá cao đóng góp của Đại sứ Nhật Bản Ito Naoki cho quan hệ Việt Nam - Nhật Bản.'),
  item('tuoitre', 'Thủ tướng tiếp Đại sứ Hàn Quốc', 'Thủ tướng đề nghị Hàn Quốc mở rộng hạn ngạch lao động và tăng đầu tư vào công nghiệp bán dẫn.'),
  item('nhandan', 'Giá lúa Đồng Tháp tăng 300 đồng mỗi kg', 'Thương lái thu mua lúa OM18 tại Tháp Mười với giá 7.900 đồng/kg.'),
];

describe('clusterItems', () => {
  const clusters = clusterItems(items);
  const titlesOf = (title: string) => clusters.find((cluster) => cluster.some((entry) => entry.title === title))!.map((entry) => entry.feedId).sort();

  it('groups the same event reported by three outlets with different headlines', () => {
    expect(titlesOf('Quốc hội thông qua Luật Tổ chức Viện kiểm sát nhân dân sửa đổi')).toEqual(['baovephapluat', 'tuoitre', 'vnexpress']);
  });

  it('keeps apart similar headlines about different events', () => {
    expect(titlesOf('Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt')).toEqual(['vnexpress']);
    expect(titlesOf('Thủ tướng tiếp Đại sứ Hàn Quốc')).toEqual(['tuoitre']);
    expect(clusters).toHaveLength(4);
  });

  it('keeps apart the same wording about different places and figures', () => {
    const groups = clusterItems([
      item('vnexpress', 'Thủ tướng kiểm tra tiến độ cao tốc tại Cần Thơ', 'Thủ tướng yêu cầu hoàn thành tuyến cao tốc qua Cần Thơ trước ngày 30/6/2027.'),
      item('tuoitre', 'Thủ tướng kiểm tra tiến độ cao tốc tại Vĩnh Long', 'Thủ tướng yêu cầu hoàn thành tuyến cao tốc qua Vĩnh Long trước ngày 31/12/2027.'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('keeps apart two outlets\' headlines of one template naming different guests', () => {
    const groups = clusterItems([
      item('vnexpress', 'Chủ tịch Quốc hội tiếp Đại sứ Hà Lan', 'Chủ tịch Quốc hội đề nghị Hà Lan hỗ trợ Việt Nam quản lý nguồn nước vùng đồng bằng sông Cửu Long.'),
      item('tuoitre', 'Chủ tịch Quốc hội tiếp Đại sứ Hà Lan Kees van Baar', 'Tiếp Đại sứ Hà Lan Kees van Baar, Chủ tịch Quốc hội đề nghị Hà Lan hỗ trợ Việt Nam quản lý nguồn nước.'),
      item('thanhnien', 'Chủ tịch Quốc hội tiếp Đại sứ New Zealand', 'Chủ tịch Quốc hội đề nghị New Zealand hỗ trợ Việt Nam quản lý nguồn nước.'),
    ]);
    const shape = groups.map((group) => group.map((entry) => entry.title.replace('Chủ tịch Quốc hội tiếp Đại sứ ', '')).sort());
    expect(shape).toContainEqual(['Hà Lan', 'Hà Lan Kees van Baar']);
    expect(shape).toContainEqual(['New Zealand']);
  });

  it('does not merge the same headline a week apart', () => {
    const weekly = clusterItems([
      item('vnexpress', 'Chính phủ họp phiên thường kỳ tháng 11', 'Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.', '2026-11-02T08:00:00+07:00'),
      item('tuoitre', 'Chính phủ họp phiên thường kỳ tháng 11', 'Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.', '2026-11-20T08:00:00+07:00'),
    ]);
    expect(weekly).toHaveLength(2);
  });

  it('gives the same groups whatever the input order', () => {
    const shuffled = clusterItems([...items].reverse());
    const shape = (groups: FeedItem[][]) => groups.map((group) => group.map((entry) => entry.link).sort().join(' ')).sort();
    expect(shape(shuffled)).toEqual(shape(clusters));
  });
});

describe('buildStories', () => {
  it('puts an official source first, then the heavier one, whatever the order of reports', () => {
    const feeds = new Map([
      ['vnexpress', feed('vnexpress', { weight: 3 })],
      ['tuoitre', feed('tuoitre', { weight: 2 })],
      ['baovephapluat', feed('baovephapluat', { official: true, section: 'nganh' })],
    ]);
    const [story] = buildStories([items.slice(0, 3)], feeds);
    expect(story!.sources.map((source) => source.feedId)).toEqual(['baovephapluat', 'vnexpress', 'tuoitre']);
    expect(story!.section).toBe('nganh');
    expect(story!.title).toBe('Thông qua Luật Tổ chức Viện kiểm sát nhân dân (sửa đổi)');
    const [again] = buildStories([[...items.slice(0, 3)].reverse()], feeds);
    expect(again!.id).toBe(story!.id);
  });

  it('lists an article carried by two feeds of one outlet once', () => {
    const feeds = new Map([
      ['vnexpress', feed('vnexpress', { name: 'VnExpress', weight: 3 })],
      ['vnexpress-phap-luat', feed('vnexpress-phap-luat', { name: 'VnExpress', section: 'nganh' })],
      ['tuoitre', feed('tuoitre', { name: 'Tuổi Trẻ' })],
    ]);
    const article = items[0]!;
    const [story] = buildStories([[{ ...article, feedId: 'vnexpress-phap-luat' }, article, items[1]!]], feeds);
    expect(story!.sources.map((source) => `${source.feedId} ${source.url}`)).toEqual([`vnexpress ${article.link}`, `tuoitre ${items[1]!.link}`]);
  });
});
