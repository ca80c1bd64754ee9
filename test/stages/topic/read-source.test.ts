import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { readSource, readSourceText } from '../../../src/stages/topic/read-source.ts';
import { readPdfNode } from '../../../src/stages/topic/read-pdf-node.ts';
import type { TopicSource } from '../../../src/stages/topic/topic-outline.ts';

const fixture = (name: string) => new URL(`../../fixtures/topic/${name}`, import.meta.url);
const bytesOf = async (name: string) => new Uint8Array(await readFile(fixture(name)));
const QUOTE = '“Đảng ta là một Đảng cầm quyền. Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức cách mạng, thật sự cần kiệm liêm chính, chí công vô tư. Phải giữ gìn Đảng ta thật trong sạch, phải xứng đáng là người lãnh đạo, là người đầy tớ thật trung thành của nhân dân.”';
const OUTLINE_TITLE = 'Nâng cao tinh thần trách nhiệm, giữ gìn phẩm chất đạo đức của đảng viên trong công tác kiểm sát';
const ARTICLE_TITLE = 'Chi bộ Phòng 1 sinh hoạt chuyên đề về tinh thần trách nhiệm của đảng viên';
const CHROME = /Xuất bản thông tin|Chi tiết bài viết|null |Tin mới|Tin liên quan|Lượt xem|In bài|Chia sẻ|Ảnh:|Minh Thư|Bản quyền|Trang chủ|Kiểm sát trực tiếp việc tạm giữ|Trao quyết định bổ nhiệm/;

function headings(source: TopicSource): string[] {
  return (source.blocks ?? []).filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level} ${b.marker ?? ''} ${b.text}` : ''));
}

describe('reading a Word outline (.docx) and its PDF', () => {
  for (const file of ['de-cuong-chuyen-de.docx', 'de-cuong-chuyen-de.pdf']) {
    it(`finds the real title, the issuer, the date and the I./1./a) outline in ${file}`, async () => {
      const source = await readSource(file, await bytesOf(file), { readPdf: readPdfNode });
      expect(source.name).toBe(OUTLINE_TITLE);
      expect(source.issuer).toBe('Chi bộ Phòng thực hành quyền công tố và kiểm sát điều tra');
      expect(source.date).toBe('ngày 10 tháng 3 năm 2026');
      expect(headings(source)).toEqual([
        '1 I Mục đích, yêu cầu',
        '1 II Nội dung',
        '2 1 Lời dạy của Chủ tịch Hồ Chí Minh về đạo đức cách mạng',
        '2 2 Thực trạng tinh thần trách nhiệm của đảng viên Chi bộ',
        '3 a Ưu điểm',
        '3 b Hạn chế',
        '2 3 Nguyên nhân của hạn chế',
        '1 III Nhiệm vụ, giải pháp',
        '1 IV Kết luận',
      ]);
      expect(source.blocks).toContainEqual({ kind: 'quote', text: QUOTE, lead: 'Trong Di chúc, Chủ tịch Hồ Chí Minh căn dặn:' });
      expect(source.text).not.toMatch(/PK|word\/|ĐẢNG CỘNG SẢN|ĐỀ CƯƠNG/);
    });
  }
});

describe('reading an article page', () => {
  it('takes the headline, not the site name, and drops the sidebar, captions, byline and share bar from the .html', async () => {
    const source = await readSource('bai-viet.html', await bytesOf('bai-viet-sinh-hoat-chuyen-de.html'), { url: 'https://vks.example.vn/bai-viet' });
    expect(source.name).toBe(ARTICLE_TITLE);
    expect(source.issuer).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp');
    expect(source.date).toBe('12/03/2026');
    expect(source.url).toBe('https://vks.example.vn/bai-viet');
    expect(headings(source)).toEqual(['1  Học tập lời dạy của Bác', '1  Kết quả năm 2025 và những hạn chế', '1  Giải pháp trong thời gian tới']);
    expect(source.text).toContain(QUOTE);
    expect(source.text).not.toMatch(CHROME);
  });

  it('finds the real title under the portal’s chrome lines in the same article saved as text', async () => {
    const source = await readSource('bai-viet.txt', await bytesOf('bai-viet-sinh-hoat-chuyen-de.txt'));
    expect(source.name).toBe(ARTICLE_TITLE);
    expect(source.date).toBe('12/03/2026');
    expect(headings(source)).toEqual(['1  Học tập lời dạy của Bác', '1  Kết quả năm 2025 và những hạn chế', '1  Giải pháp trong thời gian tới']);
    expect(source.text).toContain(QUOTE);
    expect(source.text).not.toMatch(CHROME);
    expect(source.text.startsWith('(VKSĐT) - Ngày 10/3/2026')).toBe(true);
  });
});

describe('subheads typed as bold paragraphs', () => {
  it('reads a short paragraph wholly in bold as a heading, not as a bullet', () => {
    const sentence = 'Các đơn vị kiểm sát trong tỉnh đã phối hợp chặt chẽ với cơ quan điều tra để giải quyết tin báo, tố giác tội phạm đúng hạn.';
    const html = `<html><head><title>Bài viết</title></head><body><article><h1>Kết quả công tác kiểm sát quý I năm 2026</h1>
      <p>${sentence}</p><p>${sentence.replace('trong tỉnh', 'cấp huyện')}</p>
      <p class="Normal"><span><strong>Những khó khăn còn tồn tại</strong></span></p>
      <p>${sentence.replace('đã phối hợp chặt chẽ', 'còn chưa phối hợp kịp thời')}</p><p>${sentence.replace('tin báo', 'đơn thư khiếu nại')}</p></article></body></html>`;
    const source = readSourceText('bai.html', html);
    expect(headings(source)).toEqual(['1  Những khó khăn còn tồn tại']);
  });
});

describe('reading Markdown and plain text', () => {
  it('names a Markdown source by its first heading and reduces links and emphasis to text', () => {
    const source = readSourceText('a.md', '# Tài liệu **chuyên đề**\n\nXem [Điều lệ Đảng](https://x.vn/dieu-le) và *Nghị quyết* về công tác xây dựng Đảng trong giai đoạn mới của đất nước.\n');
    expect(source.name).toBe('Tài liệu chuyên đề');
    expect(source.text).toContain('Xem Điều lệ Đảng và Nghị quyết về công tác');
  });

  it('takes plain text as it is, named by its file, in NFC', () => {
    const nfd = 'Đảng viên gương mẫu.'.normalize('NFD');
    const source = readSourceText('ghi-chep.txt', nfd);
    expect(source.name).toBe('ghi-chep.txt');
    expect(source.text).toBe('Đảng viên gương mẫu.');
  });
});

describe('files that cannot be read', () => {
  it('names an empty file', async () => {
    await expect(readSource('rong.txt', new Uint8Array())).rejects.toMatchObject({ userMessage: expect.stringContaining('“rong.txt” không có nội dung chữ') });
  });

  it('refuses binary bytes instead of turning them into slides', async () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 37) % 256);
    await expect(readSource('anh.txt', bytes)).rejects.toMatchObject({ userMessage: expect.stringContaining('“anh.txt” không phải văn bản') });
  });

  it('names a broken Word file', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'không phải Word');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readSource('hong.docx', bytes)).rejects.toMatchObject({ userMessage: expect.stringContaining('Không đọc được tệp Word “hong.docx”') });
  });

  it('names an old .doc file and says how to convert it', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);
    await expect(readSource('cu.doc', bytes)).rejects.toMatchObject({ userMessage: expect.stringMatching(/“cu\.doc”.*\.docx/) });
  });

  it('says a PDF with no text is a scan, naming it', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF');
    await expect(readSource('scan.pdf', pdf, { readPdf: readPdfNode })).rejects.toMatchObject({ userMessage: expect.stringContaining('“scan.pdf” không có chữ đọc được') });
  });

  it('says where no PDF reader is available', async () => {
    await expect(readSource('a.pdf', await bytesOf('de-cuong-chuyen-de.pdf'))).rejects.toMatchObject({ userMessage: expect.stringContaining('chưa đọc được tệp PDF “a.pdf”') });
  });
});
