import { describe, expect, it } from 'vitest';
import { createExtractiveSummarizer } from '../../../src/providers/llm/extractive.ts';
import { renderScriptMarkdown } from '../../../src/stages/script-markdown.ts';
import { writeBriefing } from '../../../src/stages/write.ts';
import { collected, testConfig, writeDeps } from './write-fixtures.ts';

async function briefing() {
  const written = await writeBriefing(collected(), { config: testConfig(), meetingDate: '2026-11-27' }, writeDeps(createExtractiveSummarizer()));
  const story = written.sections[1]!.stories[0]!;
  story.check = { status: 'flagged', writer: 'editor', issues: [{ kind: 'number', value: '452', where: 'script' }], note: 'Cần xem lại số đại biểu.' };
  return written;
}

describe('renderScriptMarkdown', () => {
  it('lays out the intro, the five sections in order, the greetings and the closing', async () => {
    const markdown = renderScriptMarkdown(await briefing());
    const order = ['## Lời mở đầu', '## 1. Tin trong tỉnh', '## 2. Tin trong nước', '## 3. Hoạt động đối ngoại', '## 4. Tin thế giới', '## 5. Điểm tin hoạt động trong Ngành', '## Chúc mừng sinh nhật', '## Lời kết'];
    const positions = order.map((heading) => markdown.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('Kính thưa các đồng chí');
    expect(markdown).toContain('Nguyễn Thị Lan');
  });

  it('shows each story with its bullets and sources with link and local date', async () => {
    const markdown = renderScriptMarkdown(await briefing());
    expect(markdown).toContain('### 1. Quốc hội thông qua Luật sửa đổi');
    expect(markdown).toContain('- Báo Nhân Dân: [Quốc hội thông qua Luật sửa đổi Luật Phòng, chống tham nhũng](<https://nhandan.example/chinh-tri/quoc-hoi-thong-qua-luat-pctn.html>) — 15:10 ngày 25/11/2026');
    expect(markdown).toContain('**Ý chính (trang chiếu):**');
  });

  it('makes check flags visible to the reviewer', async () => {
    const markdown = renderScriptMarkdown(await briefing());
    expect(markdown).toContain('⚠️ CẦN XEM LẠI');
    expect(markdown).toContain('- ⚠️ Cần xem lại: số liệu "452" trong lời đọc không có trong bài nguồn');
    expect(markdown).toContain('> Cần xem lại số đại biểu.');
    expect(markdown).toContain('✅ Đã đối chiếu');
  });

  it('cannot be turned into HTML or headings by article text', async () => {
    const written = await briefing();
    written.sections[0]!.stories[0]!.script = '<script>alert(1)</script>\n# Tiêu đề giả';
    const markdown = renderScriptMarkdown(written);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/^# Tiêu đề giả/m);
  });
});
