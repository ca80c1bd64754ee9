import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { MemberSchema } from '../../config.ts';
import { FeedSchema } from '../../domain/catalog.ts';
import { BantinError } from '../../domain/errors.ts';
import { noProgress } from '../../domain/progress.ts';
import { createRunReport } from '../../domain/run-report.ts';
import type { AppEnv } from '../app-env.ts';
import { deleteAccount, listAccounts, NewPasswordSchema, saveAccount, UsernameSchema } from '../auth/accounts.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { setFlash, takeFlash } from '../flash.ts';
import { InputError, formText, parseInput, readForm, requireEditor } from '../http-helpers.ts';
import type { TopicSource } from '../services.ts';
import { MembersPage } from '../views/members-page.tsx';
import { SourcesPage } from '../views/sources-page.tsx';
import { TopicPage } from '../views/topic-page.tsx';
import { TOPIC_FILE_TYPES } from '../../stages/topic/topic-document.ts';
import type { Workflows } from '../workflows.ts';

const AccountSchema = z.object({ username: UsernameSchema, password: NewPasswordSchema, role: z.enum(['editor', 'member'], { error: 'Quyền không hợp lệ.' }) });
const TOPIC_TYPES = /\.(md|markdown|txt|html?|docx|pdf)$/i;

/** Sources, roster, accounts and topic decks: editors only. */
export function manageRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  for (const path of ['/sources', '/sources/*', '/members', '/members/*', '/accounts', '/accounts/*', '/topic', '/topic/*']) routes.use(path, requireEditor);
  const cellName = (c: Context<AppEnv>) => c.get('services').config.cell.name;

  routes.get('/sources', async (c) => c.html(<SourcesPage session={c.get('session')!} cellName={cellName(c)} catalog={await workflows.cell.catalog()} flash={takeFlash(c)} />));

  routes.post('/sources', async (c) => {
    const form = await readForm(c);
    const feed = parseInput(
      FeedSchema,
      { id: formText(form, 'id').trim(), name: formText(form, 'name').trim(), url: formText(form, 'url').trim(), section: formText(form, 'section'), kind: formText(form, 'kind') || 'rss', official: formText(form, 'official') === '1' },
      { id: 'Mã nguồn', name: 'Tên nguồn', url: 'Địa chỉ', section: 'Mục', kind: 'Loại' },
    );
    const catalog = await workflows.cell.catalog();
    if (catalog.feeds.some((existing) => existing.id === feed.id)) throw new InputError(`Mã nguồn "${feed.id}" đã có. Hãy chọn mã khác.`, 409);
    await workflows.cell.saveCatalog({ ...catalog, feeds: [...catalog.feeds, feed] });
    setFlash(c, { kind: 'ok', text: `Đã thêm nguồn "${feed.name}".` });
    return c.redirect('/sources', 303);
  });

  routes.post('/sources/:id/toggle', async (c) => {
    await readForm(c);
    const catalog = await workflows.cell.catalog();
    const feed = catalog.feeds.find((item) => item.id === c.req.param('id'));
    if (!feed) throw new InputError('Không tìm thấy nguồn này.', 404);
    await workflows.cell.saveCatalog({ ...catalog, feeds: catalog.feeds.map((item) => (item.id === feed.id ? { ...item, enabled: !item.enabled } : item)) });
    setFlash(c, { kind: 'ok', text: feed.enabled ? `Đã tắt nguồn "${feed.name}".` : `Đã bật nguồn "${feed.name}".` });
    return c.redirect('/sources', 303);
  });

  routes.post('/sources/:id/test', async (c) => {
    await readForm(c);
    const catalog = await workflows.cell.catalog();
    const feed = catalog.feeds.find((item) => item.id === c.req.param('id'));
    if (!feed) throw new InputError('Không tìm thấy nguồn này.', 404);
    let test: { feed: typeof feed; items: Awaited<ReturnType<AppEnv['Variables']['services']['engine']['testFeed']>> | null; error?: string };
    try {
      const items = await c.get('services').engine.testFeed(feed, await workflows.cell.runConfig(), { progress: noProgress, report: createRunReport(), signal: c.req.raw.signal });
      test = { feed, items };
    } catch (error) {
      if (!(error instanceof BantinError)) c.get('services').logger.error(`thử nguồn ${feed.id}`, error);
      test = { feed, items: null, error: error instanceof BantinError ? error.userMessage : `Không đọc được nguồn ${feed.url}. Kiểm tra địa chỉ hoặc thử lại sau.` };
    }
    return c.html(<SourcesPage session={c.get('session')!} cellName={cellName(c)} catalog={catalog} test={test} />);
  });

  routes.get('/members', async (c) => {
    const [members, accounts] = await Promise.all([workflows.cell.roster(), listAccounts(c.get('services').store)]);
    return c.html(<MembersPage session={c.get('session')!} cellName={cellName(c)} members={members} accounts={accounts} flash={takeFlash(c)} />);
  });

  routes.post('/members', async (c) => {
    const form = await readForm(c);
    const member = parseInput(MemberSchema, { name: formText(form, 'name').trim(), birthDate: formText(form, 'birthDate') }, { name: 'Họ và tên', birthDate: 'Ngày sinh' });
    const members = await workflows.cell.roster();
    await workflows.cell.saveRoster([...members, member].sort((a, b) => a.birthDate.slice(5).localeCompare(b.birthDate.slice(5))));
    setFlash(c, { kind: 'ok', text: `Đã thêm đồng chí ${member.name}.` });
    return c.redirect('/members', 303);
  });

  routes.post('/members/delete', async (c) => {
    const form = await readForm(c);
    const members = await workflows.cell.roster();
    const index = Number(formText(form, 'index'));
    if (!Number.isInteger(index) || !members[index]) throw new InputError('Không tìm thấy người này trong danh sách.', 404);
    await workflows.cell.saveRoster(members.filter((_, position) => position !== index));
    setFlash(c, { kind: 'ok', text: `Đã xóa ${members[index]!.name} khỏi danh sách.` });
    return c.redirect('/members', 303);
  });

  routes.post('/accounts', async (c) => {
    const form = await readForm(c);
    const input = parseInput(AccountSchema, { username: formText(form, 'username'), password: formText(form, 'password'), role: formText(form, 'role') }, { username: 'Tên đăng nhập', password: 'Mật khẩu', role: 'Quyền' });
    const services = c.get('services');
    const account = await saveAccount(services.store, services.passwords, input, services.now());
    if (account.username !== c.get('session')!.username) await endSessionsOf(services.store, account.username);
    setFlash(c, { kind: 'ok', text: `Đã lưu tài khoản "${account.username}".` });
    return c.redirect('/members', 303);
  });

  routes.post('/accounts/delete', async (c) => {
    const form = await readForm(c);
    const username = parseInput(UsernameSchema, formText(form, 'username'));
    if (username === c.get('session')!.username) throw new InputError('Không thể tự xóa tài khoản đang dùng.');
    await deleteAccount(c.get('services').store, username);
    await endSessionsOf(c.get('services').store, username);
    setFlash(c, { kind: 'ok', text: `Đã xóa tài khoản "${username}".` });
    return c.redirect('/members', 303);
  });

  routes.get('/topic', async (c) => {
    const services = c.get('services');
    const job = await workflows.runner.last(`${workflows.lane}:topic`);
    const maxUploadMb = Math.round((services.maxUploadBytes ?? 10 * 1024 * 1024) / 1024 / 1024);
    return c.html(<TopicPage session={c.get('session')!} cellName={cellName(c)} topics={await workflows.listTopics()} job={job} maxUploadMb={maxUploadMb} flash={takeFlash(c)} />);
  });

  routes.post('/topic', async (c) => {
    const form = await readForm(c);
    const title = formText(form, 'title').trim();
    if (!title) throw new InputError('Hãy nhập tên chuyên đề.');
    if (title.length > 300) throw new InputError('Tên chuyên đề quá dài (tối đa 300 ký tự).');
    const sources: TopicSource[] = [];
    const uploads = ([] as unknown[]).concat(form.files ?? []).filter((file): file is File => file instanceof File && file.size > 0);
    for (const file of uploads) {
      if (/["\\/\u0000-\u001f\u007f]/.test(file.name) || file.name.startsWith('.')) {
        throw new InputError(`Tên tệp "${file.name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80)}" có ký tự không cho phép (dấu nháy kép, dấu gạch chéo, ký tự điều khiển). Hãy đổi tên tệp rồi tải lên lại.`);
      }
      if (!TOPIC_TYPES.test(file.name)) throw new InputError(`Tệp “${file.name}” không đọc được: chỉ nhận ${TOPIC_FILE_TYPES.join(', ')}.`);
      sources.push({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    for (const line of formText(form, 'urls').split(/\r?\n/).map((value) => value.trim()).filter(Boolean)) {
      const url = parseInput(z.url({ protocol: /^https?$/, error: `Đường dẫn "${line.slice(0, 80)}" không hợp lệ.` }), line);
      sources.push({ kind: 'url', url });
    }
    if (sources.length === 0) throw new InputError('Hãy chọn ít nhất một tệp hoặc nhập một đường dẫn làm tài liệu nguồn.');
    const { job, started } = await workflows.startTopic(c.get('session')!, title, sources);
    if (!started) setFlash(c, { kind: 'info', text: 'Đang có một trình chiếu chuyên đề được dựng; hãy chờ xong.' });
    return c.redirect(`/jobs/${job.id}`, 303);
  });

  return routes;
}
