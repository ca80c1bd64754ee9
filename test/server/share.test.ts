import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/server/views/format.ts';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

async function released(): Promise<{ test: TestApp; editor: Client; id: string }> {
  const test = await createTestApp();
  const editor = await test.signIn();
  const { jobId } = (await (await editor.json('/api/briefings', {})).json()) as { jobId: string };
  const id = (await test.workflows.runner.wait(jobId))!.result!.bulletinId!;
  expect((await editor.json(`/api/briefings/${id}/release`, {})).status).toBe(200);
  return { test, editor, id };
}

/** Creates a link through the form, as the editor does, and reads its address back from the page. */
async function share(editor: Client, id: string, days = '7'): Promise<string> {
  expect((await editor.form(`/bulletins/${id}/share`, { days })).status).toBe(303);
  const html = await (await editor.request(`/bulletins/${id}`)).text();
  expect(html).toContain('<svg');
  const url = /value="(http:\/\/localhost\/s\/[^"]+)"/.exec(html)?.[1];
  expect(url).toBeDefined();
  return new URL(url!).pathname;
}

describe('read-only share links', () => {
  it('open the player without an account, with its audio, and show a QR code to the editor', async () => {
    const { test, editor, id } = await released();
    const csrfOf = (html: string, action: string) => new RegExp(`<form method="post" action="/bulletins/${id}${action}"[^>]*><input type="hidden" name="_csrf" value="([^"]+)"`).exec(html)?.[1];
    expect(csrfOf(await (await editor.request(`/bulletins/${id}`)).text(), '/share')).toBe(editor.csrf);
    const path = await share(editor, id);
    expect(csrfOf(await (await editor.request(`/bulletins/${id}`)).text(), '/share/revoke')).toBe(editor.csrf);
    const page = await test.app.request(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Lời đọc');
    expect(html).not.toContain('Đăng xuất');
    const expires = new Date(Number(path.split('.')[1]));
    expect(html).toContain(`dùng được đến ${formatDate(expires.toISOString())}.`);
    const audio = /<audio[^>]*src="([^"]+)"/.exec(html)![1]!;
    const mp3 = await test.app.request(audio.replace(/&amp;/g, '&'));
    expect(mp3.status).toBe(200);
    expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
    // Only what the player needs: the deck, the script and the JSON stay behind the sign-in.
    expect((await test.app.request(`${path}/briefing.pptx`)).status).toBe(404);
    expect((await test.app.request(`${path}/briefing.json`)).status).toBe(404);
  });

  it('refuses a tampered token: another bulletin id, signature or expiry', async () => {
    const { test, editor, id } = await released();
    const path = await share(editor, id);
    const [bulletin, expires, nonce, signature] = path.slice('/s/'.length).split('.') as [string, string, string, string];
    const flip = (text: string) => text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A');
    for (const forged of [`${bulletin}x.${expires}.${nonce}.${signature}`, `${bulletin}.${Number(expires) + 86_400_000}.${nonce}.${signature}`, `${bulletin}.${expires}.${nonce}.${flip(signature)}`, `${bulletin}.${expires}.${flip(nonce)}.${signature}`]) {
      expect((await test.app.request(`/s/${forged}`)).status, forged).toBe(404);
      expect((await test.app.request(`/s/${forged}/briefing.mp3`)).status, forged).toBe(404);
    }
    expect((await test.app.request(path)).status).toBe(200);
  });

  it('stops opening once expired', async () => {
    const { test, editor, id } = await released();
    const path = await share(editor, id, '1');
    expect((await test.app.request(path)).status).toBe(200);
    const later = test.services.now().getTime() + 86_400_000 + 1000;
    test.services.now = () => new Date(later);
    const expired = await test.app.request(path);
    expect(expired.status).toBe(404);
    // In the app's frame (header, styles), with what to do next, in Vietnamese.
    const html = await expired.text();
    expect(html).toContain('<link rel="stylesheet" href="/static/app.css"');
    expect(html).toContain('<header class="top">');
    expect(html).toContain('Liên kết chia sẻ không dùng được');
    expect(html).toContain('Hãy xin người đã gửi liên kết một liên kết mới');
    expect(html).toContain('href="/login"');
    expect((await test.app.request(`${path}/briefing.mp3`)).status).toBe(404);
  });

  it('stops opening once the editor revokes it, or makes a new one', async () => {
    const { test, editor, id } = await released();
    const first = await share(editor, id);
    const second = await share(editor, id);
    expect((await test.app.request(first)).status).toBe(404);
    expect((await test.app.request(second)).status).toBe(200);
    expect((await editor.form(`/bulletins/${id}/share/revoke`, {})).status).toBe(303);
    expect((await test.app.request(second)).status).toBe(404);
    expect(await (await editor.request(`/bulletins/${id}`)).text()).toContain('Tạo liên kết chia sẻ');
  });

  it('is made by editors only, and only for a released bulletin', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    const { jobId } = (await (await editor.json('/api/briefings', {})).json()) as { jobId: string };
    const id = (await test.workflows.runner.wait(jobId))!.result!.bulletinId!;
    // A refused form goes back to its page with the Vietnamese reason, and no link exists.
    const flash = async (response: Response) => decodeURIComponent(response.headers.get('set-cookie') ?? '');
    const draft = await editor.form(`/bulletins/${id}/share`, { days: '7' });
    expect(draft.status).toBe(303);
    expect(await flash(draft)).toContain('chưa phát hành');
    expect(await (await editor.request(`/bulletins/${id}`)).text()).not.toContain('/s/');
    await editor.json(`/api/briefings/${id}/release`, {});
    await test.addAccount('lan', 'member');
    const member = await test.signIn('lan', 'mat-khau-thanh-vien');
    expect((await member.form(`/bulletins/${id}/share`, { days: '7' })).status).toBe(403);
    expect(await (await member.request(`/bulletins/${id}`)).text()).not.toContain('Tạo liên kết chia sẻ');
    expect(await flash(await editor.form(`/bulletins/${id}/share`, { days: '365' }))).toContain('Thời hạn liên kết phải là một trong');
    expect(await (await editor.request(`/bulletins/${id}`)).text()).not.toContain('/s/');
  });
});
