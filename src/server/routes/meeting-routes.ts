import { Hono } from 'hono';
import { BriefingSchema } from '../../domain/briefing.ts';
import { SegmentsFileSchema } from '../../domain/segments.ts';
import { getJson, getText } from '../../providers/storage/storage.ts';
import { buildMeetingHtml } from '../../stages/meeting/build-meeting-html.ts';
import { parseVtt } from '../../stages/meeting/parse-vtt.ts';
import type { AppEnv } from '../app-env.ts';
import { requireUser } from '../http-helpers.ts';
import { canSee, fileUrl, publishedFileKey } from '../state/bulletins.ts';
import type { Workflows } from '../workflows.ts';

/**
 * Meeting mode (Trình chiếu) of a rendered bulletin: the same presentation as its briefing.html,
 * with its script and stylesheet linked from /static/ for the app's Content-Security-Policy.
 */
export function meetingRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();

  routes.get('/bulletins/:id/meeting', requireUser, async (c) => {
    const record = await workflows.bulletins.getRecord(c.req.param('id'));
    if (!record || !record.renderedAt || !canSee(c.get('session')!.role, record) || !record.files.includes('briefing.mp3') || !record.files.includes('segments.json')) return c.notFound();
    const files = c.get('services').files;
    const [briefing, segments, vtt] = await Promise.all([
      getJson<unknown>(files, publishedFileKey(record, 'briefing.json')),
      getJson<unknown>(files, publishedFileKey(record, 'segments.json')),
      record.files.includes('briefing.vtt') ? getText(files, publishedFileKey(record, 'briefing.vtt')) : Promise.resolve(null),
    ]);
    if (!briefing || !segments) return c.notFound();
    const html = buildMeetingHtml(
      { briefing: BriefingSchema.parse(briefing), segments: SegmentsFileSchema.parse(segments), cues: vtt ? parseVtt(vtt) : [] },
      { audioSrc: fileUrl(record, 'briefing.mp3'), assets: { styleHref: '/static/meeting.css', scriptSrc: '/static/meeting.js' }, backHref: `/bulletins/${record.id}` },
    );
    return c.html(html);
  });

  return routes;
}
