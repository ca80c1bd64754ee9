import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';

function captureIo(): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: () => out.join(''), err: () => err.join(''), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', interactive: false };
}

const pages = join(import.meta.dirname, '../fixtures/feeds/pages');
const file = (name: string) => join(pages, name);

describe('bantin extract', () => {
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/bai/tuoi-tre.htm') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(file('tuoitre-caption-teaser.html')));
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints one JSON object per input, in input order, with the rule that chose each body', async () => {
    const io = captureIo();
    const inputs = [file('vnexpress-fck-detail.html'), file('listing-page.html'), file('nhandan-inline-links.html')];
    expect(await main(['extract', ...inputs, '--json'], io)).toBe(0);
    const output = JSON.parse(io.out()) as Array<Record<string, unknown>>;
    expect(output.map((entry) => entry.input)).toEqual(inputs);
    for (const entry of output) expect(Object.keys(entry).sort()).toEqual(['input', 'paragraphs', 'published', 'rule', 'siteName', 'title']);
    expect(output[0]).toMatchObject({ title: 'Đồng Tháp khởi công tuyến đê bao 35 km chống sạt lở', published: '2026-11-19T06:10:00+07:00', siteName: 'vnexpress.net', rule: 'catalog' });
    expect((output[0]!.paragraphs as string[]).length).toBe(6);
    expect(output[1]).toMatchObject({ paragraphs: [], rule: null, published: null });
    expect((output[2]!.paragraphs as string[]).join(' ')).toContain('trong lịch sử của bóng đá Tây Ban Nha, sau lần đăng quang');
  });

  it('reads a URL through the guarded fetcher and refuses a private host without --allow-private-hosts', async () => {
    const url = `${origin}/bai/tuoi-tre.htm`;
    const allowed = captureIo();
    expect(await main(['extract', url, '--json', '--allow-private-hosts'], allowed)).toBe(0);
    const [entry] = JSON.parse(allowed.out()) as Array<{ input: string; rule: string; paragraphs: string[] }>;
    expect(entry!.input).toBe(url);
    expect(entry!.paragraphs.join('\n')).toContain('Nhu cầu xuất khẩu gạo sang Philippines');
    expect(entry!.paragraphs.join('\n')).not.toContain('Ảnh: H.Y.T.');

    const refused = captureIo();
    expect(await main(['extract', url, '--json'], refused)).toBe(1);
    expect(JSON.parse(refused.out())).toEqual([{ input: url, title: null, published: null, siteName: null, paragraphs: [], rule: null }]);
    expect(refused.err()).toMatch(/^Lỗi: /);
  });

  it('keeps going past an input it cannot read, names it in Vietnamese and exits 1', async () => {
    const io = captureIo();
    const missing = join(pages, 'khong-co-trang-nay.html');
    expect(await main(['extract', missing, file('vnexpress-fck-detail.html'), `${origin}/bai/khong-co.htm`, '--json', '--allow-private-hosts'], io)).toBe(1);
    const output = JSON.parse(io.out()) as Array<{ input: string; paragraphs: string[]; rule: string | null }>;
    expect(output.map((entry) => entry.rule)).toEqual([null, 'catalog', null]);
    expect(io.err()).toContain(`không đọc được tệp "${missing}": không có tệp này`);
    expect(io.err()).toContain('HTTP 404');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('prints a readable Vietnamese summary without --json', async () => {
    const io = captureIo();
    expect(await main(['extract', file('tuoitre-caption-teaser.html'), file('listing-page.html')], io)).toBe(0);
    expect(io.out()).toContain('Thân bài: bộ chọn của trang trong danh mục (catalog)');
    expect(io.out()).toContain('Không tìm thấy bài viết trong trang này.');
  });

  it('explains what it needs when given no input', async () => {
    const io = captureIo();
    expect(await main(['extract'], io)).toBe(1);
    expect(io.err()).toContain('thiếu tệp HTML hoặc địa chỉ trang');
  });
});
