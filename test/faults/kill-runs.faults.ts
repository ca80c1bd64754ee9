import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../../src/providers/storage/sqlite.ts';
import { createBulletinStore } from '../../src/server/state/bulletins.ts';
import type { Briefing } from '../../src/domain/briefing.ts';
import { BULLETIN_FILES, REPO, headlineOfWhole, killHard, lastStage, runBantin, seededRandom, temporaryFiles, visibleRevision, waitUntil, type Run } from './kill-harness.ts';

const SEED = Number(process.env.BANTIN_FAULTS_SEED ?? 20261202);
// Printed so a failing schedule of kills can be replayed with BANTIN_FAULTS_SEED.
console.log(`test:faults seed ${SEED} (replay: BANTIN_FAULTS_SEED=${SEED} npm run test:faults)`);
const random = seededRandom(SEED);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const work = mkdtempSync(join(tmpdir(), 'bantin-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The realistic fixture cut to one story per section; `marker` goes into the first headline. */
function smallBriefing(marker: string): Briefing {
  const briefing = JSON.parse(readFileSync(join(REPO, 'test/fixtures/briefing/realistic.json'), 'utf8')) as Briefing;
  briefing.sections = briefing.sections.map((section) => ({ ...section, stories: section.stories.slice(0, 1) }));
  const first = briefing.sections[0]!.stories[0]!;
  first.headline = `${first.headline} lần ${marker}`;
  return briefing;
}

const kills: string[] = [];
/** Every process a test started, so a failing test leaves none running. */
const running = new Set<Run>();
afterAll(async () => {
  for (const run of running) await killHard(run);
});
const CLI_STAGES = ['khởi động', 'Đọc bản tin', 'Dựng trình chiếu', 'Xuất bản', 'Xuất bản'];
const DEMO_STAGES = ['khởi động', 'Tải nguồn tin', 'Lấy nội dung bài', 'Viết bản tin'];
const SERVER_STAGES = ['speak', 'deck', 'publish', 'publish'] as const;

describe('runs killed with SIGKILL leave one whole bulletin', () => {
  it('the CLI: render and demo killed at random points, 10 kills', async () => {
    const outDir = join(work, 'cli-out');
    const inDir = join(work, 'cli-in');
    mkdirSync(inDir, { recursive: true });
    const env = { BANTIN_DATA_DIR: join(work, 'cli-data') };
    const render = (marker: string): Run => {
      writeFileSync(join(inDir, 'briefing.json'), JSON.stringify(smallBriefing(marker)));
      const run = runBantin(['render', '--from', join(inDir, 'briefing.json'), '--out', outDir], env);
      running.add(run);
      return run;
    };
    const complete = async (marker: string) => {
      const run = render(marker);
      expect(await run.exited, run.output()).toBe(0);
    };
    await complete('0');
    await complete('1');
    let published = visibleRevision(outDir)!.headline;
    expect(published).toContain('lần 1');

    let stale: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const demo = index >= 8;
      const marker = `k${index}`;
      const run = demo ? runBantin(['demo', '--out', outDir], env) : render(marker);
      running.add(run);
      // Each run dies in a stage picked by the seed, a random few milliseconds after it began.
      const stages = demo ? DEMO_STAGES : CLI_STAGES;
      const stage = stages[Math.floor(random() * stages.length)]!;
      const extra = Math.round(random() * 40);
      if (stage === 'khởi động') await Promise.race([sleep(Math.round(random() * 2000)), run.exited]);
      else await waitUntil(() => lastStage(run.output()) === stage, demo ? 120_000 : 60_000, run.exited);
      await sleep(extra);
      await killHard(run);
      kills.push(`cli ${demo ? 'demo' : 'render'} #${index} aimed at "${stage}" +${extra} ms, killed at "${lastStage(run.output())}"${run.child.exitCode === 0 ? ' (had already finished)' : ''}`);
      // The restart (this run) removed what the killed run before it left, once it got going.
      if (lastStage(run.output()) !== 'khởi động') for (const file of stale) expect(existsSync(join(outDir, file)), file).toBe(false);
      stale = temporaryFiles(outDir);
      const shown = visibleRevision(outDir)!;
      if (demo) expect([published]).toContain(shown.headline);
      else expect([published, smallBriefing(marker).sections[0]!.stories[0]!.headline]).toContain(shown.headline);
      published = shown.headline;
    }
    await complete('cuoi');
    expect(visibleRevision(outDir)!.headline).toContain('lần cuoi');
    expect(temporaryFiles(outDir)).toEqual([]);
    expect(readdirSync(join(outDir, '.revisions')).length).toBeLessThanOrEqual(2);
  });

  it('the web server: re-renders and a generation killed at random points, 10 kills', async () => {
    const dataDir = join(work, 'server-data');
    const id = '2026-11-27-faults';
    const state = createSqliteStorage(join(dataDir, 'state.db'));
    await createBulletinStore(state, createSqliteStorage(':memory:')).create(id, smallBriefing('0'), [], new Date());
    state.close();
    const env = { BANTIN_DATA_DIR: dataDir, BANTIN_DEMO_PORT: '0', BANTIN_ADMIN_PASSWORD: 'mat-khau-kiem-thu-loi' };

    let server: Run;
    let base = '';
    let cookie = '';
    const start = async () => {
      server = runBantin(['serve', '--demo', '--port', '0'], env);
      running.add(server);
      for (let waited = 0; !/đang chạy tại http:\/\/localhost:(\d+)/.test(server.output()); waited += 100) {
        if (waited > 60_000 || server.child.exitCode !== null) throw new Error(`the server did not start:\n${server.output()}`);
        await sleep(100);
      }
      base = `http://127.0.0.1:${/đang chạy tại http:\/\/localhost:(\d+)/.exec(server.output())![1]}`;
      if (!cookie) {
        const login = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username: 'admin', password: env.BANTIN_ADMIN_PASSWORD }) });
        expect(login.status).toBe(200);
        cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      }
    };
    const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
      const request = () => fetch(`${base}${path}`, { method: init.method ?? 'GET', headers: { cookie, origin: base, 'content-type': 'application/json' }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      // A pooled keep-alive socket the server has just closed resets; a GET may simply be asked again.
      const response = await request().catch(async (error: unknown) => {
        if ((init.method ?? 'GET') !== 'GET') throw error;
        await sleep(50);
        return request();
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const waitJob = async (jobId: string) => {
      for (;;) {
        const job = (await api(`/api/jobs/${jobId}`)).json as { status: string; error: string | null };
        if (job.status !== 'running' && job.status !== 'queued') return job;
        await sleep(200);
      }
    };
    /** What the server serves for the bulletin: every file of one revision, or it throws. */
    const served = async (): Promise<string> => {
      const record = (await api(`/api/briefings/${id}`)).json as { files: Record<string, string> };
      const urls = Object.values(record.files);
      expect(urls).toHaveLength(BULLETIN_FILES.length);
      expect(new Set(urls.map((url) => url.split('?v=')[1])).size).toBe(1);
      const texts = await Promise.all(urls.map(async (url) => {
        const response = await fetch(`${base}${url}`, { headers: { cookie } });
        expect(response.status, url).toBe(200);
        return [url, Buffer.from(await response.arrayBuffer())] as const;
      }));
      return headlineOfWhole((name) => texts.find(([url]) => url.includes(`/${name}?`))![1]);
    };
    const render = async () => ((await api(`/api/briefings/${id}/render`, { method: 'POST' })).json as { jobId: string }).jobId;

    await start();
    expect((await waitJob(await render())).status).toBe('done');
    await api(`/api/briefings/${id}/stories/${smallBriefing('0').sections[0]!.stories[0]!.id}`, { method: 'PATCH', body: { headline: smallBriefing('1').sections[0]!.stories[0]!.headline } });
    expect((await waitJob(await render())).status).toBe('done');
    let published = await served();

    for (let index = 0; index < 10; index += 1) {
      const generate = index >= 8;
      const headline = smallBriefing(`s${index}`).sections[0]!.stories[0]!.headline;
      let jobId: string;
      if (generate) jobId = ((await api('/api/briefings', { method: 'POST', body: { source: 'sample' } })).json as { jobId: string }).jobId;
      else {
        await api(`/api/briefings/${id}/stories/${smallBriefing('0').sections[0]!.stories[0]!.id}`, { method: 'PATCH', body: { headline } });
        jobId = await render();
      }
      const stage = generate ? (['collect', 'extract', 'write'] as const)[Math.floor(random() * 3)]! : SERVER_STAGES[Math.floor(random() * SERVER_STAGES.length)]!;
      const extra = Math.round(random() * 40);
      let seen = 'waiting';
      await waitUntil(async () => {
        const job = (await api(`/api/jobs/${jobId}`)).json as { status: string; stages: Array<{ stage: string; state: string }> };
        const running = job.stages.filter((entry) => entry.state === 'running').map((entry) => entry.stage);
        seen = running.at(-1) ?? job.status;
        // Fast stages can pass between two looks: the kill lands in the first stage at or after the aim.
        const order = job.stages.map((entry) => entry.stage);
        return job.status !== 'running' || running.some((name) => order.indexOf(name) >= order.indexOf(stage));
      }, 120_000);
      await sleep(extra);
      await killHard(server!);
      kills.push(`server ${generate ? 'generate' : 'render'} #${index} aimed at ${stage} +${extra} ms, seen at ${seen}`);
      await start();
      expect(temporaryFiles(join(dataDir, 'bulletins'))).toEqual([]);
      const shown = await served();
      expect(generate ? [published] : [published, headline]).toContain(shown);
      published = shown;
    }
    expect((await waitJob(await render())).status).toBe('done');
    await killHard(server!);
    console.log(`kills:\n  ${kills.join('\n  ')}`);
  });
});
