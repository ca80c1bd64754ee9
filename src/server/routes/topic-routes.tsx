import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { setFlash, takeFlash } from '../flash.ts';
import { InputError, formText, readForm, requireEditor, requireUser } from '../http-helpers.ts';
import { TopicEditPage } from '../views/topic-edit-page.tsx';
import { TopicListPage } from '../views/topic-list-page.tsx';
import type { TopicPlan, Workflows } from '../workflows.ts';
import type { TopicOutline } from '../../stages/topic/topic-outline.ts';

const items = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** The edited outline from the review form; slides keep their part, kind and source, an emptied slide is dropped. */
export function outlineFromForm(form: Record<string, unknown>, plan: TopicPlan): TopicOutline {
  const { outline } = plan;
  const slides = outline.slides.flatMap((slide, index) => {
    const bullets = items(formText(form, `slide-${index}-bullets`)).slice(0, 8);
    if (bullets.length === 0) return [];
    const heading = formText(form, `slide-${index}-heading`).trim() || slide.heading;
    const subheading = formText(form, `slide-${index}-subheading`).trim();
    const notes = formText(form, `slide-${index}-notes`).trim() || bullets.join(' ');
    const { subheading: _old, ...rest } = slide;
    return [{ ...rest, heading, bullets, notes, ...(subheading && slide.kind !== 'quote' ? { subheading } : {}) }];
  });
  if (slides.length === 0) throw new InputError('Trình chiếu cần ít nhất một trang nội dung có ý.');
  const list = (name: string, label: string) => {
    const values = items(formText(form, name)).slice(0, name === 'questions' ? 6 : 5);
    if (values.length === 0) throw new InputError(`Phần “${label}” cần ít nhất một dòng.`);
    return values;
  };
  return {
    ...outline,
    objectives: list('objectives', 'Mục đích, yêu cầu'),
    slides,
    questions: list('questions', 'Câu hỏi thảo luận'),
    conclusion: list('conclusion', 'Kết luận'),
  };
}

/** Topic decks: editors review, edit, render again and publish them; every member sees the published ones. */
export function topicRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  const cellName = (c: Context<AppEnv>) => c.get('services').config.cell.name;

  routes.get('/chuyen-de', requireUser, async (c) => {
    const topics = (await workflows.listTopics()).filter((topic) => topic.ready && topic.published);
    return c.html(<TopicListPage session={c.get('session')!} cellName={cellName(c)} topics={topics} flash={takeFlash(c)} />);
  });

  routes.get('/topic/:id', requireEditor, async (c) => {
    const topic = await workflows.getTopic(c.req.param('id'));
    if (!topic?.plan) return c.notFound();
    return c.html(<TopicEditPage session={c.get('session')!} cellName={cellName(c)} record={topic.record} plan={topic.plan} flash={takeFlash(c)} />);
  });

  routes.post('/topic/:id', requireEditor, async (c) => {
    const topic = await workflows.getTopic(c.req.param('id'));
    if (!topic?.plan) return c.notFound();
    const outline = outlineFromForm(await readForm(c), topic.plan);
    const { job, started } = await workflows.startTopicRender(c.get('session')!, topic.record.id, outline);
    if (!started) setFlash(c, { kind: 'info', text: 'Đang có một trình chiếu chuyên đề được dựng; hãy chờ xong rồi lưu lại.' });
    return c.redirect(`/jobs/${job.id}`, 303);
  });

  routes.post('/topic/:id/publish', requireEditor, async (c) => {
    const id = c.req.param('id');
    const published = formText(await readForm(c), 'published') === '1';
    const record = await workflows.setTopicPublished(id, published);
    setFlash(c, { kind: 'ok', text: published ? `Đã công bố “${record.title}” cho thành viên.` : `Đã thôi công bố “${record.title}”.` });
    return c.redirect(`/topic/${id}`, 303);
  });

  return routes;
}
