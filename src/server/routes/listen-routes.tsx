import { Hono, type Context } from 'hono';
import { BriefingSchema } from '../../domain/briefing.ts';
import { SegmentsFileSchema, type SegmentsFile } from '../../domain/segments.ts';
import { getJson } from '../../providers/storage/storage.ts';
import type { AppEnv } from '../app-env.ts';
import { takeFlash } from '../flash.ts';
import { requireUser } from '../http-helpers.ts';
import { canSee, isReleased, publishedFileKey, type BulletinRecord } from '../state/bulletins.ts';
import { createShareLinks } from '../state/share-links.ts';
import { qrSvg } from '../qr-svg.ts';
import { ArchivePage } from '../views/archive-page.tsx';
import { BulletinPage, NoBulletinPage, type ShareView } from '../views/bulletin-page.tsx';
import { JobPage } from '../views/generate-page.tsx';
import type { Workflows } from '../workflows.ts';

/** Pages every member may open: the latest bulletin, the archive, a job's progress. */
export function listenRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();
  const cellName = (c: Context<AppEnv>) => c.get('services').config.cell.name;

  /** For an editor on a released bulletin: its share link (null when none), else undefined (no share box). */
  async function shareView(c: Context<AppEnv>, record: BulletinRecord): Promise<ShareView | null | undefined> {
    if (c.get('session')!.role !== 'editor' || !isReleased(record)) return undefined;
    const link = await createShareLinks(c.get('services').store, c.get('services').now).current(record.id);
    if (!link) return null;
    const url = new URL(`/s/${link.token}`, c.req.url).href;
    return { url, expiresAt: link.expiresAt, qrSvg: qrSvg(url) };
  }

  async function showBulletin(c: Context<AppEnv>, record: BulletinRecord, isLatest: boolean) {
    const files = c.get('services').files;
    // The player shows what was rendered (the published briefing.json), not a draft edited since.
    const published = await getJson<unknown>(files, publishedFileKey(record, 'briefing.json'));
    const briefing = published ? BriefingSchema.parse(published) : await workflows.bulletins.getDraft(record.id);
    if (!briefing) return c.notFound();
    const segmentsJson = record.files.includes('segments.json') ? await getJson<unknown>(files, publishedFileKey(record, 'segments.json')) : null;
    const segments: SegmentsFile | null = segmentsJson ? SegmentsFileSchema.parse(segmentsJson) : null;
    const share = await shareView(c, record);
    return c.html(<BulletinPage session={c.get('session')!} record={record} briefing={briefing} segments={segments} isLatest={isLatest} cellName={cellName(c)} flash={takeFlash(c)} share={share} />);
  }

  routes.get('/', requireUser, async (c) => {
    const record = await workflows.bulletins.latestPublished(c.get('session')!.role);
    if (!record) return c.html(<NoBulletinPage session={c.get('session')!} cellName={cellName(c)} flash={takeFlash(c)} />);
    return showBulletin(c, record, true);
  });

  routes.get('/bulletins/:id', requireUser, async (c) => {
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record || !record.renderedAt || !canSee(c.get('session')!.role, record)) return c.notFound();
    const latest = await workflows.bulletins.latestPublished(c.get('session')!.role);
    return showBulletin(c, record, latest?.id === record.id);
  });

  routes.get('/archive', requireUser, async (c) => {
    return c.html(<ArchivePage session={c.get('session')!} cellName={cellName(c)} records={(await workflows.bulletins.list()).filter((record) => canSee(c.get('session')!.role, record))} flash={takeFlash(c)} />);
  });

  routes.get('/jobs/:id', requireUser, async (c) => {
    const job = await workflows.runner.get(c.req.param('id'));
    if (!job) return c.notFound();
    return c.html(<JobPage session={c.get('session')!} cellName={cellName(c)} job={job} flash={takeFlash(c)} />);
  });

  return routes;
}
