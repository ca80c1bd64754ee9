import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireUser } from '../http-helpers.ts';
import { BULLETIN_FILES, BULLETIN_ID_PATTERN, type BulletinFileName, type BulletinRecord, canSee, isBulletinFileName, publishedFileKey } from '../state/bulletins.ts';
import type { Workflows } from '../workflows.ts';
import { zipBulletinFiles } from '../bulletin-zip.ts';

const TOPIC_ID = /^[a-z0-9x]{6,32}$/;
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Published files by bulletin id and a fixed file name: the store key is built only from a validated
 * id and a whitelisted name, never from the request path, so "..", "%2f", "%5C" or "//" lead nowhere.
 */
export function fileRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  routes.use('/files/*', requireUser);

  routes.get('/files/topic/:id', async (c) => {
    const id = c.req.param('id');
    if (!TOPIC_ID.test(id)) return c.notFound();
    // Members download published topic decks only; editors also see drafts.
    if (c.get('session')!.role !== 'editor') {
      const topic = await workflows.getTopic(id);
      if (!topic?.record.published) return c.notFound();
    }
    const bytes = await c.get('services').files.get(`topic-${id}/chuyen-de.pptx`);
    if (!bytes) return c.notFound();
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': PPTX,
      'content-disposition': `attachment; filename="chuyen-de-${id}.pptx"`,
      'cache-control': 'private, no-cache',
    });
  });

  // Every file of one revision: the record is read once, so a publish in between cannot mix two.
  routes.get('/files/:id/ban-tin.zip', async (c) => {
    const id = c.req.param('id');
    if (!BULLETIN_ID_PATTERN.test(id)) return c.notFound();
    const record = await workflows.bulletins.getRecord(id);
    if (!record || record.files.length === 0 || !canSee(c.get('session')!.role, record)) return c.notFound();
    const revision = Number(c.req.query('v'));
    const folder = `ban-tin-${record.meetingDate}`;
    const stream = await zipBulletinFiles(folder, record.files, (name) => c.get('services').files.get(publishedFileKey(record, name as BulletinFileName, revision)));
    return c.body(stream, 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${folder}.zip"`,
      'cache-control': 'private, no-cache',
    });
  });

  routes.get('/files/:id/:name', async (c) => {
    const id = c.req.param('id');
    const name = c.req.param('name');
    if (!BULLETIN_ID_PATTERN.test(id) || !isBulletinFileName(name)) return c.notFound();
    const record = await workflows.bulletins.getRecord(id);
    if (!record || !record.files.includes(name) || !canSee(c.get('session')!.role, record)) return c.notFound();
    return sendBulletinFile(c, record, name);
  });

  return routes;
}

/** One published file of `record`, with Range support; the share link serves its files through it too. */
export async function sendBulletinFile(c: Context<AppEnv>, record: BulletinRecord, name: BulletinFileName): Promise<Response> {
  // ?v= names the revision the page was built from, so its player never mixes two revisions.
  const bytes = await c.get('services').files.get(publishedFileKey(record, name, Number(c.req.query('v'))));
  if (!bytes) return c.notFound();
  const info = BULLETIN_FILES[name];
  // briefing.html is for opening offline beside the MP3; this origin's CSP would block its inline script anyway.
  const download = c.req.query('download') !== undefined || name === 'briefing.html';
  const headers: Record<string, string> = {
    'content-type': info.type,
    'cache-control': 'private, no-cache',
    'accept-ranges': 'bytes',
    'content-disposition': `${download ? 'attachment' : 'inline'}; filename="ban-tin-${record.meetingDate}.${info.extension}"`,
  };
  // Browsers seek in audio with Range requests; without 206 answers the chapters cannot jump.
  const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header('range') ?? '');
  if (range && (range[1] || range[2])) {
    const size = bytes.length;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) return c.body(null, 416, { 'content-range': `bytes */${size}` });
    return c.body(bytes.slice(start, end + 1) as Uint8Array<ArrayBuffer>, 206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}` });
  }
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers);
}
