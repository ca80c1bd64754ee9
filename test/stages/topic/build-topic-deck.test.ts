import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { buildTopicDeck, verifyOutline } from '../../../src/stages/topic/build-topic-deck.ts';
import { planTopicOffline } from '../../../src/stages/topic/offline-topic-planner.ts';
import { readSourceText } from '../../../src/stages/topic/read-source.ts';
import { CONTENT_SLIDES, type TopicInput } from '../../../src/stages/topic/topic-outline.ts';
import { readDeck, titleOf } from '../../deck/read-deck.ts';

const FIXTURE = new URL('../../fixtures/topic/phat-huy-tinh-than-dang-vien.md', import.meta.url);
const TITLE = 'Phát huy tinh thần tiên phong, gương mẫu của đảng viên';

async function input(): Promise<TopicInput> {
  const source = readSourceText('phat-huy-tinh-than-dang-vien.md', await readFile(FIXTURE, 'utf8'));
  return { title: TITLE, sources: [source], presenter: 'Đồng chí Bí thư Chi bộ', cellName: 'Chi bộ Văn phòng', unitName: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp' };
}

describe('buildTopicDeck offline', () => {
  it('builds title, objectives, outline, 6–12 cited content slides, questions, conclusion, references, closing', async () => {
    const { pptx, outline } = await buildTopicDeck(await input(), { theme: 'do-vang' });
    const { slides, zip } = await readDeck(pptx);
    const titles = slides.map(titleOf);
    expect(titles[0]).toBe(TITLE);
    expect(titles.slice(1, 3)).toEqual(['Mục đích, yêu cầu', 'Nội dung chính']);
    expect(titles.slice(-4)).toEqual(['Câu hỏi thảo luận', 'Kết luận', 'Tài liệu tham khảo', 'Xin cảm ơn các đồng chí đã chú ý lắng nghe!']);

    const content = slides.filter((slide) => [...slide.shapes.keys()].some((name) => /^content-\d+-title$/.test(name)));
    expect(outline.slides.length).toBeGreaterThanOrEqual(CONTENT_SLIDES.min);
    expect(outline.slides.length).toBeLessThanOrEqual(CONTENT_SLIDES.max);
    expect(content.length).toBeGreaterThanOrEqual(outline.slides.length);
    expect(content.map(titleOf).filter((t) => !t.includes('(tiếp theo)'))).toEqual(outline.slides.map((s) => s.heading));
    for (const slide of content) {
      const source = [...slide.shapes].find(([name]) => name.endsWith('-source'))?.[1] ?? '';
      expect(source, titleOf(slide)).toContain('Nguồn: Phát huy tinh thần tiên phong, gương mẫu của đảng viên trong thực hiện nhiệm vụ chính trị');
    }
    for (const slide of slides) expect(slide.notes.trim().length, titleOf(slide)).toBeGreaterThan(10);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) expect(XMLValidator.validate(await zip.file(name)!.async('string')), name).toBe(true);
  });

  it('draws content slides from the document’s headings and sentences, not from elsewhere', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const outline = planTopicOffline(await input());
    expect(outline.slides.map((s) => s.heading)).toContain('Tiên phong trong phòng, chống tham nhũng, tiêu cực');
    expect(outline.slides.map((s) => s.heading)).not.toContain('Kết luận');
    for (const slide of outline.slides) {
      for (const bullet of slide.bullets) expect(text.replace(/\s+/g, ' ')).toContain(bullet.replace(/…$/, ''));
    }
    expect(outline.conclusion.join(' ')).toContain('biến nhận thức thành hành động');
  });

  it('never turns a photo credit or caption into a bullet', () => {
    const text = ['# Vụ án', 'Cơ quan điều tra đề nghị truy tố bảy bị can về tội sản xuất hàng giả.', 'Phạm Dự', 'Ảnh: Quỳnh Trần chụp tại tòa án.', 'Viện kiểm sát đã nhận hồ sơ và đang nghiên cứu để truy tố.', 'Phiên tòa dự kiến mở trong quý tới tại thành phố.'].join('\n');
    const outline = planTopicOffline({ title: 'Vụ án', sources: [{ name: 'vu-an.txt', text }] });
    const bullets = outline.slides.flatMap((slide) => slide.bullets);
    expect(bullets.length).toBeGreaterThan(1);
    expect(bullets.some((bullet) => bullet.startsWith('Phạm Dự') || bullet.startsWith('Ảnh'))).toBe(false);
  });

  it('cites each slide’s own document when there are several sources', async () => {
    const base = await input();
    const second = readSourceText('nghi-quyet.html', `<html><head><title>Trang tin</title></head><body><nav>Trang chủ | Liên hệ</nav>
      <article><h1>Nghị quyết về công tác kiểm sát</h1><h2>Nhiệm vụ trọng tâm</h2><p>Viện kiểm sát tăng cường kiểm sát điều tra ngay từ đầu. Kiểm sát viên phối hợp chặt chẽ với điều tra viên. Các vụ án trọng điểm được theo dõi riêng.</p>
      <h2>Giải pháp</h2><p>Đơn vị tổ chức tập huấn kỹ năng tranh tụng cho kiểm sát viên. Việc ứng dụng công nghệ được đẩy mạnh trong quản lý án. Kết quả được đánh giá hằng quý.</p></article>
      <footer>Bản quyền thuộc về trang tin</footer></body></html>`, 'https://vks.example.vn/nghi-quyet');
    const { pptx, outline } = await buildTopicDeck({ ...base, sources: [...base.sources, second] }, { theme: 'trung-tinh' });
    const fromSecond = outline.slides.filter((slide) => slide.sourceIndex === 1);
    expect(fromSecond.length).toBeGreaterThan(0);
    const { slides } = await readDeck(pptx);
    const slide = slides.find((s) => titleOf(s) === fromSecond[0]!.heading)!;
    expect([...slide.shapes].find(([n]) => n.endsWith('-source'))![1]).toContain('Nguồn: Nghị quyết về công tác kiểm sát · vks.example.vn/nghi-quyet');
    expect(slides.find((s) => titleOf(s) === 'Tài liệu tham khảo')!.text).toContain('https://vks.example.vn/nghi-quyet');
  });

  it('refuses a topic with no readable source, naming what to add', async () => {
    await expect(buildTopicDeck({ title: TITLE, sources: [{ name: 'rong.md', text: '  ' }] }, { theme: 'do-vang' })).rejects.toThrow(/chưa có tài liệu nguồn/);
  });
});

describe('verifyOutline', () => {
  it('replaces an LLM slide whose numbers its source lacks, and keeps a supported one', async () => {
    const data = await input();
    const offline = planTopicOffline(data);
    const planned = {
      ...offline,
      slides: [
        { heading: 'Chỉ tiêu của Chi bộ', bullets: ['100% đảng viên hoàn thành tốt nhiệm vụ được giao'], notes: 'Trong năm 2026, Chi bộ đặt chỉ tiêu 100% đảng viên hoàn thành tốt nhiệm vụ.', sourceIndex: 0 },
        { heading: 'Kết quả năm 2025', bullets: ['Chi bộ kết nạp 17 đảng viên mới'], notes: 'Năm 2025 có 17 đảng viên mới.', sourceIndex: 0 },
        ...offline.slides.slice(2),
      ],
    };
    const { outline, problems } = verifyOutline(planned, offline, data);
    expect(outline.slides[0]!.heading).toBe('Chỉ tiêu của Chi bộ');
    expect(outline.slides[1]).toEqual(offline.slides[1]);
    expect(problems.join('\n')).toContain('Kết quả năm 2025');
  });
});
