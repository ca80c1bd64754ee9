import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import entry from '../../src/worker.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveCell, saveFeeds } from '../../src/workers/cell-directory.ts';
import type { Db, R2BucketLike } from '../../src/workers/bindings.ts';
import { FeedSchema } from '../../src/domain/catalog.ts';
import { DISABLED_ON_WEB_FEED, ESPEAK_CELL, FIXTURE_CELLS, FIXTURE_FEEDS, SCHEDULE, TICK, type FixtureCell } from './scale-fixtures.ts';
import { signIn, type WorkerFetcher } from './web-session.ts';
import { createR2Storage } from '../../src/providers/storage/r2.ts';
import { getJson } from '../../src/providers/storage/storage.ts';
import { workerConfig } from '../../src/runtime/worker-config.ts';
import { extractArticles } from '../../src/stages/extract.ts';
import { storyWords } from '../../src/stages/write.ts';
import { noProgress } from '../../src/domain/progress.ts';
import { createRunReport } from '../../src/domain/run-report.ts';
import type { StoryInputRecord } from '../../src/workers/work-records.ts';

interface TestEnv {
  DB: Db;
  BUCKET: R2BucketLike;
  TEST_MIGRATIONS: D1Migration[];
  FAKE_SITES: string;
}
interface Counts {
  hits: Record<string, number>;
  llmCalls: number;
  llmTitles: string[];
  llmWords: Array<[string, number]>;
  ttsCalls: number;
  ttsVoices: string[];
}

const bindings = env as TestEnv;
const worker = (exports as unknown as { default: WorkerFetcher }).default;
const ADMIN_PASSWORD = 'mat-khau-bien-tap';
/** vks-cl also selected this feed in D1; its editor turns it off on the web page before the tick. */
const feedsInD1 = (cell: FixtureCell) => (cell.id === 'vks-cl' ? [...cell.feeds, DISABLED_ON_WEB_FEED.id] : cell.feeds);
const MEETING = '2026-11-27';

async function counts(): Promise<Counts> {
  return (await fetch(`${bindings.FAKE_SITES}/__counts`)).json() as Promise<Counts>;
}

async function text(key: string): Promise<string | null> {
  const object = await bindings.BUCKET.get(key);
  return object ? new TextDecoder().decode(await object.arrayBuffer()) : null;
}

async function waitForBulletins(ids: string[]): Promise<Array<{ id: string; status: string; error: string | null }>> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const { results } = await bindings.DB.prepare(`SELECT id, status, error FROM bulletins WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY id`).bind(...ids).all<{ id: string; status: string; error: string | null }>();
    if (results.length === ids.length && results.every((row: { status: string }) => row.status === 'published' || row.status === 'failed')) return results;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('bulletins did not finish within 60 s');
}

const seedCell = (cell: FixtureCell) =>
  saveCell(
    bindings.DB,
    { id: cell.id, name: cell.name, unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: SCHEDULE.weekday, scheduleHour: SCHEDULE.hour, voice: cell.voice, settings: {} },
    feedsInD1(cell),
    [{ name: 'Trần Thị Bình', birthDate: '1980-11-29' }],
  );

describe('a cron tick for cells that share feeds', () => {
  let finished: Array<{ id: string; status: string; error: string | null }>;
  let seen: Counts;

  beforeAll(async () => {
    await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
    await saveFeeds(bindings.DB, [...FIXTURE_FEEDS, DISABLED_ON_WEB_FEED].map((feed) => FeedSchema.parse({ id: feed.id, name: feed.name, url: `${bindings.FAKE_SITES}/feeds/${feed.id}.rss`, section: feed.section })));
    for (const cell of [...FIXTURE_CELLS, ESPEAK_CELL]) await seedCell(cell);
    // An editor of vks-vp changed the roster in the cell's web app: the schedule must use it.
    await bindings.BUCKET.put('cells/vks-vp/state/roster', JSON.stringify([{ name: 'Lê Văn Cường', birthDate: '1975-11-28' }]));
    // An editor of vks-cl turns a feed off on the Nguồn tin page: the schedule must follow the web catalog.
    const editor = await signIn(worker, 'vks-cl.bantin.example', 'admin', ADMIN_PASSWORD);
    expect(await editor.form(`/sources/${DISABLED_ON_WEB_FEED.id}/toggle`)).toBe(303);
    // A cell due on another day must not start.
    await saveCell(bindings.DB, { id: 'vks-khac', name: 'Chi bộ Phòng 3', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: 1, scheduleHour: 8, voice: 'vi-VN-HoaiMyNeural', settings: {} }, ['rieng-mot']);

    await entry.scheduled({ scheduledTime: Date.parse(TICK) }, env as never);
    // A second tick in the same hour (a retried cron) starts nothing twice.
    await entry.scheduled({ scheduledTime: Date.parse(TICK) + 60_000 }, env as never);
    finished = await waitForBulletins([...FIXTURE_CELLS, ESPEAK_CELL].map((cell) => `${cell.id}/${MEETING}`));
    seen = await counts();
  });

  it('publishes a bulletin for each of the three cells, and starts no cell due another day', async () => {
    for (const cell of FIXTURE_CELLS) expect(finished.find((row) => row.id === `${cell.id}/${MEETING}`)).toMatchObject({ status: 'published', error: null });
    const other = await bindings.DB.prepare("SELECT COUNT(*) AS n FROM bulletins WHERE cell_id = 'vks-khac'").first<{ n: number }>();
    expect(other?.n).toBe(0);
  });

  it('fetches each shared feed once for all the cells that use it', () => {
    for (const feed of FIXTURE_FEEDS) expect(seen.hits[`/feeds/${feed.id}.rss`], feed.id).toBe(1);
    for (const story of FIXTURE_FEEDS.flatMap((feed) => feed.stories)) expect(seen.hits[`/articles/${story.slug}.html`], story.slug).toBe(1);
  });

  it('does not fetch a feed a cell turned off on its web page, nor list it in that bulletin', async () => {
    const catalog = JSON.parse((await text('cells/vks-cl/state/catalog'))!) as { feeds: Array<{ id: string; enabled: boolean }> };
    expect(catalog.feeds.find((feed) => feed.id === DISABLED_ON_WEB_FEED.id)?.enabled).toBe(false);
    expect(seen.hits[`/feeds/${DISABLED_ON_WEB_FEED.id}.rss`]).toBeUndefined();
    const record = JSON.parse((await text(`cells/vks-cl/state/bulletins/lich-${MEETING}/record`))!) as { feeds: Array<{ id: string }> };
    expect(record.feeds.map((feed) => feed.id).sort()).toEqual(['chung-tinh', 'rieng-ba']);
  });

  it('summarizes each shared story once', () => {
    const titles = FIXTURE_FEEDS.flatMap((feed) => feed.stories.map((story) => story.title));
    expect([...seen.llmTitles].sort()).toEqual([...titles].sort());
    expect(seen.llmCalls).toBe(titles.length);
  });

  it("asks the model for each shared story the length Node's writeStory gives the same article and config", async () => {
    const shared = createR2Storage(bindings.BUCKET, { prefix: 'shared' });
    const config = workerConfig(env as never);
    const inputs = (await shared.list('stories/')).filter((key) => key.endsWith('/input.json'));
    expect(inputs.length).toBe(FIXTURE_FEEDS.flatMap((feed) => feed.stories).length);
    const noNetwork = (() => Promise.reject(new Error('the articles must come from the shared cache'))) as typeof fetch;
    for (const key of inputs) {
      const { story } = (await getJson<StoryInputRecord>(shared, key))!;
      // Node's path: the article as extracted (here from the cache the summarize step filled), then storyWords.
      const [extracted] = await extractArticles([story], new Map(), { fetch: noNetwork, cache: shared, progress: noProgress, report: createRunReport() });
      expect(extracted!.sources[0]?.text.length, story.title).toBeGreaterThan(100);
      const asked = seen.llmWords.filter(([title]) => title === story.title).map(([, words]) => words);
      expect(asked, story.title).toEqual([storyWords(config, extracted!).max]);
    }
  });

  it('voices each distinct text once per voice, reusing shared stories across cells with the same voice', async () => {
    const keysByCell = new Map<string, string[]>();
    for (const cell of FIXTURE_CELLS) {
      const segments = JSON.parse((await text(`cells/${cell.id}/files/lich-${MEETING}/r1/segments.json`))!) as { items: Array<{ audioKey: string; kind: string }>; duration: number; voice: { name: string } };
      expect(segments.voice.name).toBe(cell.voice);
      expect(segments.duration).toBeGreaterThan(5);
      keysByCell.set(cell.id, segments.items.map((item) => item.audioKey));
    }
    const all = [...keysByCell.values()].flat();
    const distinct = new Set(all);
    expect(seen.ttsCalls).toBe(distinct.size);
    expect(all.length).toBeGreaterThan(distinct.size);
    // The two cells with the same voice share the stories of the feeds they share (2 + 2 stories).
    const [vp, p1] = [new Set(keysByCell.get('vks-vp')), new Set(keysByCell.get('vks-p1'))];
    expect([...vp].filter((key) => p1.has(key)).length).toBeGreaterThanOrEqual(4);
    expect(seen.ttsVoices.filter((voice) => voice === 'vi-VN-NamMinhNeural').length).toBe(new Set(keysByCell.get('vks-cl')).size);
  });

  it('times in each published briefing the stages its own steps ran, in pipeline order', async () => {
    for (const cell of FIXTURE_CELLS) {
      const briefing = JSON.parse((await text(`cells/${cell.id}/files/lich-${MEETING}/r1/briefing.json`))!) as { report: { stages?: Array<{ stage: string; ms: number; items?: number }> } };
      const stages = briefing.report.stages ?? [];
      expect(stages.map((timing) => timing.stage), cell.id).toEqual(['cluster', 'select', 'check', 'speak', 'deck']);
      for (const timing of stages) expect(timing.ms, `${cell.id} ${timing.stage}`).toBeGreaterThanOrEqual(0);
      expect(stages.find((timing) => timing.stage === 'select')?.items, cell.id).toBeGreaterThan(0);
    }
  });

  it('gives each cell only the stories of its own feeds, in its own folder', async () => {
    for (const cell of FIXTURE_CELLS) {
      const briefing = JSON.parse((await text(`cells/${cell.id}/files/lich-${MEETING}/r1/briefing.json`))!) as { meta: { cellName: string }; sections: Array<{ stories: Array<{ sources: Array<{ feedId: string }> }> }>; segments: Array<{ kind: string }> };
      expect(briefing.meta.cellName).toBe(cell.name);
      const feeds = new Set(briefing.sections.flatMap((section) => section.stories.flatMap((story) => story.sources.map((source) => source.feedId))));
      expect([...feeds].sort()).toEqual([...cell.feeds].sort());
      expect(briefing.segments.map((segment) => segment.kind)).toEqual(['birthdays']);
      const mp3 = (await bindings.BUCKET.get(`cells/${cell.id}/files/lich-${MEETING}/r1/briefing.mp3`))!;
      const bytes = new Uint8Array(await mp3.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 3))).toBe('ID3');
      const pptx = new Uint8Array(await (await bindings.BUCKET.get(`cells/${cell.id}/files/lich-${MEETING}/r1/briefing.pptx`))!.arrayBuffer());
      expect([pptx[0], pptx[1]]).toEqual([0x50, 0x4b]);
      // The web app of the cell lists it as published.
      const record = JSON.parse((await text(`cells/${cell.id}/state/bulletins/lich-${MEETING}/record`))!) as { files: string[]; renderedAt: string | null };
      expect(record.renderedAt).not.toBeNull();
      expect(record.files).toContain('briefing.mp3');
    }
  });

  it("uses the roster saved in the cell's web app over the one in D1", async () => {
    const briefing = JSON.parse((await text(`cells/vks-vp/files/lich-${MEETING}/r1/briefing.json`))!) as { segments: Array<{ people: Array<{ name: string }> }> };
    expect(briefing.segments[0]?.people.map((person) => person.name)).toEqual(['Lê Văn Cường']);
    const other = JSON.parse((await text(`cells/vks-p1/files/lich-${MEETING}/r1/briefing.json`))!) as { segments: Array<{ people: Array<{ name: string }> }> };
    expect(other.segments[0]?.people.map((person) => person.name)).toEqual(['Trần Thị Bình']);
  });

  it('fails the espeak cell with a Vietnamese message instead of crashing, at no extra cost', () => {
    const espeak = finished.find((row) => row.id === `${ESPEAK_CELL.id}/${MEETING}`);
    expect(espeak?.status).toBe('failed');
    expect(espeak?.error).toContain('espeak-ng) không chạy được trên Cloudflare Workers');
    expect(espeak?.error).toContain('vi-VN-HoaiMyNeural');
  });
});

interface JobView {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  stages: Array<{ stage: string; state: string; done: number; total: number }>;
  error: string | null;
  result: { bulletinId?: string } | null;
}

/** Polls the job API as the job page does, keeping every distinct running stage it saw. */
async function followJob(editor: Awaited<ReturnType<typeof signIn>>, jobId: string): Promise<{ job: JobView; stagesSeen: string[] }> {
  const stagesSeen: string[] = [];
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const { status, body } = await editor.json<JobView>(`/api/jobs/${jobId}`);
    expect(status).toBe(200);
    const running = body.stages.filter((stage) => stage.state === 'running').map((stage) => stage.stage).join('+');
    if (running && stagesSeen.at(-1) !== running) stagesSeen.push(running);
    if (body.status !== 'running') return { job: body, stagesSeen };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${jobId} did not finish within 60 s`);
}

describe('"Tạo bản tin" pressed on a cell\'s web page', () => {
  const WINDOW = { since: '2026-11-20T00:00:00+07:00', until: '2026-11-27T08:00:00+07:00' };

  beforeAll(async () => {
    await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
    // A cell not due this week: only its editor starts its bulletin.
    await saveCell(bindings.DB, { id: 'vks-web', name: 'Chi bộ Phòng 4', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: 1, scheduleHour: 8, voice: 'vi-VN-HoaiMyNeural', settings: {} }, ['chung-tinh', 'rieng-mot']);
  });

  it('runs through the queues, shows its progress from D1, ends done with the bulletin, and allows one run at a time', async () => {
    const editor = await signIn(worker, 'vks-web.bantin.example', 'admin', ADMIN_PASSWORD);
    const first = await editor.json<{ jobId: string; started: boolean }>('/api/briefings', { method: 'POST', body: { ...WINDOW, quotas: { tinh: 3, 'trong-nuoc': 1, 'doi-ngoai': 0, 'the-gioi': 0, nganh: 3 } } });
    expect(first).toMatchObject({ status: 202, body: { started: true } });
    const again = await editor.json<{ jobId: string; started: boolean }>('/api/briefings', { method: 'POST', body: WINDOW });
    expect(again.body).toEqual({ jobId: first.body.jobId, started: false });
    const row = await bindings.DB.prepare("SELECT job_id, window_since, started_by FROM bulletins WHERE cell_id = 'vks-web'").first<{ job_id: string; window_since: string; started_by: string }>();
    expect(row).toEqual({ job_id: first.body.jobId, window_since: '2026-11-20T00:00:00+07:00', started_by: 'admin' });

    // The job page's progress stream (SSE) follows the queued run to its end, like the JSON API.
    const stream = editor.get(`/api/jobs/${first.body.jobId}/events`).then((response) => response.text());
    const { job, stagesSeen } = await followJob(editor, first.body.jobId);
    const events = (await stream).split('\n').filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)) as JobView);
    expect(events[0]?.status).toBe('running');
    expect(events.at(-1)).toMatchObject({ status: 'done', result: { bulletinId: job.result?.bulletinId } });
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.stages.every((stage) => stage.state === 'done')).toBe(true);
    expect(stagesSeen.length).toBeGreaterThan(0);
    const bulletinId = job.result?.bulletinId;
    expect(bulletinId).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]{4,}$/);

    const latest = await editor.json<{ id: string; storyCount: number; files: Record<string, string> }>('/api/briefings/latest');
    expect(latest.status).toBe(200);
    expect(latest.body.id).toBe(bulletinId);
    expect(Object.keys(latest.body.files)).toEqual(expect.arrayContaining(['mp3', 'pptx', 'vtt', 'script']));
    // The setting sent with the request (one national story) reached the queued run: both provincial stories, one of the two national ones.
    expect(latest.body.storyCount).toBe(2 + 1);
    const mp3 = await editor.get(latest.body.files.mp3!);
    expect(mp3.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await mp3.arrayBuffer()).slice(0, 3))).toBe('ID3');
    // The job page links to the published bulletin.
    expect(await (await editor.get(`/jobs/${job.id}`)).text()).toContain(`/bulletins/${bulletinId}`);
  });

  it('fails with the Vietnamese reason when the cell\'s voice cannot run on Workers', async () => {
    const editor = await signIn(worker, `${ESPEAK_CELL.id}.bantin.example`, 'admin', ADMIN_PASSWORD);
    const started = await editor.json<{ jobId: string; started: boolean }>('/api/briefings', { method: 'POST', body: WINDOW });
    expect(started.body.started).toBe(true);
    const { job } = await followJob(editor, started.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('espeak-ng) không chạy được trên Cloudflare Workers');
  });

  it('does not show one cell the jobs of another', async () => {
    const row = await bindings.DB.prepare("SELECT job_id FROM bulletins WHERE cell_id = 'vks-web'").first<{ job_id: string }>();
    const other = await signIn(worker, 'vks-p1.bantin.example', 'admin', ADMIN_PASSWORD);
    expect((await other.json(`/api/jobs/${row!.job_id}`)).status).toBe(404);
  });
});
