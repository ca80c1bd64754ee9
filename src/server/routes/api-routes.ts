import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { InputError, parseInput, readJson, requireEditor, requireUser } from '../http-helpers.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import { canSee, fileUrl, isReleased, type BulletinRecord } from '../state/bulletins.ts';
import { editStory, StoryEditSchema } from '../state/briefing-edits.ts';
import { SettingsSchema } from '../state/cell-settings.ts';
import type { Workflows } from '../workflows.ts';

const isoInstant = (label: string) => z.iso.datetime({ offset: true, error: `${label} phải là thời điểm ISO 8601, ví dụ 2026-11-20T08:00:00+07:00.` });

const GenerateSchema = z.object({
  since: isoInstant('since').optional(),
  until: isoInstant('until').optional(),
  targetMinutes: SettingsSchema.shape.targetMinutes.optional(),
  voice: SettingsSchema.shape.voice.optional(),
  quotas: SettingsSchema.shape.quotas.optional(),
  /** catalog: the cell's sources; sample: the offline sample news, for a trial run. */
  source: z.enum(['catalog', 'sample'], { error: 'source phải là "catalog" hoặc "sample".' }).optional(),
});

/** The JSON API behind the pages. */
export function apiRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  routes.use('/api/*', async (c, next) => (c.req.path === '/api/login' || c.req.path === '/api/logout' || c.req.path === '/api/me' ? next() : requireUser(c, next)));

  const describe = (record: BulletinRecord) => ({
    id: record.id,
    meetingDate: record.meetingDate,
    window: record.window,
    storyCount: record.storyCount,
    renderedAt: record.renderedAt,
    released: isReleased(record),
    changed: record.changed,
    files: Object.fromEntries(
      (['mp3', 'pptx', 'html', 'vtt', 'srt', 'script', 'docx', 'json', 'segments'] as const).flatMap((short) => {
        const name = ({ mp3: 'briefing.mp3', pptx: 'briefing.pptx', html: 'briefing.html', vtt: 'briefing.vtt', srt: 'briefing.srt', script: 'script.md', docx: 'briefing.docx', json: 'briefing.json', segments: 'segments.json' } as const)[short];
        return record.files.includes(name) ? [[short, fileUrl(record, name)]] : [];
      }),
    ),
  });
  const jobView = (job: JobRecord) => ({ id: job.id, kind: job.kind, status: job.status, title: job.title, startedAt: job.startedAt, finishedAt: job.finishedAt ?? null, stages: job.stages, feeds: job.feeds, problems: job.problems, error: job.error ?? null, result: job.result ?? null });

  routes.post('/api/briefings', requireEditor, async (c) => {
    const input = parseInput(GenerateSchema, await readJson(c));
    const running = workflows.runner.running(workflows.lane);
    if (running) return c.json({ jobId: running.id, started: false }, 202);
    if (input.targetMinutes !== undefined || input.voice !== undefined || input.quotas !== undefined) {
      const current = await workflows.cell.settings();
      await workflows.cell.saveSettings({ targetMinutes: input.targetMinutes ?? current.targetMinutes, voice: input.voice ?? current.voice, quotas: { ...current.quotas, ...input.quotas } });
    }
    const defaults = await workflows.defaultWindow();
    const { job, started } = await workflows.startGeneration(c.get('session')!, { since: input.since ?? defaults.since, until: input.until ?? defaults.until }, { sample: input.source === 'sample' });
    return c.json({ jobId: job.id, started }, 202);
  });

  routes.get('/api/briefings', async (c) => c.json({ briefings: (await workflows.bulletins.list()).filter((record) => canSee(c.get('session')!.role, record)).map(describe) }));

  routes.get('/api/briefings/latest', async (c) => {
    const record = await workflows.bulletins.latestPublished(c.get('session')!.role);
    if (!record) return c.json({ error: 'Chưa có bản tin nào.' }, 404);
    return c.json(describe(record));
  });

  routes.get('/api/briefings/:id', async (c) => {
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record || !canSee(c.get('session')!.role, record)) return c.json({ error: 'Không tìm thấy bản tin.' }, 404);
    const draft = c.get('session')!.role === 'editor' ? await workflows.bulletins.getDraft(record.id) : null;
    return c.json({ ...describe(record), draft });
  });

  routes.patch('/api/briefings/:id/stories/:storyId', requireEditor, async (c) => {
    const id = c.req.param('id');
    const draft = await workflows.bulletins.getDraft(id);
    if (!draft) throw new InputError('Không tìm thấy bản tin.', 404);
    const edit = parseInput(StoryEditSchema, await readJson(c), { headline: 'Tiêu đề', script: 'Lời đọc', bullets: 'Ý chính' });
    const record = await workflows.bulletins.saveDraft(id, editStory(draft, c.req.param('storyId'), edit));
    return c.json(describe(record));
  });

  routes.post('/api/briefings/:id/render', requireEditor, async (c) => {
    const { job, started } = await workflows.startRender(c.get('session')!, c.req.param('id'));
    return c.json({ jobId: job.id, started }, 202);
  });

  routes.get('/api/jobs/:id', async (c) => {
    const job = await workflows.runner.get(c.req.param('id'));
    if (!job) return c.json({ error: 'Không tìm thấy việc này.' }, 404);
    return c.json(jobView(job));
  });

  routes.post('/api/briefings/:id/release', requireEditor, async (c) => {
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record) return c.json({ error: 'Không tìm thấy bản tin.' }, 404);
    if (!record.renderedAt) return c.json({ error: 'Bản tin chưa dựng xong âm thanh và trình chiếu nên chưa phát hành được.' }, 409);
    return c.json(describe((await workflows.bulletins.release(record.id, c.get('services').now()))!));
  });

  routes.delete('/api/briefings/:id', requireEditor, async (c) => {
    if (workflows.runner.running(workflows.lane)) return c.json({ error: 'Đang có việc chạy cho chi bộ; hãy đợi xong rồi xóa bản tin.' }, 409);
    if (!(await workflows.bulletins.remove(c.req.param('id')))) return c.json({ error: 'Không tìm thấy bản tin.' }, 404);
    return c.body(null, 204);
  });

  routes.post('/api/jobs/:id/cancel', requireEditor, async (c) => {
    const cancelled = workflows.runner.cancel(c.req.param('id'));
    if (!cancelled) throw new InputError('Việc này không còn chạy.', 409);
    return c.json({ ok: true });
  });

  /** Server-sent events: the whole job on every change, ending when the job ends. */
  routes.get('/api/jobs/:id/events', async (c) => {
    const job = await workflows.runner.get(c.req.param('id'));
    if (!job) return c.json({ error: 'Không tìm thấy việc này.' }, 404);
    return streamSSE(c, async (stream) => {
      let latest: JobRecord = job;
      let wake: (() => void) | null = null;
      const unsubscribe = workflows.runner.subscribe(job.id, (update) => {
        latest = update;
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      let sent = '';
      while (!stream.aborted) {
        const data = JSON.stringify(jobView(latest));
        if (data !== sent) {
          await stream.writeSSE({ event: 'job', data });
          sent = data;
        }
        if (latest.status !== 'running') break;
        // Coalesce bursts of progress into at most a few events per second.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 15_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        await stream.sleep(150);
      }
      unsubscribe();
    });
  });

  return routes;
}

