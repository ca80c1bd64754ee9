import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicCommand, topicSlug } from '../../../src/cli/commands/topic.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { readDeck, titleOf } from '../../deck/read-deck.ts';

const FIXTURE = 'test/fixtures/topic/phat-huy-tinh-than-dang-vien.md';

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', interactive: false };
}

let dir: string;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bantin-topic-'));
  const html = `<!doctype html><html><head><title>Tài liệu</title></head><body><nav>Menu</nav><main>${(await readFile(FIXTURE, 'utf8'))
    .split('\n\n')
    .map((block) => (block.startsWith('## ') ? `<h2>${block.slice(3)}</h2>` : block.startsWith('# ') ? `<h1>${block.slice(2)}</h1>` : `<p>${block}</p>`))
    .join('')}</main><footer>Chân trang</footer></body></html>`;
  server = createServer((req, res) => {
    if (req.url === '/tai-lieu') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('bantin topic', () => {
  it('writes <out>/<slug>.pptx from a Markdown file and prints its path', async () => {
    const io = captureIo();
    const code = await topicCommand.run(['--title', 'Phát huy tinh thần tiên phong của đảng viên', '--source', FIXTURE, '--out', dir, '--theme', 'trung-tinh'], io);
    expect(code).toBe(0);
    const path = join(dir, 'phat-huy-tinh-than-tien-phong-cua-dang-vien.pptx');
    expect(io.out.join('')).toBe(`${path}\n`);
    const { slides } = await readDeck(new Uint8Array(await readFile(path)));
    expect(titleOf(slides[0]!)).toBe('Phát huy tinh thần tiên phong của đảng viên');
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('reads a Word outline and warns before building when the sources barely treat the title', async () => {
    const io = captureIo();
    const out = join(dir, 'docx');
    const code = await topicCommand.run(['--title', 'Phòng, chống tác hại của thuốc lá', '--source', 'test/fixtures/topic/de-cuong-chuyen-de.docx', '--out', out], io);
    expect(code).toBe(0);
    const err = io.err.join('');
    expect(err).toMatch(/Cảnh báo: Tài liệu nguồn ít đề cập đến chủ đề “Phòng, chống tác hại của thuốc lá”[\s\S]*Đang lập dàn ý/);
    const { slides } = await readDeck(new Uint8Array(await readFile(join(out, 'phong-chong-tac-hai-cua-thuoc-la.pptx'))));
    expect(slides.map(titleOf)).toContain('1. Lời dạy của Chủ tịch Hồ Chí Minh về đạo đức cách mạng');
  });

  it('reads an HTML page from a URL when private hosts are allowed', async () => {
    const io = captureIo();
    const out = join(dir, 'web');
    await topicCommand.run(['--title', 'Chuyên đề từ trang web', '--source', `${baseUrl}/tai-lieu`, '--out', out, '--allow-private-hosts'], io);
    const { slides } = await readDeck(new Uint8Array(await readFile(join(out, 'chuyen-de-tu-trang-web.pptx'))));
    const text = slides.map((slide) => slide.text).join('\n');
    expect(text).toContain('Tiên phong trong phòng, chống tham nhũng, tiêu cực');
    expect(text).not.toContain('Chân trang');
    expect(text).toContain(`${baseUrl}/tai-lieu`);
  });

  it('refuses a loopback URL unless --allow-private-hosts is given', async () => {
    await expect(topicCommand.run(['--title', 'X', '--source', `${baseUrl}/tai-lieu`, '--out', dir], captureIo())).rejects.toMatchObject({
      userMessage: expect.stringContaining('127.0.0.1'),
    });
  });

  it('explains a missing title and names an unreadable source file', async () => {
    await expect(topicCommand.run(['--source', FIXTURE], captureIo())).rejects.toMatchObject({ userMessage: expect.stringContaining('thiếu --title') });
    await expect(topicCommand.run(['--title', 'X', '--source', 'khong-co/tep.md', '--out', dir], captureIo())).rejects.toMatchObject({
      userMessage: expect.stringContaining('"khong-co/tep.md": không có tệp này'),
    });
  });

  it('makes a file name from a Vietnamese title', () => {
    expect(topicSlug('Đấu tranh phòng, chống dịch Covid-19!')).toBe('dau-tranh-phong-chong-dich-covid-19');
    expect(topicSlug('…')).toBe('chuyen-de');
  });
});
