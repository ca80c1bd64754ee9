import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createTestApp } from './test-app.ts';

function flashOf(response: Response): string {
  return decodeURIComponent(response.headers.get('set-cookie') ?? '');
}

describe('sources', () => {
  it('adds, disables and tests a feed', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    await client.form('/sources', { id: 'baodongthap', name: 'Báo Đồng Tháp điện tử', url: 'https://baodongthap.vn/rss/thoi-su.rss', section: 'tinh', kind: 'rss', official: '1' });
    expect((await test.workflows.cell.catalog()).feeds.find((feed) => feed.id === 'baodongthap')).toMatchObject({ official: true, enabled: true });
    await client.form('/sources/baodongthap/toggle', {});
    expect((await test.workflows.cell.catalog()).feeds.find((feed) => feed.id === 'baodongthap')?.enabled).toBe(false);
    const page = await (await client.form('/sources/tinh-a/test', {})).text();
    expect(page).toContain('Đọc được 2 tin.');
    expect(page).toContain('Tin số 1 của Báo Đồng Tháp');
  });

  it('keeps the catalog\'s relevance rules when a feed is added or disabled', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const relevance = { all: { include: [], exclude: [{ reason: 'xổ số', words: ['xổ số'], categories: [], links: [] }] } };
    await test.workflows.cell.saveCatalog({ ...(await test.workflows.cell.catalog()), relevance });
    await client.form('/sources', { id: 'baodongthap', name: 'Báo Đồng Tháp điện tử', url: 'https://baodongthap.vn/rss/thoi-su.rss', section: 'tinh', kind: 'rss' });
    await client.form('/sources/baodongthap/toggle', {});
    expect((await test.workflows.cell.catalog()).relevance).toEqual(relevance);
  });

  it('shows a failing feed test as a plain Vietnamese error', async () => {
    const test = await createTestApp({ failFeed: 'tinh-a' });
    const client = await test.signIn();
    const page = await (await client.form('/sources/tinh-a/test', {})).text();
    expect(page).toContain('HTTP 503. Kiểm tra địa chỉ hoặc thử lại sau.');
  });

  it('refuses a feed with a bad id or a duplicate id, naming the field', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const bad = await client.form('/sources', { id: 'Báo Mới', name: 'X', url: 'https://x.example/rss', section: 'tinh' });
    expect(flashOf(bad)).toContain('Mã nguồn: chỉ dùng chữ thường không dấu');
    const duplicate = await client.form('/sources', { id: 'tinh-a', name: 'X', url: 'https://x.example/rss', section: 'tinh' });
    expect(flashOf(duplicate)).toContain('đã có. Hãy chọn mã khác.');
    expect((await test.workflows.cell.catalog()).feeds.filter((feed) => feed.id === 'tinh-a')).toHaveLength(1);
  });

  it('generates only from enabled feeds and says so when none is enabled', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    for (const id of ['tinh-a', 'nuoc-a', 'doi-ngoai-a', 'the-gioi-a', 'nganh-a']) await client.form(`/sources/${id}/toggle`, {});
    const response = await client.json('/api/briefings', {});
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('Chưa có nguồn tin nào đang bật');
  });
});

describe('members and accounts', () => {
  it('keeps the roster used for birthday greetings and passes it to the engine config', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    await client.form('/members', { name: 'Nguyễn Văn Ba', birthDate: '1980-11-03' });
    expect(await test.workflows.cell.roster()).toEqual([{ name: 'Nguyễn Văn Ba', birthDate: '1980-11-03' }]);
    expect((await test.workflows.cell.runConfig()).members).toHaveLength(1);
    const bad = await client.form('/members', { name: 'Lê Thị Tư', birthDate: '03/11/1980' });
    expect(flashOf(bad)).toContain('Ngày sinh: ngày sinh phải có dạng YYYY-MM-DD');
    await client.form('/members/delete', { index: '0' });
    expect(await test.workflows.cell.roster()).toEqual([]);
  });

  it('lets an editor create a member account that can then sign in', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const short = await client.form('/accounts', { username: 'dangvien1', password: 'ngan', role: 'member' });
    expect(flashOf(short)).toContain('Mật khẩu cần ít nhất 10 ký tự.');
    await client.form('/accounts', { username: 'dangvien1', password: 'mat-khau-dai-du', role: 'member' });
    const member = await test.signIn('dangvien1', 'mat-khau-dai-du');
    expect((await member.request('/api/me').then((response) => response.json())) as { role: string }).toMatchObject({ role: 'member' });
  });
});

describe('topic decks', () => {
  it('builds a deck from an uploaded file and a link', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const form = new FormData();
    form.set('_csrf', client.csrf);
    form.set('title', 'Phát huy tinh thần trách nhiệm');
    form.append('files', new File(['# Tài liệu\n\nNội dung.'], 'tai-lieu.md', { type: 'text/markdown' }));
    form.set('urls', 'https://example.org/bai-viet');
    const response = await client.request('/topic', { method: 'POST', body: form });
    expect(response.status).toBe(303);
    const job = await test.workflows.runner.wait(response.headers.get('location')!.split('/').pop()!);
    expect(job?.status).toBe('done');
    const deck = await client.request(`/files/topic/${job!.result!.topicId}`);
    const zip = await JSZip.loadAsync(await deck.arrayBuffer());
    expect(await zip.file('sources.txt')!.async('string')).toBe('tai-lieu.md\nhttps://example.org/bai-viet');
    expect(await (await client.request('/topic')).text()).toContain('Phát huy tinh thần trách nhiệm');
  });

  it('answers 400, never 500, to a multipart file name with a quote or newline, and refuses names with slashes or control characters', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const post = (filename: string) => {
      const boundary = '----bantin';
      const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
      const body = part('Content-Disposition: form-data; name="_csrf"', client.csrf) + part('Content-Disposition: form-data; name="title"', 'Chuyên đề') + part(`Content-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: text/markdown`, '# Tài liệu') + `--${boundary}--\r\n`;
      return client.request('/topic', { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    };
    for (const name of ['a"b.md', 'a\\"b.md', 'x\r\ny.md']) {
      const response = await post(name);
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(await response.text()).toContain('tên tệp có dấu nháy kép');
    }
    for (const name of ['../../etc/passwd.md', 'a\u0000b.md', '.an.md']) {
      const response = await post(name);
      expect({ name, status: response.status }).toEqual({ name, status: 303 });
      expect(flashOf(response)).toContain('có ký tự không cho phép');
    }
    expect(await test.workflows.listTopics()).toEqual([]);
  });

  it('refuses a feed whose address is not http or https, in Vietnamese', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://x.example/rss']) {
      const response = await client.form('/sources', { id: 'nguon-la', name: 'Nguồn lạ', url, section: 'tinh' });
      expect(flashOf(response), url).toContain('http:// hoặc https://');
    }
    expect((await test.workflows.cell.catalog()).feeds.find((feed) => feed.id === 'nguon-la')).toBeUndefined();
  });

  it('refuses an upload over the size limit with a Vietnamese message and builds nothing', async () => {
    const test = await createTestApp();
    test.services.maxUploadBytes = 64 * 1024;
    const { createApp } = await import('../../src/server/app.tsx');
    const { app } = createApp(test.services);
    const client = await test.signIn();
    const form = new FormData();
    form.set('_csrf', client.csrf);
    form.set('title', 'Quá lớn');
    form.append('files', new File([new Uint8Array(200 * 1024)], 'lon.txt', { type: 'text/plain' }));
    const response = await app.request('/topic', { method: 'POST', body: form, headers: { cookie: client.cookie, origin: 'http://localhost', referer: 'http://localhost/topic' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/topic');
    expect(flashOf(response)).toContain('Dữ liệu gửi lên quá lớn (tối đa 0,1 MB)');
    expect(await test.workflows.listTopics()).toEqual([]);
    const api = await app.request('/api/briefings', { method: 'POST', body: JSON.stringify({ voice: 'x'.repeat(300 * 1024) }), headers: { cookie: client.cookie, origin: 'http://localhost', 'content-type': 'application/json' } });
    expect(api.status).toBe(413);
  });

  it('counts the bytes of a chunked body with no Content-Length against the limit', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await client.request('/api/briefings', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(test.engine.generateCalls).toBe(0);
  });

  it('refuses an oversized JSON body on the API', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const response = await client.request('/api/briefings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ voice: 'x'.repeat(400 * 1024) }) });
    expect(response.status).toBe(413);
    expect(test.engine.generateCalls).toBe(0);
  });
});
