import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/load-catalog.ts';
import { extractArticle, readArticlePage } from '../../../src/stages/extract/extract-article.ts';
import { articleSelectorsFor, statedUrl } from '../../../src/stages/extract/site-selectors.ts';

const page = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/feeds/pages', name), 'utf8');
const feeds = parseCatalog(readFileSync(join(import.meta.dirname, '../../../feeds/catalog.json'), 'utf8'), 'feeds/catalog.json').feeds;
const withCatalog = (html: string) => readArticlePage(html, articleSelectorsFor(statedUrl(html), feeds));

describe('a VnExpress article (article.fck_detail with p.Normal paragraphs)', () => {
  for (const [label, read] of [
    ['with the catalog rule', withCatalog],
    ['with the library alone', (html: string) => readArticlePage(html)],
  ] as const) {
    const article = read(page('vnexpress-fck-detail.html'));

    it(`reads the lead, every paragraph and the subheading in order, ${label}`, () => {
      expect(article.paragraphs).toEqual([
        'Tuyến đê bao dọc sông Tiền dài 35 km, vốn hơn 1.200 tỷ đồng, dự kiến hoàn thành trước mùa lũ năm 2028.',
        'Sáng 18/11, UBND tỉnh Đồng Tháp khởi công dự án đê bao chống sạt lở dọc sông Tiền, đoạn qua ba xã phía bắc tỉnh. Công trình do Ban quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư.',
        'Theo thiết kế, đê cao trung bình 4,5 m, mặt đê rộng 7 m kết hợp làm đường giao thông nông thôn. Khoảng 2.300 hộ dân sống ven sông sẽ được bảo vệ khi công trình hoàn thành.',
        'Ưu tiên đoạn sạt lở đặc biệt nguy hiểm',
        'Phó chủ tịch UBND tỉnh cho biết giai đoạn một tập trung 12 km bờ sông đã được cảnh báo sạt lở đặc biệt nguy hiểm, nơi mùa lũ năm nay làm mất gần 3 ha đất vườn.',
        'Nhà thầu cam kết huy động 40 máy đào và hơn 300 công nhân, thi công cả ngày lẫn đêm trong mùa khô để kịp tiến độ.',
      ]);
    });
  }

  it('names the catalog rule and reads the date the site states', () => {
    const article = withCatalog(page('vnexpress-fck-detail.html'));
    expect(article.rule).toBe('catalog');
    expect(article.published).toBe('2026-11-19T06:10:00+07:00');
    expect(article.siteName).toBe('vnexpress.net');
    expect(article.title).toBe('Đồng Tháp khởi công tuyến đê bao 35 km chống sạt lở');
  });
});

describe('a Tuổi Trẻ article (detail-content with a captioned photo and a related-story box)', () => {
  const article = withCatalog(page('tuoitre-caption-teaser.html'));
  const text = article.paragraphs.join('\n');

  it('starts with the sapo and keeps the box that belongs to the article', () => {
    expect(article.rule).toBe('catalog');
    expect(article.paragraphs[0]).toMatch(/^Giá lúa tươi tại ruộng tăng thêm 500 đồng\/kg/);
    expect(text).toContain('Liên kết tiêu thụ giúp giữ giá');
    expect(text).toContain('Hơn 40 hợp tác xã trong tỉnh đã ký hợp đồng bao tiêu');
  });

  it('drops the photo caption with its "- Ảnh: H.Y.T." credit', () => {
    expect(text).not.toContain('H.Y.T.');
    expect(text).not.toContain('thu hoạch lúa thu đông trên cánh đồng lớn');
  });

  it('does not append the related story teaser as the last paragraph', () => {
    expect(text).not.toContain('Gạo Việt giành lại thị phần');
    expect(text).not.toContain('lượng gạo xuất khẩu sang các nước Đông Nam Á');
    expect(article.paragraphs.at(-1)).toMatch(/^Hơn 40 hợp tác xã/);
  });

  it('keeps the words of a tag link inside a sentence', () => {
    expect(text).toContain('Nhu cầu xuất khẩu gạo sang Philippines và Indonesia tăng trở lại');
  });

  it('gives the same body without the catalog rule', () => {
    const library = readArticlePage(page('tuoitre-caption-teaser.html'));
    expect(library.rule).toBe('library');
    expect(library.paragraphs.join('\n')).not.toMatch(/H\.Y\.T\.|Gạo Việt giành lại/);
    expect(library.paragraphs.join('\n')).toContain('Nhu cầu xuất khẩu gạo sang Philippines');
  });
});

describe('a Nhân Dân article whose inline links carry related/tag classes', () => {
  for (const [label, read] of [
    ['with the catalog rule', withCatalog],
    ['with the library alone', (html: string) => readArticlePage(html)],
  ] as const) {
    const article = read(page('nhandan-inline-links.html'));
    const text = article.paragraphs.join('\n');

    it(`keeps every word of the sentence around a link, ${label}`, () => {
      expect(text).toContain('Đây là chức vô địch thứ hai trong lịch sử của bóng đá Tây Ban Nha, sau lần đăng quang năm 2023 tại Australia và New Zealand.');
      expect(text).toContain('trong đó tiền vệ 19 tuổi Ana López ghi bàn quyết định ở phút 87.');
    });

    it(`drops the related-news box, ${label}`, () => {
      expect(text).not.toContain('Tin liên quan');
      expect(text).not.toContain('loạt sút luân lưu');
    });
  }
});

describe('the Vietnamese clean-up on a page with a date stamp, bylines, captions, teasers and a copyright line in plain paragraphs', () => {
  const article = extractArticle(page('caption-credit-teaser.html'))!;

  it('keeps the body paragraphs and drops the outlet tag opening the first one', () => {
    expect(article.paragraphs).toEqual([
      'Ngày 25/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác kiểm sát năm 2026, triển khai nhiệm vụ trọng tâm những tháng cuối năm.',
      'Báo cáo tại hội nghị cho biết, toàn ngành đã thụ lý kiểm sát 1.284 tin báo, tố giác tội phạm, tăng 6% so với cùng kỳ; tỷ lệ giải quyết đạt 94,2%.',
      'Cập nhật quy trình tiếp nhận tin báo là yêu cầu đầu tiên.',
      'Viện trưởng yêu cầu các đơn vị tiếp tục nâng cao chất lượng tranh tụng tại phiên tòa, không để xảy ra oan, sai, bỏ lọt tội phạm.',
    ]);
  });
});

describe('the density fallback', () => {
  it('reads the text of an old CMS table cell when the library picks a list of links the clean-up empties', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<p>Xem thêm: <a href="/bai-${i}.html">Tin số ${i} về hoạt động của ngành kiểm sát trong tuần, cập nhật liên tục</a> hôm nay.</p>`).join('');
    const lines = [
      'Viện kiểm sát nhân dân tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác năm 2026, đánh giá kết quả thực hiện các chỉ tiêu nghiệp vụ.',
      'Hội nghị thống nhất 5 nhóm giải pháp trọng tâm, trong đó có nâng cao chất lượng tranh tụng tại phiên tòa.',
      'Các đơn vị được yêu cầu báo cáo trước ngày 15/12/2026 để tổng hợp, trình lãnh đạo.',
    ];
    const reading = readArticlePage(`<html><body><div class="list">${links}</div><table><tr><td><font>${lines.join('<br>')}</font></td></tr></table></body></html>`);
    expect(reading.rule).toBe('fallback');
    expect(reading.paragraphs).toEqual(lines);
  });
});

describe('readArticlePage on a page with no article', () => {
  it('gives the metadata it finds, no paragraphs and no rule', () => {
    const reading = readArticlePage('<html><head><title>Trang chủ</title></head><body><nav><a href="/">Trang chủ</a></nav><p>Không tìm thấy trang.</p></body></html>');
    expect(reading).toEqual({ title: 'Trang chủ', published: null, siteName: null, paragraphs: [], rule: null });
  });
});
