import { beforeAll, describe, expect, it } from 'vitest';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

let test: TestApp;
let client: Client;
let bulletinId: string;
let briefing: Briefing;

beforeAll(async () => {
  test = await createTestApp();
  client = await test.signIn();
  const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
  const job = await test.workflows.runner.wait(jobId);
  bulletinId = job!.result!.bulletinId!;
  briefing = BriefingSchema.parse(await (await client.request(`/files/${bulletinId}/briefing.json`)).json());
});

describe('meeting mode (Trình chiếu)', () => {
  it('is linked from the bulletin page', async () => {
    const page = await (await client.request(`/bulletins/${bulletinId}`)).text();
    expect(page).toContain(`href="/bulletins/${bulletinId}/meeting"`);
    expect(page).toContain('Trình chiếu');
  });

  it('shows every story of the published bulletin with the audio, timings and cues, under the app CSP', async () => {
    const response = await client.request(`/bulletins/${bulletinId}/meeting`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const stories = briefing.sections.flatMap((section) => section.stories);
    expect(stories.length).toBeGreaterThan(1);
    for (const story of stories) {
      expect(html).toContain(`data-id="story:${story.id}"`);
      expect(html).toContain(story.headline);
    }
    expect(html).toMatch(/<audio id="m-audio" preload="auto" src="\/files\/[^"]+\/briefing\.mp3\?v=\d+">/);
    expect(html).toContain('<script src="/static/meeting.js" defer></script>');
    expect(html).not.toMatch(/<script>|<style>| style="/);
    const data = JSON.parse(/<script type="application\/json" id="m-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { items: unknown[]; cues: Array<{ text: string }> };
    expect(data.items.length).toBeGreaterThan(stories.length);
    expect(data.cues.length).toBeGreaterThan(0);
    expect(data.cues[0]!.text).toBe(briefing.intro);
  });

  it('serves its script and stylesheet', async () => {
    const script = await client.request('/static/meeting.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain("getElementById('m-data')");
    expect(await (await client.request('/static/meeting.css')).text()).toContain('.m-slide');
  });

  it('sends a visitor who is not signed in to the sign-in page, and answers 404 for an unknown bulletin', async () => {
    const anonymous = await test.app.request(`/bulletins/${bulletinId}/meeting`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/login');
    expect((await client.request('/bulletins/2020-01-01-zzzz/meeting')).status).toBe(404);
  });

  it('offers briefing.html only as a download, never run on the app origin', async () => {
    const response = await client.request(`/files/${bulletinId}/briefing.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ban-tin-\d{4}-\d{2}-\d{2}\.html"$/);
    expect(await response.text()).toContain('data-slide');
  });
});
