import { BantinError } from '../domain/errors.ts';
import type { GenerationQueue } from '../server/runtime-api.ts';
import { bulletinJob, jobIdOf } from './bulletin-job.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { failBulletin, type BulletinRow } from './shared-work.ts';
import { tickOf } from './schedule.ts';

const RUNNING = "status NOT IN ('published', 'failed')";

/**
 * "Tạo bản tin" on a cell's web page, on Workers: the run goes through the same queues as the
 * schedule (a `start` message for the cell), so it has no request time limit and shares the hour's
 * feed fetches, summaries and voicing with every other cell. The bulletin row in D1 is the job:
 * its status is the progress the page shows. One unfinished bulletin per cell at a time, scheduled
 * or not. The row is per cell and meeting date (D1's unique key): a second run on the same day
 * reuses a finished row, while the web app keeps every run's bulletin under its own id.
 */
export function createQueuedGeneration(cellId: string, deps: ScaleDeps, randomId: (bytes?: number) => string): GenerationQueue {
  const job = (row: BulletinRow) => bulletinJob(row, deps);
  const runningRow = () => deps.db.prepare(`SELECT * FROM bulletins WHERE cell_id = ? AND ${RUNNING} ORDER BY created_at DESC LIMIT 1`).bind(cellId).first<BulletinRow>();

  return {
    async start({ window, startedBy }) {
      const now = deps.now();
      const date = tickOf(now).date;
      const id = `${cellId}/${date}`;
      const jobId = randomId(12);
      const webId = `${date}-${randomId(4).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
      const run = [window.since, window.until, now.toISOString(), jobId, webId, startedBy] as const;
      // Each statement checks "nothing else running for this cell" itself: D1 runs one write at a time, so two presses cannot both start.
      const [inserted] = await deps.db.batch([
        deps.db
          .prepare(`INSERT INTO bulletins (id, cell_id, meeting_date, window_since, window_until, status, created_at, job_id, web_id, started_by) SELECT ?, ?, ?, ?, ?, 'collecting', ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM bulletins WHERE cell_id = ? AND (meeting_date = ? OR ${RUNNING}))`)
          .bind(id, cellId, date, ...run, cellId, date),
      ]);
      let started = inserted!.meta.changes === 1;
      if (!started) {
        const [rearmed] = await deps.db.batch([
          deps.db
            .prepare(`UPDATE bulletins SET status = 'collecting', error = NULL, window_since = ?, window_until = ?, created_at = ?, published_at = NULL, job_id = ?, web_id = ?, started_by = ? WHERE id = ? AND status IN ('published', 'failed') AND NOT EXISTS (SELECT 1 FROM bulletins WHERE cell_id = ? AND ${RUNNING})`)
            .bind(...run, id, cellId),
          // The earlier run's waits would feed its old harvests into this one.
          deps.db.prepare('DELETE FROM bulletin_waits WHERE bulletin_id = ? AND EXISTS (SELECT 1 FROM bulletins WHERE id = ? AND job_id = ?)').bind(id, id, jobId),
        ]);
        started = rearmed!.meta.changes === 1;
      }
      if (!started) {
        const running = await runningRow();
        if (running) return { job: await job(running), started: false };
        throw new BantinError('server', 'Không bắt đầu được bản tin vì một lần tạo khác vừa kết thúc. Hãy bấm "Tạo bản tin" lần nữa.');
      }
      try {
        await deps.send([{ kind: 'start', cellId, at: now.toISOString() }]);
      } catch (error) {
        await failBulletin(deps.db, id, 'Không gửi được việc tạo bản tin vào hàng đợi. Hãy thử lại sau ít phút.');
        throw error;
      }
      const row = await deps.db.prepare('SELECT * FROM bulletins WHERE id = ?').bind(id).first<BulletinRow>();
      return { job: await job(row!), started: true };
    },

    async get(jobId) {
      const row = await deps.db
        .prepare("SELECT * FROM bulletins WHERE cell_id = ? AND (job_id = ? OR (job_id IS NULL AND 'lich-' || meeting_date = ?))")
        .bind(cellId, jobId, jobId)
        .first<BulletinRow>();
      return row && jobIdOf(row) === jobId ? job(row) : null;
    },

    async last() {
      const row = await deps.db.prepare('SELECT * FROM bulletins WHERE cell_id = ? ORDER BY created_at DESC LIMIT 1').bind(cellId).first<BulletinRow>();
      return row ? job(row) : null;
    },
  };
}
