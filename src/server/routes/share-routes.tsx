import { Hono, type Context } from 'hono';
import { BriefingSchema } from '../../domain/briefing.ts';
import { SegmentsFileSchema } from '../../domain/segments.ts';
import { getJson } from '../../providers/storage/storage.ts';
import type { AppEnv } from '../app-env.ts';
import { setFlash } from '../flash.ts';
import { InputError, formText, readForm, requireEditor } from '../http-helpers.ts';
import { BULLETIN_ID_PATTERN, isBulletinFileName, isReleased, publishedFileKey } from '../state/bulletins.ts';
import { createShareLinks } from '../state/share-links.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { SharedBulletinPage } from '../views/shared-bulletin-page.tsx';
import type { Workflows } from '../workflows.ts';
import { sendBulletinFile } from './file-routes.ts';

export const SHARE_DAYS = [1, 3, 7, 14, 30] as const;

/** Read-only share links: editors create and revoke them; anyone holding one listens without an account. */
export function shareRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  const links = (c: Context<AppEnv>) => createShareLinks(c.get('services').store, c.get('services').now);

  routes.post('/bulletins/:id/share', requireEditor, async (c) => {
    const form = await readForm(c);
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record || !record.renderedAt) return c.notFound();
    if (!isReleased(record)) throw new InputError('Bản tin chưa phát hành: hãy bấm "Phát hành" trước khi tạo liên kết chia sẻ.');
    const days = Number(formText(form, 'days') || 7);
    if (!(SHARE_DAYS as readonly number[]).includes(days)) throw new InputError(`Thời hạn liên kết phải là một trong ${SHARE_DAYS.join(', ')} ngày.`);
    await links(c).create(record.id, days, c.get('session')!.username);
    setFlash(c, { kind: 'ok', text: `Đã tạo liên kết chia sẻ, dùng được ${days} ngày. Liên kết cũ (nếu có) không còn dùng được.` });
    return c.redirect(`/bulletins/${record.id}#chia-se`, 303);
  });

  routes.post('/bulletins/:id/share/revoke', requireEditor, async (c) => {
    await readForm(c);
    const id = c.req.param('id');
    if (!BULLETIN_ID_PATTERN.test(id)) return c.notFound();
    await links(c).revoke(id);
    setFlash(c, { kind: 'ok', text: 'Đã thu hồi liên kết chia sẻ: người có liên kết không mở được nữa.' });
    return c.redirect(`/bulletins/${id}#chia-se`, 303);
  });

  /** The record a token opens with its link, if the token is valid, unrevoked, unexpired and the bulletin is released. */
  async function opened(c: Context<AppEnv>) {
    const link = await links(c).open(c.req.param('token') ?? '');
    const record = link ? await workflows.bulletins.getRecord(link.bulletinId) : null;
    return link && record && record.renderedAt && isReleased(record) ? { record, link } : null;
  }

  routes.get('/s/:token', async (c) => {
    const shared = await opened(c);
    if (!shared) {
      return c.html(
        <ErrorPage
          session={c.get('session') ?? null}
          cellName={c.get('services').config.cell.name}
          title="Liên kết chia sẻ không dùng được"
          message="Liên kết này không đúng, đã hết hạn hoặc đã bị thu hồi. Hãy xin người đã gửi liên kết một liên kết mới. Đảng viên có tài khoản có thể đăng nhập để nghe bản tin."
          link={{ href: '/login', label: 'Đăng nhập' }}
        />,
        404,
      );
    }
    const { record, link } = shared;
    const files = c.get('services').files;
    const briefingJson = await getJson<unknown>(files, publishedFileKey(record, 'briefing.json'));
    if (!briefingJson) return c.notFound();
    const segmentsJson = record.files.includes('segments.json') ? await getJson<unknown>(files, publishedFileKey(record, 'segments.json')) : null;
    const token = c.req.param('token');
    c.header('referrer-policy', 'no-referrer');
    return c.html(
      <SharedBulletinPage
        record={record}
        briefing={BriefingSchema.parse(briefingJson)}
        segments={segmentsJson ? SegmentsFileSchema.parse(segmentsJson) : null}
        cellName={c.get('services').config.cell.name}
        fileUrl={(name) => `/s/${token}/${name}?v=${record.revision}`}
        expiresAt={link.expiresAt}
      />,
    );
  });

  routes.get('/s/:token/:name', async (c) => {
    const name = c.req.param('name');
    if (name !== 'briefing.mp3' && name !== 'briefing.vtt') return c.notFound();
    const record = (await opened(c))?.record;
    if (!record || !isBulletinFileName(name) || !record.files.includes(name)) return c.notFound();
    return sendBulletinFile(c, record, name);
  });

  return routes;
}
