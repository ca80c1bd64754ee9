import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { buildTopicDeck, verifyOutline } from '../../../src/stages/topic/build-topic-deck.ts';
import { planTopicOffline } from '../../../src/stages/topic/offline-topic-planner.ts';
import { readSource, readSourceText } from '../../../src/stages/topic/read-source.ts';
import { readPdfNode } from '../../../src/stages/topic/read-pdf-node.ts';
import type { TopicInput } from '../../../src/stages/topic/topic-outline.ts';
import { readDeck, titleOf, type ReadSlide } from '../../deck/read-deck.ts';

const fixture = (name: string) => new URL(`../../fixtures/topic/${name}`, import.meta.url);
const TITLE = 'Nâng cao tinh thần trách nhiệm, giữ gìn phẩm chất đạo đức của đảng viên';
const QUOTE = '“Đảng ta là một Đảng cầm quyền. Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức cách mạng, thật sự cần kiệm liêm chính, chí công vô tư. Phải giữ gìn Đảng ta thật trong sạch, phải xứng đáng là người lãnh đạo, là người đầy tớ thật trung thành của nhân dân.”';
const CHROME = /Xuất bản thông tin|Chi tiết bài viết|\bnull\b|Tin mới|Tin liên quan|Lượt xem|In bài|Chia sẻ|Ảnh:|Minh Thư|Bản quyền|Trang chủ|Kiểm sát trực tiếp việc tạm giữ|Trao quyết định bổ nhiệm|VKSĐT/;

async function source(file: string, url?: string) {
  return readSource(file, new Uint8Array(await readFile(fixture(file))), { readPdf: readPdfNode, ...(url ? { url } : {}) });
}

function body(slide: ReadSlide): string[] {
  return ([...slide.shapes].find(([name]) => name.endsWith('-body'))?.[1] ?? '').split('\n').filter(Boolean);
}

const CASES = [
  { file: 'de-cuong-chuyen-de.docx', parts: ['Lời dạy của Chủ tịch Hồ Chí Minh về đạo đức cách mạng', 'Thực trạng tinh thần trách nhiệm của đảng viên Chi bộ', 'Nguyên nhân của hạn chế', 'Nhiệm vụ, giải pháp'] },
  { file: 'de-cuong-chuyen-de.pdf', parts: ['Lời dạy của Chủ tịch Hồ Chí Minh về đạo đức cách mạng', 'Thực trạng tinh thần trách nhiệm của đảng viên Chi bộ', 'Nguyên nhân của hạn chế', 'Nhiệm vụ, giải pháp'] },
  { file: 'bai-viet-sinh-hoat-chuyen-de.html', url: 'https://vks.example.vn/tin/sinh-hoat-chuyen-de', parts: ['Chi bộ Phòng 1 sinh hoạt chuyên đề về tinh thần trách nhiệm của đảng viên', 'Học tập lời dạy của Bác', 'Kết quả năm 2025 và những hạn chế', 'Giải pháp trong thời gian tới'] },
  { file: 'bai-viet-sinh-hoat-chuyen-de.txt', parts: ['Chi bộ Phòng 1 sinh hoạt chuyên đề về tinh thần trách nhiệm của đảng viên', 'Học tập lời dạy của Bác', 'Kết quả năm 2025 và những hạn chế', 'Giải pháp trong thời gian tới'] },
];

describe('a topic deck from the documents people have', () => {
  for (const { file, url, parts } of CASES) {
    it(`from ${file}: the user's title, parts in order, no chrome or garbage, no repeated or cut bullet, the quotation whole`, async () => {
      const document = await source(file, url);
      const { pptx, outline, problems } = await buildTopicDeck({ title: TITLE, sources: [document], cellName: 'Chi bộ Phòng 1' }, { theme: 'do-vang' });
      const { slides, zip } = await readDeck(pptx);
      const titles = slides.map(titleOf);
      expect(titles[0]).toBe(TITLE);
      expect(titles.slice(1, 3)).toEqual(['Mục đích, yêu cầu', 'Nội dung chính']);
      expect(titles.slice(-4)).toEqual(['Câu hỏi thảo luận', 'Kết luận', 'Tài liệu tham khảo', 'Xin cảm ơn các đồng chí đã chú ý lắng nghe!']);
      expect(body(slides[2]!)).toEqual(parts);
      expect(problems).toEqual([]);

      const content = slides.filter((slide) => [...slide.shapes.keys()].some((name) => /^content-\d+-title$/.test(name)));
      const numbers = content.map((slide) => Number(/^(\d+)\. /.exec(titleOf(slide))?.[1]));
      expect(numbers[0]).toBe(1);
      numbers.forEach((n, i) => expect(n - (numbers[i - 1] ?? 1), titles.join(' | ')).toBeGreaterThanOrEqual(0));
      expect(numbers.at(-1)).toBe(parts.length);
      expect([...new Set(content.map((slide) => titleOf(slide).replace(/ \(tiếp theo\)$/, '')))]).toEqual(parts.map((part, i) => `${i + 1}. ${part}`));
      for (const slide of content) expect(titleOf(slide)).not.toMatch(/^\d+\. ((?=[IVX])[IVX]+|\d+|[a-z])[.)] /);

      const text = slides.map((slide) => `${slide.text}\n${slide.notes}`).join('\n');
      expect(text).not.toMatch(CHROME);
      expect(text).not.toMatch(/PK\u0003|word\/|\ufffd|[\u0000-\u0008]/);

      const lines = [2, ...content.map((s) => slides.indexOf(s)), slides.length - 3].flatMap((i) => body(slides[i]!)).concat(body(slides[1]!));
      const statements = lines.filter((line) => line.split(' ').length >= 5);
      expect(new Set(statements).size, statements.join('\n')).toBe(statements.length);
      for (const line of lines) expect(line).not.toMatch(/(…|\.\.\.)$/);

      const withQuote = slides.filter((slide) => slide.text.includes('thật sự cần kiệm liêm chính'));
      expect(withQuote).toHaveLength(1);
      expect(body(withQuote[0]!)).toContain(QUOTE);
      expect(body(withQuote[0]!).filter((line) => line !== QUOTE).join(' ')).not.toContain('cần kiệm');

      expect(outline.conclusion.join(' ')).toContain('biến nhận thức thành hành động cụ thể');
      expect(outline.conclusion.join(' ')).not.toContain(outline.objectives[0]!);
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) expect(XMLValidator.validate(await zip.file(name)!.async('string')), name).toBe(true);
    });
  }

  it('writes objectives from the outline’s purpose section and questions about its parts', async () => {
    const outline = planTopicOffline({ title: TITLE, sources: [await source('de-cuong-chuyen-de.docx')] });
    expect(outline.objectives[0]).toBe('Giúp mỗi đảng viên nhận thức sâu sắc hơn lời dạy của Chủ tịch Hồ Chí Minh về đạo đức cách mạng và trách nhiệm của người cán bộ kiểm sát');
    expect(outline.questions.join('\n')).toContain('“Thực trạng tinh thần trách nhiệm của đảng viên Chi bộ”');
    expect(outline.conclusion[0]).toBe('Nâng cao tinh thần trách nhiệm và giữ gìn phẩm chất đạo đức là yêu cầu thường xuyên đối với mỗi đảng viên');
    expect(outline.slides.find((slide) => slide.subheading === 'Hạn chế')?.bullets).toEqual([
      'Một số đảng viên còn ngại nghiên cứu văn bản pháp luật mới, kỹ năng tranh tụng chưa đồng đều',
      'Việc tự phê bình và phê bình có lúc còn nể nang, chưa chỉ rõ trách nhiệm của từng cá nhân',
    ]);
  });

  it('lists title, issuer, date and address on the references slide', async () => {
    const { pptx } = await buildTopicDeck({ title: TITLE, sources: [await source('de-cuong-chuyen-de.docx'), await source('bai-viet-sinh-hoat-chuyen-de.html', 'https://vks.example.vn/tin/1')] }, { theme: 'trung-tinh' });
    const { slides } = await readDeck(pptx);
    expect(body(slides.find((s) => titleOf(s) === 'Tài liệu tham khảo')!)).toEqual([
      'Nâng cao tinh thần trách nhiệm, giữ gìn phẩm chất đạo đức của đảng viên trong công tác kiểm sát — Chi bộ Phòng thực hành quyền công tố và kiểm sát điều tra — ngày 10 tháng 3 năm 2026',
      'Chi bộ Phòng 1 sinh hoạt chuyên đề về tinh thần trách nhiệm của đảng viên — Viện kiểm sát nhân dân tỉnh Đồng Tháp — 12/03/2026 — https://vks.example.vn/tin/1',
    ]);
  });

  it('says when the sources barely treat the title’s topic, in the problems and in the title slide’s notes', async () => {
    const { pptx, problems } = await buildTopicDeck({ title: 'Phòng, chống tác hại của thuốc lá', sources: [await source('de-cuong-chuyen-de.docx')] }, { theme: 'do-vang' });
    expect(problems[0]).toMatch(/^Tài liệu nguồn ít đề cập đến chủ đề “Phòng, chống tác hại của thuốc lá”.*“thuốc lá”/);
    const { slides } = await readDeck(pptx);
    expect(slides[0]!.notes).toContain('ít đề cập đến chủ đề');
  });

  it('keeps a long article without headings to a few slides, and never makes a bullet of a sentence that only introduces a list', () => {
    const places = ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự', 'Tháp Mười', 'Lai Vung', 'Châu Thành', 'Tam Nông', 'Thanh Bình', 'Lấp Vò', 'Tân Hồng'];
    const paragraphs = places.flatMap((place, i) => [
      `Viện kiểm sát khu vực ${place} đã kiểm sát ${i + 12} vụ án hình sự trong quý I, tăng so với cùng kỳ năm trước.`,
      `Các kiểm sát viên tại ${place} phối hợp chặt chẽ với cơ quan điều tra ngay từ khi tiếp nhận tin báo.`,
      `Kết quả kiểm sát tại ${place} được báo cáo Viện trưởng theo định kỳ hằng tháng:`,
      `Những vi phạm phát hiện tại ${place} đã được kiến nghị khắc phục kịp thời.`,
    ]);
    const outline = planTopicOffline({ title: 'Công tác kiểm sát điều tra quý I', sources: [readSourceText('bai.txt', ['Kết quả kiểm sát điều tra quý I năm 2026 của các đơn vị trong tỉnh', ...paragraphs].join('\n'))] });
    expect(outline.slides.length).toBeLessThanOrEqual(6);
    expect(outline.slides.flatMap((slide) => slide.bullets).some((bullet) => bullet.includes('được báo cáo Viện trưởng theo định kỳ hằng tháng'))).toBe(false);
  });

  it('never turns a photo credit or caption into a bullet', () => {
    const text = ['# Vụ án', 'Cơ quan điều tra đề nghị truy tố bảy bị can về tội sản xuất hàng giả.', 'Phạm Dự', 'Ảnh: Quỳnh Trần chụp tại tòa án.', 'Viện kiểm sát đã nhận hồ sơ và đang nghiên cứu để truy tố.', 'Phiên tòa dự kiến mở trong quý tới tại thành phố.'].join('\n');
    const outline = planTopicOffline({ title: 'Vụ án', sources: [readSourceText('vu-an.md', text)] });
    const bullets = outline.slides.flatMap((slide) => slide.bullets);
    expect(bullets.length).toBeGreaterThan(1);
    expect(bullets.some((bullet) => bullet.startsWith('Phạm Dự') || bullet.startsWith('Ảnh'))).toBe(false);
  });

  it('refuses a topic with no readable source, naming what to add', async () => {
    await expect(buildTopicDeck({ title: TITLE, sources: [{ name: 'rong.md', text: '  ' }] }, { theme: 'do-vang' })).rejects.toThrow(/chưa có tài liệu nguồn/);
  });
});

describe('verifyOutline', () => {
  async function input(): Promise<TopicInput> {
    return { title: TITLE, sources: [await source('de-cuong-chuyen-de.docx')] };
  }

  it('drops an LLM bullet whose numbers its source lacks, a cut bullet, a repeated bullet and a misquoted quotation', async () => {
    const data = await input();
    const offline = planTopicOffline(data);
    const planned = {
      ...offline,
      slides: [
        { heading: 'II. Lời dạy của Bác', part: 7, kind: 'quote' as const, bullets: ['“Đảng ta là một Đảng cầm quyền, mỗi đảng viên phải trong sạch.”'], notes: 'Trích Di chúc.', sourceIndex: 0 },
        { heading: 'Thực trạng', part: 7, bullets: ['Đảng viên giải quyết 312 tin báo, tố giác tội phạm đúng thời hạn trong năm 2025', 'Chi bộ giải quyết 450 tin báo trong năm 2025', 'Một số đảng viên còn ngại nghiên cứu văn bản…', 'Đảng viên giải quyết 312 tin báo, tố giác tội phạm đúng thời hạn trong năm 2025'], notes: 'Thực trạng.', sourceIndex: 0 },
        { heading: 'Giải pháp', part: 9, bullets: ['Tăng cường tập huấn kỹ năng xét hỏi, tranh luận tại phiên tòa cho kiểm sát viên trẻ'], notes: 'Giải pháp.', sourceIndex: 0 },
      ],
    };
    const { outline, problems } = verifyOutline(planned, offline, data);
    expect(outline.slides.map((slide) => [slide.part, slide.heading])).toEqual([[1, 'Thực trạng'], [2, 'Giải pháp'], ...outline.slides.slice(2).map((s) => [s.part, s.heading])]);
    expect(outline.slides[0]!.bullets).toEqual(['Đảng viên giải quyết 312 tin báo, tố giác tội phạm đúng thời hạn trong năm 2025']);
    expect(problems.join('\n')).toMatch(/không đúng nguyên văn/);
    expect(problems.join('\n')).toMatch(/“450 tin báo”/);
    expect(problems.join('\n')).toMatch(/cắt dở/);
  });
});
