import { beforeEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/domain/briefing.ts';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

let test: TestApp;
let client: Client;
let id: string;

async function draft(): Promise<Briefing> {
  return (await test.workflows.bulletins.getDraft(id))!;
}

beforeEach(async () => {
  test = await createTestApp();
  client = await test.signIn();
  const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
  id = (await test.workflows.runner.wait(jobId))!.result!.bulletinId!;
});

describe('review and edit', () => {
  it('lists every story with its sources and fact-check flags', async () => {
    const html = await (await client.request(`/review/${id}`)).text();
    expect(html).toContain('Tin 1 của Báo Đồng Tháp');
    expect(html).toContain('href="http://127.0.0.1:9/tinh/bai-1"');
    expect(html).toContain('<span class="badge warn">Cần xem lại</span>');
    expect(html).toContain('Cần xem lại: số liệu &quot;15&quot; trong lời đọc không có trong bài nguồn.');
  });

  it('saves an edited headline, script and bullets, marks the story as edited, and re-synthesizes only that story', async () => {
    const before = test.engine.synthesized.length;
    const response = await client.form(`/review/${id}/stories/tinh-a-1`, { headline: 'Tiêu đề đã sửa', script: 'Lời đọc đã sửa cho tin này.', bullets: '- Ý một\n- Ý hai\n' });
    expect(response.status).toBe(303);
    const story = (await draft()).sections[0]!.stories[0]!;
    expect(story).toMatchObject({ headline: 'Tiêu đề đã sửa', script: 'Lời đọc đã sửa cho tin này.', bullets: ['Ý một', 'Ý hai'] });
    expect(story.check.writer).toBe('editor');
    expect((await test.workflows.bulletins.getRecord(id))!.changed).toBe(true);
    const render = await client.form(`/review/${id}/render`, {});
    const jobId = render.headers.get('location')!.split('/').pop()!;
    expect((await test.workflows.runner.wait(jobId))!.status).toBe('done');
    expect(test.engine.synthesized.slice(before)).toEqual(['Lời đọc đã sửa cho tin này.']);
    const record = (await test.workflows.bulletins.getRecord(id))!;
    expect(record).toMatchObject({ changed: false, revision: 2 });
    const published = (await (await client.request(`/files/${id}/briefing.json`)).json()) as Briefing;
    expect(published.sections[0]!.stories[0]!.headline).toBe('Tiêu đề đã sửa');
  });

  it('re-checks every edit: an invented figure is flagged on the page, through the API and in the published briefing.json', async () => {
    const invented = 'Theo Báo Đồng Tháp, tin 1 của báo đồng tháp được ghi nhận trong tuần, thu hồi 150 tỷ đồng.';
    await client.form(`/review/${id}/stories/tinh-a-1`, { headline: 'Tin 1 của Báo Đồng Tháp', script: invented, bullets: 'Tin được ghi nhận trong tuần\nCó 12 đơn vị tham gia' });
    const page = await (await client.request(`/review/${id}`)).text();
    const card = page.slice(page.indexOf('id="story-tinh-a-1"'), page.indexOf('id="story-tinh-a-2"'));
    expect(card).toContain('<span class="badge warn">Cần xem lại</span>');
    expect(card).toContain('Cần xem lại: số liệu &quot;150 tỷ đồng&quot; trong lời đọc không có trong bài nguồn');
    expect(card).not.toContain('Đã đối chiếu với nguồn');
    expect(page).not.toContain('Mọi tin đã đối chiếu');

    const viaApi = await client.json(`/api/briefings/${id}/stories/nuoc-a-1`, { script: 'Theo Báo Nhân Dân, có 12 đơn vị tham gia, trong đó 7 đơn vị xuất sắc.' }, 'PATCH');
    expect(viaApi.status).toBe(200);
    expect((await draft()).sections[1]!.stories[0]!.check).toMatchObject({ status: 'flagged', writer: 'editor', issues: [{ kind: 'number', value: '7 đơn vị' }] });

    const render = await client.form(`/review/${id}/render`, {});
    expect((await test.workflows.runner.wait(render.headers.get('location')!.split('/').pop()!))!.status).toBe('done');
    const published = (await (await client.request(`/files/${id}/briefing.json`)).json()) as Briefing;
    expect(published.sections[0]!.stories[0]!.check).toMatchObject({ status: 'flagged', issues: [{ kind: 'number', value: '150 tỷ đồng', where: 'script' }] });

    await client.form(`/review/${id}/stories/tinh-a-1`, { headline: 'Tin 1 của Báo Đồng Tháp', script: 'Theo Báo Đồng Tháp, có 12 đơn vị tham gia.', bullets: 'Tin được ghi nhận trong tuần\nCó 12 đơn vị tham gia' });
    expect((await draft()).sections[0]!.stories[0]!.check).toMatchObject({ status: 'passed', writer: 'editor', issues: [] });
  });

  it('edits a story through the JSON API with Vietnamese validation errors', async () => {
    const bad = await client.json(`/api/briefings/${id}/stories/tinh-a-1`, { bullets: ['chỉ một ý'] }, 'PATCH');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('Ý chính: Cần 2 đến 4 ý chính.');
    const good = await client.json(`/api/briefings/${id}/stories/tinh-a-1`, { headline: 'Tiêu đề qua API' }, 'PATCH');
    expect(good.status).toBe(200);
    expect((await draft()).sections[0]!.stories[0]!.headline).toBe('Tiêu đề qua API');
    expect((await client.json(`/api/briefings/${id}/stories/khong-co`, { headline: 'x' }, 'PATCH')).status).toBe(404);
  });

  it('reorders and drops stories', async () => {
    await client.form(`/review/${id}/stories/tinh-a-2/move`, { direction: 'up' });
    expect((await draft()).sections[0]!.stories.map((story) => story.id)).toEqual(['tinh-a-2', 'tinh-a-1']);
    await client.form(`/review/${id}/stories/tinh-a-2/delete`, {});
    expect((await draft()).sections[0]!.stories.map((story) => story.id)).toEqual(['tinh-a-1']);
    expect((await test.workflows.bulletins.getRecord(id))!.storyCount).toBe(9);
  });

  it('adds a story from a URL and regenerates one story', async () => {
    await client.form(`/review/${id}/stories`, { url: 'https://baodongthap.vn/bai-bao-moi.html', section: 'nganh' });
    expect((await draft()).sections[4]!.stories.map((story) => story.id)).toContain('them-nganh');
    await client.form(`/review/${id}/stories/nuoc-a-1/regenerate`, {});
    expect((await draft()).sections[1]!.stories[0]!.script).toMatch(/\(viết lại\)$/);
  });

  it('shows a failed fetch of an added URL as a Vietnamese message and keeps the draft', async () => {
    const response = await client.form(`/review/${id}/stories`, { url: 'https://example.org/khong-duoc', section: 'tinh' });
    expect(response.status).toBe(303);
    const page = await client.request(response.headers.get('location')!, { headers: { cookie: `${client.cookie}; ${(response.headers.get('set-cookie') ?? '').split(';')[0]}` } });
    expect(await page.text()).toContain('không lấy được nội dung bài https://example.org/khong-duoc');
    expect((await draft()).sections[0]!.stories).toHaveLength(2);
  });

  it('refuses a non-http link for a new story', async () => {
    const response = await client.form(`/review/${id}/stories`, { url: 'javascript:alert(1)', section: 'tinh' });
    expect(response.status).toBe(303);
    expect(decodeURIComponent(response.headers.get('set-cookie') ?? '')).toContain('Đường dẫn bài báo phải bắt đầu bằng http:// hoặc https://.');
  });
});

describe('the player page', () => {
  it('lists chapters with their start times and links the downloads', async () => {
    const html = await (await client.request('/')).text();
    expect(html).toContain('<audio data-player');
    expect(html).toMatch(/data-seek="0"/);
    expect(html).toContain('data-item="story:tinh-a-1"');
    expect(html).toContain(`href="/files/${id}/briefing.pptx?v=1&amp;download=1"`);
    expect(html).toContain('Trình chiếu (PowerPoint)');
    expect(html).toContain('<track kind="subtitles" srclang="vi"');
  });
});
