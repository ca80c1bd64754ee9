import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

async function generate(test: TestApp, client: Awaited<ReturnType<TestApp['signIn']>>, body: Record<string, unknown> = {}) {
  const { jobId } = (await (await client.json('/api/briefings', body)).json()) as { jobId: string };
  const job = await test.workflows.runner.wait(jobId);
  return { job, bulletinId: job?.result?.bulletinId ?? '' };
}

describe('a generated bulletin is a draft until an editor presses Phát hành', () => {
  it('hides a draft from members everywhere (home, page, archive, files, API) and shows it once released', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    await test.addAccount('dangvien', 'member');
    const member = await test.signIn('dangvien', 'mat-khau-thanh-vien');
    const { bulletinId } = await generate(test, editor);
    const record = (await test.workflows.bulletins.getRecord(bulletinId))!;
    const mp3 = `/files/${bulletinId}/briefing.mp3?v=${record.revision}`;

    expect(await (await member.request('/')).text()).toContain('Chưa có bản tin nào');
    expect((await member.request(`/bulletins/${bulletinId}`)).status).toBe(404);
    expect(await (await member.request('/archive')).text()).not.toContain(bulletinId);
    expect((await member.request(mp3)).status).toBe(404);
    expect((await member.request(`/files/${bulletinId}/ban-tin.zip`)).status).toBe(404);
    expect((await member.request(`/bulletins/${bulletinId}/meeting`)).status).toBe(404);
    expect((await member.request('/api/briefings/latest')).status).toBe(404);
    expect((await (await member.request('/api/briefings')).json()) as { briefings: unknown[] }).toEqual({ briefings: [] });
    expect((await member.request(`/api/briefings/${bulletinId}`)).status).toBe(404);

    const editorPage = await (await editor.request(`/bulletins/${bulletinId}`)).text();
    expect(editorPage).toContain('data-release="draft"');
    expect(editorPage).toContain(`action="/bulletins/${bulletinId}/release"`);
    expect((await editor.request(mp3)).status).toBe(200);
    expect(await (await editor.request('/archive')).text()).toContain('bản nháp');

    expect((await member.form(`/bulletins/${bulletinId}/release`, {})).status).toBe(403);
    const released = await editor.form(`/bulletins/${bulletinId}/release`, {});
    expect(released.status).toBe(303);
    expect(await (await editor.request(`/bulletins/${bulletinId}`)).text()).toContain('data-release="released"');

    const home = await (await member.request('/')).text();
    expect(home).toContain(`/files/${bulletinId}/briefing.mp3`);
    expect(home).not.toContain('/release"');
    expect((await member.request(mp3)).status).toBe(200);
    expect(await (await member.request('/archive')).text()).toContain(`/bulletins/${bulletinId}`);
    expect(((await (await member.request('/api/briefings/latest')).json()) as { id: string; released: boolean })).toMatchObject({ id: bulletinId, released: true });
  });

  it('refuses Phát hành without the CSRF token', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    const { bulletinId } = await generate(test, editor);
    const response = await editor.request(`/bulletins/${bulletinId}/release`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(response.status).toBe(403);
    expect((await test.workflows.bulletins.getRecord(bulletinId))?.releasedAt).toBeNull();
  });
});

describe('deleting a bulletin', () => {
  it('lets an editor delete a bulletin with its draft and every published file, CSRF-protected, members cannot', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    await test.addAccount('dangvien', 'member');
    const member = await test.signIn('dangvien', 'mat-khau-thanh-vien');
    const { bulletinId } = await generate(test, editor);
    // A re-render leaves a second revision folder: both must go.
    await test.workflows.runner.wait((await test.workflows.startRender({ username: 'admin', role: 'editor' } as never, bulletinId)).job.id);
    expect((await test.services.files.list(`${bulletinId}/`)).length).toBeGreaterThan(8);
    const page = await (await editor.request(`/bulletins/${bulletinId}`)).text();
    expect(page).toMatch(new RegExp(`action="/bulletins/${bulletinId}/delete" data-confirm="Xóa hẳn bản tin`));

    expect((await member.form(`/bulletins/${bulletinId}/delete`, {})).status).toBe(403);
    const forged = await editor.request(`/bulletins/${bulletinId}/delete`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=sai' });
    expect(forged.status).toBe(403);
    expect(await test.workflows.bulletins.getRecord(bulletinId)).not.toBeNull();

    const deleted = await editor.form(`/bulletins/${bulletinId}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/archive');
    expect(await test.workflows.bulletins.getRecord(bulletinId)).toBeNull();
    expect(await test.workflows.bulletins.getDraft(bulletinId)).toBeNull();
    expect(await test.services.files.list(`${bulletinId}/`)).toEqual([]);
    expect(await test.services.store.list(`bulletins/${bulletinId}/`)).toEqual([]);
    expect((await editor.request(`/bulletins/${bulletinId}`)).status).toBe(404);
    expect(await (await editor.request('/archive')).text()).not.toContain(bulletinId);
  });

  it('deletes through the JSON API too', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    const { bulletinId } = await generate(test, editor);
    expect((await editor.request(`/api/briefings/${bulletinId}`, { method: 'DELETE' })).status).toBe(204);
    expect(await test.workflows.bulletins.list()).toEqual([]);
  });
});

describe('the default window of the next bulletin', () => {
  it('starts where the last real, completed bulletin ended', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    const { bulletinId } = await generate(test, editor, { since: '2026-11-13T01:00:00.000Z', until: '2026-11-20T01:00:00.000Z' });
    expect(bulletinId).not.toBe('');
    expect((await test.workflows.defaultWindow()).since).toBe('2026-11-20T01:00:00.000Z');
  });

  it('is not moved by a sample run', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    await generate(test, editor, { since: '2026-11-13T01:00:00.000Z', until: '2026-11-20T01:00:00.000Z' });
    const sample = await generate(test, editor, { source: 'sample', since: '2026-11-21T01:00:00.000Z', until: '2026-11-25T01:00:00.000Z' });
    expect((await test.workflows.bulletins.getRecord(sample.bulletinId))?.sample).toBe(true);
    expect((await test.workflows.defaultWindow()).since).toBe('2026-11-20T01:00:00.000Z');
    expect(await (await editor.request('/generate')).text()).toContain('từ lúc kết thúc bản tin trước');
  });

  it('is not moved by a run cancelled after its draft was saved, so the next Tạo bản tin starts', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    await generate(test, editor, { since: '2026-11-13T01:00:00.000Z', until: '2026-11-20T01:00:00.000Z' });
    // Cancelled while speaking: the draft exists, its files were never published.
    test.engine.render = (_briefing, _config, context) => new Promise((_resolve, reject) => context.signal.addEventListener('abort', () => reject(context.signal.reason)));
    const { jobId } = (await (await editor.json('/api/briefings', { since: '2026-11-20T01:00:00.000Z', until: '2026-11-26T01:00:00.000Z' })).json()) as { jobId: string };
    await expect.poll(async () => (await test.workflows.bulletins.list()).length).toBe(2);
    test.workflows.runner.cancel(jobId);
    expect((await test.workflows.runner.wait(jobId))?.status).toBe('cancelled');
    expect((await test.workflows.bulletins.list()).some((record) => record.renderedAt === null)).toBe(true);
    const next = await test.workflows.defaultWindow();
    expect(next.since).toBe('2026-11-20T01:00:00.000Z');
    const again = await editor.json('/api/briefings', {});
    expect(again.status).toBe(202);
  });

  it('falls back to the last 7 days when only sample bulletins exist', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    await generate(test, editor, { source: 'sample' });
    const window = await test.workflows.defaultWindow();
    expect(Date.parse(window.until) - Date.parse(window.since)).toBe(7 * 86_400_000);
    expect(await (await editor.request('/generate')).text()).toContain('Mặc định: 7 ngày gần nhất.');
  });
});
