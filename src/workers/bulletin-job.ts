import { STAGES, type StageName } from '../domain/progress.ts';
import { getJson } from '../providers/storage/storage.ts';
import { initialStages, settleStages, type JobRecord } from '../server/runtime-api.ts';
import { planKey, webBulletinId } from './bulletin-steps.ts';
import type { ScaleDeps } from './scale-deps.ts';
import type { BulletinRow, BulletinStatus, WorkKind } from './shared-work.ts';


/** Which stages each bulletin status has finished, and which it is running. */
const PHASES: Record<Exclude<BulletinStatus, 'failed'>, { done: readonly StageName[]; running: readonly StageName[] }> = {
  collecting: { done: [], running: ['collect'] },
  writing: { done: ['collect', 'cluster', 'select'], running: ['extract', 'write', 'check'] },
  speaking: { done: ['collect', 'cluster', 'select', 'extract', 'write', 'check'], running: ['speak'] },
  assembling: { done: ['collect', 'cluster', 'select', 'extract', 'write', 'check', 'speak'], running: ['deck', 'publish'] },
  published: { done: STAGES, running: [] },
};

/** The stage whose counts each kind of shared work gives. */
const COUNTED: Record<WorkKind, StageName[]> = { feed: ['collect'], story: ['extract', 'write'], segment: ['speak'] };

/** The id the web page polls: its own for a web-started run, the web bulletin id for a scheduled one. */
export const jobIdOf = (row: BulletinRow) => row.job_id ?? webBulletinId(row);

/**
 * A queued bulletin as the web app's job page shows it: the D1 status gives the stage, the shared
 * work it waits on gives the counts, the plan in the cell's folder gives each feed's status.
 */
export async function bulletinJob(row: BulletinRow, deps: Pick<ScaleDeps, 'db' | 'cellStorage'>): Promise<JobRecord> {
  const { results } = await deps.db
    .prepare('SELECT s.kind, s.status, COUNT(*) AS n FROM bulletin_waits w JOIN shared_work s ON s.key = w.work_key WHERE w.bulletin_id = ? GROUP BY s.kind, s.status')
    .bind(row.id)
    .all<{ kind: WorkKind; status: string; n: number }>();
  const counts = new Map<WorkKind, { done: number; total: number }>();
  for (const { kind, status, n } of results) {
    const count = counts.get(kind) ?? { done: 0, total: 0 };
    count.total += n;
    if (status !== 'queued') count.done += n;
    counts.set(kind, count);
  }
  // A failed run stopped at the furthest step it had reached.
  const reached: Exclude<BulletinStatus, 'failed'> = row.status !== 'failed' ? row.status : counts.has('segment') ? 'speaking' : counts.has('story') ? 'writing' : 'collecting';
  const phase = PHASES[reached];
  const stages = initialStages(STAGES).map((stage) => {
    const kind = (Object.keys(COUNTED) as WorkKind[]).find((candidate) => COUNTED[candidate].includes(stage.stage));
    const count = kind ? counts.get(kind) : undefined;
    const state = phase.done.includes(stage.stage) ? 'done' : phase.running.includes(stage.stage) ? 'running' : 'waiting';
    return { ...stage, state, done: count?.done ?? (state === 'done' ? 1 : 0), total: count?.total ?? (state === 'done' ? 1 : 0) } satisfies JobRecord['stages'][number];
  });
  const plan = reached === 'collecting' ? null : await getJson<{ feeds: JobRecord['feeds'] }>(deps.cellStorage(row.cell_id).store, planKey(row.id));
  const feeds = plan?.feeds ?? [];
  return {
    id: jobIdOf(row),
    kind: 'generate',
    lane: `cell:${row.cell_id}`,
    title: row.started_by ? 'Tạo bản tin' : 'Bản tin theo lịch họp',
    status: row.status === 'published' ? 'done' : row.status === 'failed' ? 'failed' : 'running',
    startedBy: row.started_by ?? 'lịch tự động',
    startedAt: row.created_at,
    ...(row.published_at ? { finishedAt: row.published_at } : {}),
    stages: settleStages(stages, row.status === 'failed' ? 'failed' : 'running'),
    problems: feeds.filter((feed) => feed.error).map((feed) => ({ stage: 'collect', item: feed.name ?? feed.id, reason: feed.error! })),
    feeds,
    ...(row.status === 'failed' ? { error: row.error ?? 'Không tạo được bản tin.' } : {}),
    ...(row.status === 'published' ? { result: { bulletinId: webBulletinId(row) } } : {}),
  };
}
