import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

let test: TestApp;
let client: Client;
let bulletinId: string;

beforeAll(async () => {
  test = await createTestApp();
  // Files outside any bulletin that a traversal would try to reach.
  await test.services.files.put('secret.txt', 'bí mật');
  await test.services.store.put('accounts/evil', '{}');
  client = await test.signIn();
  const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
  const job = await test.workflows.runner.wait(jobId);
  bulletinId = job!.result!.bulletinId!;
});

describe('published files', () => {
  it('serves a bulletin file by id and whitelisted name, with a download name', async () => {
    const response = await client.request(`/files/${bulletinId}/briefing.pptx?download=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('presentationml');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ban-tin-\d{4}-\d{2}-\d{2}\.pptx"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('answers Range requests so the player can seek', async () => {
    const full = new Uint8Array(await (await client.request(`/files/${bulletinId}/briefing.mp3`)).arrayBuffer());
    const part = await client.request(`/files/${bulletinId}/briefing.mp3`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${full.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(full.slice(100, 200));
    expect((await client.request(`/files/${bulletinId}/briefing.mp3`, { headers: { range: `bytes=${full.length + 10}-` } })).status).toBe(416);
  });

  it.each([
    '/files/..%2fsecret.txt',
    `/files/${'%2e%2e'}/secret.txt`,
    '/files/..%2f..%2faccounts/evil',
    `/files/${'..%5C'}secret.txt/briefing.mp3`,
    '/files/x%5C..%5Csecret.txt/briefing.mp3',
    '//files//secret.txt',
    '/files//secret.txt',
    '/files/%2F%2Fsecret.txt/briefing.mp3',
    '/files/BULLETIN/..%2f..%2fsecret.txt',
    '/files/BULLETIN/%2e%2e%2fsecret.txt',
    '/files/BULLETIN/secret.txt',
    '/files/BULLETIN/briefing.mp3%00.txt',
    '/files/BULLETIN/..%5Caccounts%5Cevil',
    '/files/topic/..%2f..%2fsecret.txt',
  ])('refuses %s', async (pattern) => {
    const response = await client.request(pattern.replace('BULLETIN', bulletinId));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('bí mật');
  });

  it('does not serve a whitelisted name for a bulletin that does not exist', async () => {
    expect((await client.request('/files/2020-01-01-zzzz/briefing.mp3')).status).toBe(404);
  });
});

describe('all files in one zip', () => {
  it('zips every published file of the revision under one folder, byte for byte', async () => {
    const response = await client.request(`/files/${bulletinId}/ban-tin.zip?v=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ban-tin-\d{4}-\d{2}-\d{2}\.zip"$/);
    const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()));
    const record = (await test.workflows.bulletins.getRecord(bulletinId))!;
    const folder = `ban-tin-${record.meetingDate}`;
    expect(Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort()).toEqual(record.files.map((name) => `${folder}/${name}`).sort());
    // The meeting presentation travels with the MP3 it plays, as the guide tells members to copy both.
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining([`${folder}/briefing.html`, `${folder}/briefing.mp3`, `${folder}/briefing.docx`]));
    const mp3 = await zip.file(`${folder}/briefing.mp3`)!.async('uint8array');
    expect(mp3).toEqual(new Uint8Array(await (await client.request(`/files/${bulletinId}/briefing.mp3`)).arrayBuffer()));
  });

  it('is offered at the top of the bulletin page, before the chapters', async () => {
    const html = await (await client.request(`/bulletins/${bulletinId}`)).text();
    const zipLink = html.indexOf(`/files/${bulletinId}/ban-tin.zip?v=`);
    expect(zipLink).toBeGreaterThan(0);
    expect(html).toContain('Tải tất cả (.zip)');
    expect(zipLink).toBeLessThan(html.indexOf('Mục lục'));
  });

  it('is not served to anyone signed out, nor for a bulletin that does not exist', async () => {
    expect((await test.app.request(`/files/${bulletinId}/ban-tin.zip`)).status).not.toBe(200);
    expect((await client.request('/files/2020-01-01-zzzz/ban-tin.zip')).status).toBe(404);
  });
});

describe('the script as a Word file', () => {
  it('is published with the bulletin and offered among the downloads', async () => {
    const html = await (await client.request(`/bulletins/${bulletinId}`)).text();
    expect(html).toContain(`/files/${bulletinId}/briefing.docx?v=`);
    expect(html).toContain('Kịch bản (Word, cho biên bản)');
    const response = await client.request(`/files/${bulletinId}/briefing.docx?download=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toMatch(/filename="ban-tin-\d{4}-\d{2}-\d{2}\.docx"$/);
    const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('BẢN TIN THỜI SỰ');
  });
});
