import { describe, expect, it } from 'vitest';
import { RelevanceSchema, type Feed } from '../../../src/domain/catalog.ts';
import type { FeedItem } from '../../../src/domain/collected.ts';
import { DEFAULT_QUOTAS } from '../../../src/domain/sections.ts';
import { buildStories } from '../../../src/stages/cluster/build-stories.ts';
import { clusterItems } from '../../../src/stages/cluster/cluster-items.ts';
import { describeRejections, filterRelevant } from '../../../src/stages/select/filter-relevant.ts';
import { selectStories } from '../../../src/stages/select/select-stories.ts';
import { loadGroupingFixture } from '../cluster/load-grouping-fixture.ts';

const { items, feeds, expected } = await loadGroupingFixture();

let counter = 0;
function item(feedId: string, title: string, summary: string, extra: Partial<FeedItem> = {}): FeedItem {
  counter += 1;
  return { feedId, title, link: `https://${feedId}.vn/bai-${counter}.html`, guid: `g${counter}`, published: '2026-11-05T08:00:00+07:00', dateMissing: false, summary, ...extra };
}
const feed = (id: string, section: Feed['section']): [string, Feed] => [id, { id, name: id, url: `https://${id}.vn/rss`, section, kind: 'rss', official: false, weight: 1, enabled: true }];

describe('filterRelevant', () => {
  it('leaves a film series, a real-estate advertorial, a test item and a concert out of the news sections, each with its reason', () => {
    const { rejected } = filterRelevant(items, { feeds });
    const reasons = Object.fromEntries(rejected.map(({ item, reason }) => [item.link, reason]));
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(expected.rejected).sort());
    for (const [link, kind] of Object.entries(expected.rejected)) expect(reasons[link]).toMatch(new RegExp(`^${kind} \\((có từ|chuyên mục|đường dẫn có) "`));
  });

  it('keeps real news that shares words with the rules', () => {
    const news = [
      item('tong-hop', 'Đề xuất cấm quảng cáo sai sự thật về dự án nhà ở', 'Bộ Xây dựng đề xuất luật hóa việc cấm quảng cáo quá mức thực tế về dự án nhà ở trước khi bán cho khách hàng.'),
      item('tong-hop', 'Việt Nam nhận thêm vốn tài trợ ODA cho đồng bằng sông Cửu Long', 'Ngân hàng Thế giới tài trợ 500 triệu USD cho các dự án thích ứng biến đổi khí hậu.'),
      item('tong-hop', 'Gia hạn ưu đãi thuế cho doanh nghiệp công nghệ cao', 'Chính phủ gia hạn ưu đãi thuế thu nhập doanh nghiệp đến năm 2030.'),
      item('tong-hop', 'Thử nghiệm giai đoạn 3 vaccine sốt xuất huyết đạt kết quả tốt', 'Vaccine giúp giảm 80% ca nặng trong thử nghiệm trên 12.000 người.'),
      item('tong-hop', 'Ra mắt phim tài liệu về Đại tướng Võ Nguyên Giáp', 'Bộ phim do đạo diễn Lê Văn Hòa thực hiện kể lại chiến dịch Điện Biên Phủ qua lời các cựu chiến binh.'),
    ];
    expect(filterRelevant(news, { feeds }).rejected).toEqual([]);
  });

  it('applies a section\'s include only to that section', () => {
    const twoFeeds = new Map([feed('doi-ngoai', 'doi-ngoai'), feed('the-gioi', 'the-gioi')]);
    const abroad = 'Bầu cử quốc hội Đức: đảng cầm quyền mất đa số';
    const visit = 'Thủ tướng hội đàm với Thủ tướng Singapore';
    const province = 'Đồng Tháp ký biên bản ghi nhớ với tỉnh Svay Rieng';
    const { kept, rejected } = filterRelevant(
      [item('doi-ngoai', abroad, 'Kết quả kiểm phiếu sơ bộ cho thấy liên minh cầm quyền mất 40 ghế.'), item('doi-ngoai', visit, 'Hai bên nhất trí nâng cấp quan hệ.'), item('doi-ngoai', province, 'Hai tỉnh thống nhất tăng cường hợp tác thương mại qua cửa khẩu.'), item('the-gioi', abroad, 'Kết quả kiểm phiếu sơ bộ.')],
      { feeds: twoFeeds },
    );
    expect(kept.map((entry) => `${entry.feedId}: ${entry.title}`)).toEqual([`doi-ngoai: ${visit}`, `doi-ngoai: ${province}`, `the-gioi: ${abroad}`]);
    expect(rejected[0]!.reason).toMatch(/^không thuộc mục "Hoạt động đối ngoại": không nói về hoạt động đối ngoại của Việt Nam/);
  });

  it('uses the catalog\'s rules in place of the built-in ones', () => {
    const rules = RelevanceSchema.parse({ 'trong-nuoc': { exclude: [{ reason: 'xổ số', words: ['xổ số'], categories: ['Xổ số'] }] } });
    const lottery = item('tong-hop', 'Kết quả xổ số miền Nam ngày 5/11', 'Giải đặc biệt thuộc về vé số 123456.');
    const byCategory = item('tong-hop', 'Vé trúng giải đặc biệt ở Cà Mau', 'Một người bán vé số trúng giải.', { categories: ['XỔ SỐ'] });
    const { kept, rejected } = filterRelevant([lottery, byCategory, ...items], { feeds, rules });
    expect(rejected.map(({ reason }) => reason)).toEqual(['xổ số (có từ "xổ số")', 'xổ số (chuyên mục "Xổ số")']);
    expect(kept).toHaveLength(items.length);
  });

  it('leaves out a match report that names no coach and no competition', () => {
    const match = item('tong-hop', 'Tuyển nữ Việt Nam thắng Myanmar', 'Hai bàn thắng ở hiệp một giúp tuyển nữ Việt Nam thắng Myanmar 3-1 tối 5/11.');
    expect(filterRelevant([match], { feeds }).rejected[0]!.reason).toBe('thể thao (có từ "bàn thắng")');
  });

  it('never reads aloud an item with no Vietnamese in it', () => {
    const english = item('tong-hop', 'A closer look at the Mekong delta floods', 'Rare photos show how the river reshapes the delta every year.');
    expect(filterRelevant([english], { feeds }).rejected[0]!.reason).toBe('không phải tiếng Việt');
  });
});

describe('selection on feeds shaped like the real ones', () => {
  it('selects none of the irrelevant items as national news, and the three-outlet event with all its sources', () => {
    const window = { since: '2026-11-04T17:00:00.000Z', until: '2026-11-05T17:00:00.000Z' };
    const { kept } = filterRelevant(items, { feeds });
    const picked = selectStories(buildStories(clusterItems(kept), feeds), { window, quotas: { ...DEFAULT_QUOTAS, 'trong-nuoc': 10, nganh: 10 }, feeds });
    const links = picked.flatMap((story) => story.sources.map((source) => source.url));
    for (const link of Object.keys(expected.rejected)) expect(links).not.toContain(link);
    const event = picked.find((story) => story.sources.some((source) => source.url === expected.groups[1]![0]))!;
    expect(event.sources.map((source) => source.url).sort()).toEqual([...expected.groups[1]!].sort());
    expect(picked[0]).toBe(event);
  });
});

describe('describeRejections', () => {
  it('counts the items left out by reason, most first', () => {
    const { rejected } = filterRelevant(items, { feeds });
    expect(describeRejections(rejected)).toBe('4 tin không hợp với mục (giải trí 2, bài thử nghiệm 1, quảng cáo 1)');
  });
});
