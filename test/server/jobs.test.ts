import { describe, expect, it } from 'vitest';
import { createTestApp, sampleCatalog, testCatalog } from './test-app.ts';
import { SAMPLE_MARK } from '../../src/domain/sample-mark.ts';
import { SPOKEN_SAMPLE_NOTICE } from '../../src/stages/write/script-frame.ts';

type JobView = { id: string; status: string; stages: Array<{ stage: string; state: string; done: number; total: number }>; feeds: Array<{ id: string; status: string }>; result: { bulletinId?: string } | null; error: string | null };

describe('bulletin jobs', () => {
  it('starts one job for many concurrent generate requests', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    let release!: () => void;
    test.engine.gate = new Promise((resolve) => (release = resolve));
    const responses = await Promise.all(Array.from({ length: 8 }, () => client.json('/api/briefings', {})));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{ jobId: string; started: boolean }>;
    expect(responses.every((response) => response.status === 202)).toBe(true);
    expect(new Set(bodies.map((body) => body.jobId)).size).toBe(1);
    expect(bodies.filter((body) => body.started)).toHaveLength(1);
    release();
    await test.workflows.runner.wait(bodies[0]!.jobId);
    expect(test.engine.generateCalls).toBe(1);
  });

  it('reports running then done by stage, and publishes the latest bulletin with file URLs', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    let release!: () => void;
    test.engine.gate = new Promise((resolve) => (release = resolve));
    const { jobId } = (await (await client.json('/api/briefings', { targetMinutes: 8 })).json()) as { jobId: string };
    await new Promise((resolve) => setTimeout(resolve, 20));
    const running = (await (await client.request(`/api/jobs/${jobId}`)).json()) as JobView;
    expect(running.status).toBe('running');
    expect(running.stages.find((stage) => stage.stage === 'collect')).toMatchObject({ state: 'done', done: 5, total: 5 });
    expect(running.stages.find((stage) => stage.stage === 'speak')?.state).toBe('waiting');
    expect((await client.request('/api/briefings/latest')).status).toBe(404);
    release();
    await test.workflows.runner.wait(jobId);
    const done = (await (await client.request(`/api/jobs/${jobId}`)).json()) as JobView;
    expect(done.status).toBe('done');
    expect(done.stages.every((stage) => stage.state === 'done')).toBe(true);
    const latest = (await (await client.request('/api/briefings/latest')).json()) as { id: string; files: Record<string, string> };
    expect(latest.id).toBe(done.result?.bulletinId);
    expect(Object.keys(latest.files)).toEqual(expect.arrayContaining(['mp3', 'pptx', 'vtt', 'script']));
    const mp3 = await client.request(latest.files.mp3!);
    expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
    expect((await test.workflows.cell.settings()).targetMinutes).toBe(8);
  });

  it('shows a failing feed plainly on the job page while the run goes on', async () => {
    const test = await createTestApp({ failFeed: 'nuoc-a' });
    const client = await test.signIn();
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const job = await test.workflows.runner.wait(jobId);
    expect(job?.status).toBe('done');
    const page = await (await client.request(`/jobs/${jobId}`)).text();
    expect(page).toContain('Nguồn tin lỗi (1)');
    expect(page).toContain('HTTP 503 từ http://127.0.0.1:9/nuoc');
  });

  it('cancels a running job and frees the cell for a new one', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    test.engine.gate = new Promise(() => {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    expect((await client.json(`/api/jobs/${jobId}/cancel`, {})).status).toBe(200);
    const job = await test.workflows.runner.wait(jobId);
    expect(job?.status).toBe('cancelled');
    expect(await test.workflows.bulletins.list()).toEqual([]);
    test.engine.gate = null;
    const next = (await (await client.json('/api/briefings', {})).json()) as { jobId: string; started: boolean };
    expect(next.started).toBe(true);
    expect(next.jobId).not.toBe(jobId);
  });

  it('marks the stage a cancelled run stopped in with ✗ and the stages it never reached as bỏ qua, never ✓', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    test.engine.gate = new Promise(() => {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    await client.json(`/api/jobs/${jobId}/cancel`, {});
    await test.workflows.runner.wait(jobId);
    const job = (await (await client.request(`/api/jobs/${jobId}`)).json()) as JobView;
    expect(job.stages.map((stage) => stage.state)).toEqual(['done', 'failed', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    const page = await (await client.request(`/jobs/${jobId}`)).text();
    const stagesAt = page.indexOf('class="progress-stages"');
    expect(page.indexOf('Việc đã bị hủy')).toBeGreaterThan(-1);
    expect(page.indexOf('Việc đã bị hủy')).toBeLessThan(stagesAt);
    expect(page.match(/<span class="mark">✓<\/span>/g)).toHaveLength(1);
    expect(page.match(/<span class="mark">✗<\/span>/g)).toHaveLength(1);
    expect(page.match(/<span class="mark">bỏ qua<\/span>/g)).toHaveLength(7);
  });

  it('keeps job state in the store, so a restarted server reports an interrupted job as failed', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    test.engine.gate = new Promise(() => {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    await new Promise((resolve) => setTimeout(resolve, 600));
    const { createApp } = await import('../../src/server/app.tsx');
    const restarted = createApp(test.services);
    const response = await restarted.app.request(`/api/jobs/${jobId}`, { headers: { cookie: client.cookie } });
    const job = (await response.json()) as JobView;
    expect(job.status).toBe('failed');
    expect(job.error).toContain('khởi động lại');
    test.workflows.runner.cancel(jobId);
  });

  it('shows the running job after a page reload on the Tạo bản tin page', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    let release!: () => void;
    test.engine.gate = new Promise((resolve) => (release = resolve));
    const started = await client.form('/generate', { since: '2026-11-20T08:00', until: '2026-11-27T08:00', targetMinutes: '10', voice: 'vi-vn-x-south', 'quota.tinh': '3', 'quota.trong-nuoc': '3', 'quota.doi-ngoai': '1', 'quota.the-gioi': '2', 'quota.nganh': '2' });
    expect(started.status).toBe(303);
    const jobId = started.headers.get('location')!.split('/').pop()!;
    const page = await (await client.request('/generate')).text();
    expect(page).toContain(`data-job-id="${jobId}"`);
    expect(page).toContain('data-status="running"');
    expect(page).toContain('Hủy');
    release();
    await test.workflows.runner.wait(jobId);
    expect((await test.workflows.cell.settings()).quotas.tinh).toBe(3);
  });

  it('explains a bad period in Vietnamese and starts nothing', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const response = await client.json('/api/briefings', { since: 'hôm qua' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('ISO 8601');
    const reversed = await client.json('/api/briefings', { since: '2026-11-27T00:00:00+07:00', until: '2026-11-20T00:00:00+07:00' });
    expect(reversed.status).toBe(400);
    expect(((await reversed.json()) as { error: string }).error).toBe('Thời điểm bắt đầu phải trước thời điểm kết thúc.');
    expect(test.engine.generateCalls).toBe(0);
  });

  it('streams progress as server-sent events until the job ends', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    let release!: () => void;
    test.engine.gate = new Promise((resolve) => (release = resolve));
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const response = await client.request(`/api/jobs/${jobId}/events`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    setTimeout(release, 50);
    const text = await response.text();
    const events = text.split('\n').filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)) as JobView);
    expect(events[0]!.status).toBe('running');
    expect(events.at(-1)!.status).toBe('done');
    expect(events.length).toBeGreaterThanOrEqual(2);
  });
});

describe('server shutdown', () => {
  it('cancels the running job and waits for it to end', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    test.engine.gate = new Promise(() => {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    await test.workflows.runner.stopAll();
    expect((await test.workflows.runner.get(jobId))?.status).toBe('cancelled');
    expect(test.workflows.runner.running(test.workflows.lane)).toBeNull();
  });
});

describe('a run that finds no news', () => {
  it('fails with a Vietnamese reason naming the broken feeds instead of publishing an empty bulletin', async () => {
    const test = await createTestApp({ failFeed: 'tinh-a' });
    const client = await test.signIn();
    for (const id of ['nuoc-a', 'doi-ngoai-a', 'the-gioi-a', 'nganh-a']) await client.form(`/sources/${id}/toggle`, {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const job = await test.workflows.runner.wait(jobId);
    expect(job?.status).toBe('failed');
    expect(job?.error).toBe('Không lấy được tin nào: cả 1 nguồn tin đều lỗi (xem danh sách bên dưới). Kiểm tra kết nối Internet, hoặc chọn nguồn "Tin mẫu" để chạy thử không cần Internet.');
    expect(job?.feeds).toEqual([expect.objectContaining({ id: 'tinh-a', status: 'error', name: 'Báo Đồng Tháp' })]);
    expect(await test.workflows.bulletins.list()).toEqual([]);
  });

  it('shows a failed run\'s error above its stages, and no ✓ for the stages that never ran', async () => {
    const test = await createTestApp({ failFeed: 'tinh-a' });
    const client = await test.signIn();
    for (const id of ['nuoc-a', 'doi-ngoai-a', 'the-gioi-a', 'nganh-a']) await client.form(`/sources/${id}/toggle`, {});
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    await test.workflows.runner.wait(jobId);
    const page = await (await client.request(`/jobs/${jobId}`)).text();
    const errorAt = page.indexOf('Không lấy được tin nào');
    expect(errorAt).toBeGreaterThan(-1);
    expect(errorAt).toBeLessThan(page.indexOf('class="progress-stages"'));
    expect(page).toMatch(/data-stage="collect" data-state="done"/);
    expect(page).toMatch(/data-stage="speak" data-state="failed"><span class="mark">✗/);
    for (const stage of ['deck', 'publish']) expect(page).toMatch(new RegExp(`data-stage="${stage}" data-state="skipped"><span class="mark">bỏ qua`));
  });

  it("runs on the offline sample news when asked, marks the bulletin as a sample and lets only that run reach the sample server's own origin", async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { jobId } = (await (await client.json('/api/briefings', { source: 'sample' })).json()) as { jobId: string };
    const job = (await test.workflows.runner.wait(jobId))!;
    expect(job.status).toBe('done');
    expect(test.engine.lastRequest?.catalog.feeds.map((feed) => feed.id)).toEqual(sampleCatalog.feeds.map((feed) => feed.id));
    expect(test.engine.lastRequest?.config.allowPrivateHosts).toBe(false);
    expect(test.engine.lastRequest?.config.allowedOrigins).toEqual(['http://127.0.0.1:9']);
    const draft = await test.workflows.bulletins.getDraft(job.result!.bulletinId!);
    expect(draft?.meta.sample).toBe(true);
    const page = await (await client.request('/')).text();
    expect(page).toContain('bản tin mẫu');

    const second = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    await test.workflows.runner.wait(second.jobId);
    expect(test.engine.lastRequest?.catalog.feeds.map((feed) => feed.id)).toEqual(testCatalog.feeds.map((feed) => feed.id));
    expect(test.engine.lastRequest?.config.allowPrivateHosts).toBe(false);
    expect(test.engine.lastRequest?.config.allowedOrigins).toEqual([]);
  });

  it('marks a sample bulletin on the archive list and on its player page, and not a real one', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const sample = (await (await client.json('/api/briefings', { source: 'sample' })).json()) as { jobId: string };
    const sampleId = (await test.workflows.runner.wait(sample.jobId))!.result!.bulletinId!;
    const real = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const realId = (await test.workflows.runner.wait(real.jobId))!.result!.bulletinId!;

    const archive = await (await client.request('/archive')).text();
    const rows = archive.split('<tr>').slice(2);
    expect(rows.find((row) => row.includes(sampleId))).toContain(SAMPLE_MARK);
    expect(rows.find((row) => row.includes(realId))).not.toContain(SAMPLE_MARK);
    expect(await (await client.request(`/bulletins/${sampleId}`)).text()).toContain(SAMPLE_MARK);
    expect(await (await client.request(`/bulletins/${realId}`)).text()).not.toContain(SAMPLE_MARK);
    expect((await test.workflows.bulletins.getDraft(sampleId))!.intro).toContain(SPOKEN_SAMPLE_NOTICE);
    expect((await test.workflows.bulletins.getDraft(realId))!.intro).not.toContain(SPOKEN_SAMPLE_NOTICE);
  });

  it('shows a story\'s key figure on the player page while its text still says it', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const started = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const id = (await test.workflows.runner.wait(started.jobId))!.result!.bulletinId!;
    const draft = (await test.workflows.bulletins.getDraft(id))!;
    const [first, second] = draft.sections.flatMap((section) => section.stories);
    first!.script = `${first!.script} Các bị can đã chiếm đoạt hơn 12,6 tỷ đồng.`;
    first!.keyFigure = 'hơn 12,6 tỷ đồng';
    second!.keyFigure = '999 tỷ đồng';
    await test.workflows.bulletins.saveDraft(id, draft);
    const render = await client.form(`/review/${id}/render`, {});
    await test.workflows.runner.wait(render.headers.get('location')!.split('/').pop()!);
    const page = await (await client.request(`/bulletins/${id}`)).text();
    expect(page).toContain('Số liệu nổi bật:</span> <strong>hơn 12,6 tỷ đồng</strong>');
    expect(page).not.toContain('999 tỷ đồng');
  });

  it('rejects an unknown news source in Vietnamese', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const response = await client.json('/api/briefings', { source: 'khac' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('source');
  });
});
