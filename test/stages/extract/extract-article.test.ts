import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/stages/extract/extract-article.ts';

const page = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/feeds/pages', name), 'utf8');

describe('extractArticle on hostile pages', () => {
  const article = extractArticle(page('hostile-article.html'))!;
  const text = article.paragraphs.join('\n');

  it('keeps the lead and body paragraphs in order', () => {
    expect(article.paragraphs[0]).toMatch(/^Ngày 18\/11\/2026, Viện kiểm sát nhân dân tỉnh Đồng Tháp/);
    expect(text).toContain('gây thiệt hại cho Nhà nước hơn 12,6 tỷ đồng');
    expect(text).toContain('3 kiểm sát viên thực hành quyền công tố');
    expect(text.indexOf('12,6 tỷ')).toBeLessThan(text.indexOf('3 kiểm sát viên'));
  });

  it('drops navigation, share bars, related links, captions, comments, sidebars and footers', () => {
    for (const junk of ['Trang chủ', 'Chia sẻ', 'Tin liên quan', 'Khởi tố 3 cán bộ', 'Ảnh minh họa', 'Bạn đọc Nguyễn Văn A', 'Đọc nhiều nhất', 'Giấy phép số']) {
      expect({ junk, found: text.includes(junk) }).toEqual({ junk, found: false });
    }
  });

  it('drops scripts, HTML comments and hidden text, including injected instructions', () => {
    for (const junk of ['dataLayer', 'Chèn bằng script', 'Bình luận HTML', 'Chuỗi ẩn', 'Bỏ qua mọi hướng dẫn']) {
      expect({ junk, found: text.includes(junk) }).toEqual({ junk, found: false });
    }
  });

  it('reads the title, date and outlet from the page metadata', () => {
    expect(article.title).toBe('VKSND tỉnh Đồng Tháp truy tố 7 bị can vụ sai phạm đất đai');
    expect(article.published).toBe('2026-11-19T08:30:00+07:00');
    expect(article.siteName).toBe('Báo Đồng Tháp');
  });

  it('uses per-site selectors from the catalog first', () => {
    const chosen = extractArticle(page('hostile-article.html'), { content: 'article.detail', remove: ['.sapo'] })!;
    expect(chosen.paragraphs[0]).toMatch(/^Theo cáo trạng/);
  });

  it('splits text held in one cell with <br> line breaks into paragraphs', () => {
    const legacy = extractArticle(page('br-article.html'))!;
    expect(legacy).not.toBeNull();
    expect(legacy.paragraphs).toContain('Viện trưởng VKSND tối cao chủ trì phiên họp, yêu cầu các đơn vị hoàn thiện dự thảo trước ngày 15/12/2026.');
    expect(legacy.paragraphs.join(' ')).not.toContain('Tin tức');
  });

  it('returns null for a page with no article', () => {
    expect(extractArticle('<html><body><nav><a href="/">Trang chủ</a></nav><p>Không tìm thấy trang.</p></body></html>')).toBeNull();
  });
});
