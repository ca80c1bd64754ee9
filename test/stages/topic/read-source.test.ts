import { describe, expect, it } from 'vitest';
import { htmlToText, readSourceText } from '../../../src/stages/topic/read-source.ts';

describe('reading topic sources', () => {
  it('keeps an HTML page’s headings and paragraphs and drops its navigation, scripts and footer', () => {
    const page = htmlToText(`<html><head><title>Báo X</title><script>var a = 1;</script></head><body>
      <header><nav><a href="/">Trang chủ</a></nav></header>
      <article><h1>Học tập và làm theo Bác</h1><p>Mỗi đảng viên đăng ký một việc làm cụ thể. Chi bộ đánh giá hằng quý.</p>
      <ul><li><p>Công minh, chính trực.</p></li><li>Khách quan, thận trọng, khiêm tốn.</li></ul>
      <h2>Kết quả</h2><p>Đơn vị hoàn thành kế hoạch đề ra, với nhiều tấm gương điển hình được biểu dương.</p></article>
      <aside>Tin liên quan</aside><footer>Bản quyền</footer></body></html>`);
    expect(page.title).toBe('Học tập và làm theo Bác');
    expect(page.text).toBe([
      '## Học tập và làm theo Bác',
      'Mỗi đảng viên đăng ký một việc làm cụ thể. Chi bộ đánh giá hằng quý.',
      'Công minh, chính trực.',
      '- Khách quan, thận trọng, khiêm tốn.',
      '## Kết quả',
      'Đơn vị hoàn thành kế hoạch đề ra, với nhiều tấm gương điển hình được biểu dương.',
    ].join('\n\n'));
  });

  it('names a Markdown source by its first heading and reduces links and emphasis to text', () => {
    const source = readSourceText('a.md', '# Tài liệu **chuyên đề**\n\nXem [Điều lệ Đảng](https://x.vn/dieu-le) và *Nghị quyết*.\n');
    expect(source.name).toBe('Tài liệu chuyên đề');
    expect(source.text).toContain('Xem Điều lệ Đảng và Nghị quyết.');
  });

  it('takes the first line of plain text as its title when it reads like one', () => {
    const source = readSourceText('5057298.txt', 'Ông chủ công ty đối mặt cáo buộc làm hàng giả\nNgày 1/4, cơ quan điều tra ra kết luận. Vụ án được chuyển sang Viện kiểm sát.\n');
    expect(source.name).toBe('Ông chủ công ty đối mặt cáo buộc làm hàng giả');
    expect(source.text.startsWith('# Ông chủ công ty')).toBe(true);
  });

  it('takes plain text as it is, named by its file, in NFC', () => {
    const nfd = 'Đảng viên gương mẫu.'.normalize('NFD');
    const source = readSourceText('ghi-chep.txt', nfd);
    expect(source).toEqual({ name: 'ghi-chep.txt', text: 'Đảng viên gương mẫu.' });
  });
});
