import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

async function buildTopic(test: TestApp, client: Client, title = 'Nâng cao tinh thần trách nhiệm của đảng viên'): Promise<{ topicId: string; jobId: string }> {
  const form = new FormData();
  form.set('_csrf', client.csrf);
  form.set('title', title);
  form.append('files', new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'de-cuong.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const response = await client.request('/topic', { method: 'POST', body: form });
  expect(response.status).toBe(303);
  const jobId = response.headers.get('location')!.split('/').pop()!;
  const job = await test.workflows.runner.wait(jobId);
  expect(job?.status).toBe('done');
  return { topicId: job!.result!.topicId!, jobId };
}

async function renderedOutline(response: Response) {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return JSON.parse(await zip.file('outline.json')!.async('string')) as { slides: Array<{ heading: string; bullets: string[]; notes: string; part?: number }>; conclusion: string[] };
}

describe('topic decks on the web', () => {
  it('accepts a Word file and links the deck and its editor from the finished job’s page', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { topicId, jobId } = await buildTopic(test, client);
    const page = await (await client.request(`/jobs/${jobId}`)).text();
    expect(page).toContain(`href="/files/topic/${topicId}?download=1"`);
    expect(page).toContain(`href="/topic/${topicId}"`);
    expect((await client.request(`/files/topic/${topicId}?download=1`)).status).toBe(200);
  });

  it('refuses a file type it cannot read, naming the file and the accepted types', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const form = new FormData();
    form.set('_csrf', client.csrf);
    form.set('title', 'Chuyên đề');
    form.append('files', new File(['x'], 'bang-tinh.xlsx'));
    const response = await client.request('/topic', { method: 'POST', body: form });
    expect(decodeURIComponent(response.headers.get('set-cookie') ?? '')).toContain('Tệp “bang-tinh.xlsx” không đọc được: chỉ nhận .docx, .pdf, .html, .htm, .md, .txt.');
  });

  it('lets an editor change slide titles, bullets and notes, drop a slide, and renders the deck again from the edit', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { topicId } = await buildTopic(test, client);
    const page = await (await client.request(`/topic/${topicId}`)).text();
    expect(page).toContain('value="Phần thứ nhất"');
    expect(page).toContain('Ý thứ nhất của phần một\nÝ thứ hai của phần một');

    const saved = await client.form(`/topic/${topicId}`, {
      objectives: 'Nắm được nội dung tài liệu',
      'slide-0-heading': 'Phần thứ nhất đã sửa',
      'slide-0-subheading': '',
      'slide-0-bullets': 'Ý đã sửa\n\nÝ mới thêm',
      'slide-0-notes': 'Ghi chú đã sửa.',
      'slide-1-heading': 'Phần thứ hai',
      'slide-1-bullets': '',
      'slide-1-notes': 'x',
      questions: 'Câu hỏi mới?',
      conclusion: 'Kết luận đã sửa',
    });
    expect(saved.status).toBe(303);
    const job = await test.workflows.runner.wait(saved.headers.get('location')!.split('/').pop()!);
    expect(job?.status).toBe('done');
    const outline = await renderedOutline(await client.request(`/files/topic/${topicId}`));
    expect(outline.slides).toEqual([{ heading: 'Phần thứ nhất đã sửa', part: 1, bullets: ['Ý đã sửa', 'Ý mới thêm'], notes: 'Ghi chú đã sửa.', sourceIndex: 0 }]);
    expect(outline.conclusion).toEqual(['Kết luận đã sửa']);
    expect(await (await client.request(`/topic/${topicId}`)).text()).toContain('value="Phần thứ nhất đã sửa"');
  });

  it('refuses an edit that empties a required part, in Vietnamese, and keeps the deck', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { topicId } = await buildTopic(test, client);
    const response = await client.form(`/topic/${topicId}`, { objectives: '', 'slide-0-bullets': 'Ý', questions: 'Hỏi?', conclusion: 'Kết' });
    expect(decodeURIComponent(response.headers.get('set-cookie') ?? '')).toContain('Phần “Mục đích, yêu cầu” cần ít nhất một dòng.');
    expect((await renderedOutline(await client.request(`/files/topic/${topicId}`))).slides).toHaveLength(2);
  });

  it('shows members only published topic decks, and lets them download those', async () => {
    const test = await createTestApp();
    const editor = await test.signIn();
    const { topicId } = await buildTopic(test, editor, 'Học tập và làm theo lời Bác');
    await test.addAccount('dangvien1', 'member');
    const member = await test.signIn('dangvien1', 'mat-khau-thanh-vien');
    expect(await (await member.request('/chuyen-de')).text()).not.toContain('Học tập và làm theo lời Bác');
    expect((await member.request(`/files/topic/${topicId}`)).status).toBe(404);
    expect((await member.request(`/topic/${topicId}`)).status).toBe(403);

    await editor.form(`/topic/${topicId}/publish`, { published: '1' });
    const list = await (await member.request('/chuyen-de')).text();
    expect(list).toContain('Học tập và làm theo lời Bác');
    expect(list).toContain(`href="/files/topic/${topicId}?download=1"`);
    expect((await member.request(`/files/topic/${topicId}?download=1`)).status).toBe(200);

    await editor.form(`/topic/${topicId}/publish`, { published: '0' });
    expect((await member.request(`/files/topic/${topicId}`)).status).toBe(404);
  });

  it('tells the editor when the sources barely treat the title', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { topicId } = await buildTopic(test, client, 'Phòng, chống tác hại của thuốc lá');
    expect(await (await client.request(`/topic/${topicId}`)).text()).toContain('Tài liệu nguồn ít đề cập đến chủ đề');
  });
});
