import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { noProgress } from '../../domain/progress.ts';
import { createRunReport } from '../../domain/run-report.ts';
import { SECTION_IDS } from '../../domain/sections.ts';
import type { AppEnv } from '../app-env.ts';
import { setFlash, takeFlash } from '../flash.ts';
import { InputError, formText, parseInput, readForm, requireEditor } from '../http-helpers.ts';
import type { EngineContext } from '../services.ts';
import { addStory, dropStory, editStory, findStory, moveStory, replaceStory, StoryEditSchema } from '../state/briefing-edits.ts';
import { SettingsSchema } from '../state/cell-settings.ts';
import { fromLocalInput } from '../views/format.ts';
import { GeneratePage } from '../views/generate-page.tsx';
import { ReviewPage } from '../views/review-page.tsx';
import type { Workflows } from '../workflows.ts';

const AddStorySchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'Đường dẫn bài báo phải bắt đầu bằng http:// hoặc https://.' }),
  section: z.enum(SECTION_IDS, { error: 'Mục không hợp lệ.' }),
});

/** Generate, follow progress, review and edit: editors only. */
export function editorRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  for (const path of ['/generate', '/generate/*', '/review', '/review/*', '/jobs/:id/cancel']) routes.use(path, requireEditor);
  const cellName = (c: Context<AppEnv>) => c.get('services').config.cell.name;
  const quick = (c: Context<AppEnv>): EngineContext => ({ progress: noProgress, report: createRunReport(), signal: c.req.raw.signal });

  routes.get('/generate', async (c) => {
    const [settings, window, job, last] = await Promise.all([workflows.cell.settings(), workflows.defaultWindow(), workflows.runner.last(workflows.lane), workflows.bulletins.lastCompleted()]);
    const services = c.get('services');
    return c.html(<GeneratePage session={c.get('session')!} cellName={cellName(c)} settings={settings} config={services.config} window={window} job={job} sinceLastBulletin={last !== null} sampleAvailable={Boolean(services.sampleCatalog)} flash={takeFlash(c)} />);
  });

  routes.post('/generate', async (c) => {
    const form = await readForm(c);
    const running = workflows.runner.running(workflows.lane);
    if (running) return c.redirect(`/jobs/${running.id}`, 303);
    const since = fromLocalInput(formText(form, 'since'));
    const until = fromLocalInput(formText(form, 'until'));
    if (!since || !until) throw new InputError('Hãy nhập đủ thời điểm bắt đầu và kết thúc.');
    const settings = parseInput(
      SettingsSchema,
      { targetMinutes: formText(form, 'targetMinutes'), voice: formText(form, 'voice'), quotas: Object.fromEntries(SECTION_IDS.map((id) => [id, formText(form, `quota.${id}`) || '0'])) },
      { targetMinutes: 'Thời lượng', voice: 'Giọng đọc', quotas: 'Số tin mỗi mục' },
    );
    await workflows.cell.saveSettings(settings);
    const { job } = await workflows.startGeneration(c.get('session')!, { since, until }, { sample: formText(form, 'source') === 'sample' });
    return c.redirect(`/jobs/${job.id}`, 303);
  });

  routes.post('/bulletins/:id/release', requireEditor, async (c) => {
    await readForm(c);
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record) throw new InputError('Không tìm thấy bản tin.', 404);
    if (!record.renderedAt) throw new InputError('Bản tin chưa dựng xong âm thanh và trình chiếu nên chưa phát hành được. Hãy mở trang Biên tập và bấm dựng lại.', 409);
    await workflows.bulletins.release(record.id, c.get('services').now());
    setFlash(c, { kind: 'ok', text: 'Đã phát hành: mọi thành viên đã xem được bản tin này.' });
    return c.redirect(`/bulletins/${record.id}`, 303);
  });

  routes.post('/bulletins/:id/delete', requireEditor, async (c) => {
    await readForm(c);
    const id = c.req.param('id');
    if (workflows.runner.running(workflows.lane)) throw new InputError('Đang có việc chạy cho chi bộ; hãy đợi xong (hoặc hủy) rồi xóa bản tin.', 409);
    if (!(await workflows.bulletins.remove(id))) throw new InputError('Không tìm thấy bản tin.', 404);
    setFlash(c, { kind: 'ok', text: 'Đã xóa bản tin cùng các tệp của nó.' });
    return c.redirect('/archive', 303);
  });

  routes.post('/jobs/:id/cancel', async (c) => {
    await readForm(c);
    const id = c.req.param('id');
    setFlash(c, workflows.runner.cancel(id) ? { kind: 'info', text: 'Đã yêu cầu hủy.' } : { kind: 'info', text: 'Việc này đã kết thúc.' });
    return c.redirect(`/jobs/${id}`, 303);
  });

  routes.get('/review', async (c) => {
    const latest = (await workflows.bulletins.list())[0];
    if (!latest) {
      setFlash(c, { kind: 'info', text: 'Chưa có bản tin nào để biên tập. Hãy tạo bản tin trước.' });
      return c.redirect('/generate', 303);
    }
    return c.redirect(`/review/${latest.id}`, 303);
  });

  routes.get('/review/:id', async (c) => {
    const id = c.req.param('id');
    const [record, briefing] = await Promise.all([workflows.bulletins.getRecord(id), workflows.bulletins.getDraft(id)]);
    if (!record || !briefing) return c.notFound();
    return c.html(<ReviewPage session={c.get('session')!} cellName={cellName(c)} record={record} briefing={briefing} job={workflows.runner.running(workflows.lane)} flash={takeFlash(c)} />);
  });

  /** Loads the draft, applies `change`, saves, and goes back to the story. */
  async function change(c: Context<AppEnv>, apply: (draft: NonNullable<Awaited<ReturnType<Workflows['bulletins']['getDraft']>>>, form: Record<string, unknown>) => Promise<{ draft: typeof draft; message: string; anchor?: string }>) {
    const form = await readForm(c);
    const id = c.req.param('id') ?? '';
    const draft = await workflows.bulletins.getDraft(id);
    if (!draft) throw new InputError('Không tìm thấy bản tin.', 404);
    const result = await apply(draft, form);
    await workflows.bulletins.saveDraft(id, result.draft);
    setFlash(c, { kind: 'ok', text: result.message });
    return c.redirect(`/review/${id}${result.anchor ? `#story-${result.anchor}` : ''}`, 303);
  }

  routes.post('/review/:id/stories/:storyId', (c) =>
    change(c, async (draft, form) => {
      const bullets = formText(form, 'bullets').split(/\r?\n/).map((line) => line.replace(/^\s*[-•*]\s*/, '').trim()).filter(Boolean);
      const edit = parseInput(StoryEditSchema, { headline: formText(form, 'headline'), script: formText(form, 'script'), bullets }, { headline: 'Tiêu đề', script: 'Lời đọc', bullets: 'Ý chính' });
      const storyId = c.req.param('storyId');
      return { draft: editStory(draft, storyId, edit), message: 'Đã lưu tin. Nhớ bấm "Dựng lại âm thanh và trình chiếu" khi sửa xong.', anchor: storyId };
    }),
  );

  routes.post('/review/:id/stories/:storyId/move', (c) =>
    change(c, async (draft, form) => {
      const direction = formText(form, 'direction') === 'up' ? 'up' : 'down';
      const storyId = c.req.param('storyId');
      return { draft: moveStory(draft, storyId, direction), message: 'Đã đổi thứ tự tin.', anchor: storyId };
    }),
  );

  routes.post('/review/:id/stories/:storyId/delete', (c) =>
    change(c, async (draft) => {
      const { story } = findStory(draft, c.req.param('storyId'));
      return { draft: dropStory(draft, story.id), message: `Đã bỏ tin "${story.headline}".` };
    }),
  );

  routes.post('/review/:id/stories/:storyId/regenerate', (c) =>
    change(c, async (draft) => {
      const { story, section } = findStory(draft, c.req.param('storyId'));
      const context = quick(c);
      const rewritten = await c.get('services').engine.regenerateStory(story, section, await workflows.cell.runConfig(), context);
      const problems = context.report.problems.map((problem) => problem.reason).join(' ');
      return { draft: replaceStory(draft, story.id, rewritten), message: `Đã viết lại tin từ nguồn.${problems ? ` Lưu ý: ${problems}` : ''}`, anchor: rewritten.id };
    }),
  );

  routes.post('/review/:id/stories', (c) =>
    change(c, async (draft, form) => {
      const input = parseInput(AddStorySchema, { url: formText(form, 'url').trim(), section: formText(form, 'section') }, { url: '', section: 'Mục' });
      const story = await c.get('services').engine.storyFromUrl(input.url, input.section, await workflows.cell.runConfig(), quick(c));
      return { draft: addStory(draft, input.section, story), message: `Đã thêm tin "${story.headline}".`, anchor: story.id };
    }),
  );

  routes.post('/review/:id/render', async (c) => {
    await readForm(c);
    const { job } = await workflows.startRender(c.get('session')!, c.req.param('id'));
    return c.redirect(`/jobs/${job.id}`, 303);
  });

  return routes;
}
