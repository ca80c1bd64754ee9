import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import { loadDemoArticles } from '../../src/demo/demo-content-node.ts';
import { startDemoServer } from '../../src/demo/demo-server.ts';

const ARTICLE = (source: string, section: string, body = 'Sáng {{dm}}, UBND tỉnh họp phiên thường kỳ.') =>
  `---\nsource: ${source}\nsection: ${section}\ntitle: Tin thử\nsummary: Tóm tắt {{date:-1}}.\nageHours: 5\n---\n${body}\n\nĐoạn hai.\n`;

const dirs: string[] = [];
function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-demo-content-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'articles', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'articles', path), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('demo content', () => {
  it('serves articles from another content folder', async () => {
    const server = await startDemoServer({ contentDir: contentDir({ 'baodongthap/tin-thu.md': ARTICLE('baodongthap', 'tinh') }), now: () => new Date('2026-05-15T03:00:00Z') });
    try {
      const page = await (await fetch(`${server.baseUrl}/baodongthap/tin-tuc/tin-thu.html`)).text();
      expect(page).toContain('Sáng 15/5, UBND tỉnh họp phiên thường kỳ.');
      expect(page).toContain('Tóm tắt 14/5/2026.');
      const feed = await (await fetch(`${server.baseUrl}/baodongthap/rss/tin-moi.rss`)).text();
      expect(feed.match(/<item>/g)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('keeps the dates of near-duplicates in agreement when their publication straddles midnight', async () => {
    // 20:00 in Vietnam: the provincial paper (20 h ago) published at 00:00 on 10/3, the portal (22 h) on 9/3.
    const server = await startDemoServer({ now: () => new Date('2027-03-10T13:00:00Z') });
    try {
      const paper = await (await fetch(`${server.baseUrl}/baodongthap/tin-tuc/trieu-cuong-vuot-bao-dong-3.html`)).text();
      const portal = await (await fetch(`${server.baseUrl}/dongthap-gov/tin-tuc/chu-dong-ung-pho-trieu-cuong.html`)).text();
      expect(paper).toContain('article:published_time" content="2027-03-10T00:00:00+07:00"');
      expect(portal).toContain('article:published_time" content="2027-03-09T22:00:00+07:00"');
      expect(paper).toContain('Chiều 8/3, mực nước tại trạm Mỹ Tho');
      expect(portal).toContain('ký ban hành ngày 8/3');
    } finally {
      await server.close();
    }
  });

  it('names the file when an article sits in the wrong section', () => {
    const dir = contentDir({ 'baodongthap/sai-muc.md': ARTICLE('baodongthap', 'nganh') });
    expect(() => loadDemoArticles(dir)).toThrow(/sai-muc\.md: section "nganh" but source "baodongthap" is "tinh"/);
  });

  it('names the file and token when a date template is misspelt', () => {
    const dir = contentDir({ 'nhandan/sai-mau.md': ARTICLE('nhandan', 'trong-nuoc', 'Ngày {{ngay:-1}} vừa qua.') });
    expect(() => loadDemoArticles(dir)).toThrow(/sai-mau\.md: unknown template token/);
  });

  it('rejects text that is not NFC', () => {
    const dir = contentDir({ 'nhandan/nfd.md': ARTICLE('nhandan', 'trong-nuoc', 'Quốc hội'.normalize('NFD')) });
    expect(() => loadDemoArticles(dir)).toThrow(/not NFC/);
  });

  it('ships a cell config that validates and has a birthday in every month', () => {
    const path = fileURLToPath(new URL('../../feeds/demo/config.json', import.meta.url));
    const config = ConfigSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(config.cell).toEqual({ name: 'Chi bộ Văn phòng', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp' });
    const months = new Set(config.members.map((m) => Number(m.birthDate.slice(5, 7))));
    expect([...months].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
