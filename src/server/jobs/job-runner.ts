import { BantinError } from '../../domain/errors.ts';
import type { FeedStatus } from '../../domain/collected.ts';
import type { Progress, StageName } from '../../domain/progress.ts';
import { createRunReport, type RunReport } from '../../domain/run-report.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import type { Logger } from '../services.ts';
import { initialStages, settleStages, type JobKind, type JobRecord } from './job-record.ts';

export interface JobTaskContext {
  progress: Progress;
  report: RunReport;
  signal: AbortSignal;
  setFeeds(feeds: Array<FeedStatus & { name?: string }>): void;
}

export interface JobSpec<T extends JobRecord['result']> {
  kind: JobKind;
  lane: string;
  title: string;
  startedBy: string;
  stages: readonly StageName[];
  task: (context: JobTaskContext) => Promise<T>;
}

type Listener = (job: JobRecord) => void;

interface Active {
  job: JobRecord;
  controller: AbortController;
  listeners: Set<Listener>;
  finished: Promise<JobRecord>;
  saveTimer?: ReturnType<typeof setTimeout>;
}

const PERSIST_DELAY_MS = 400;

/**
 * Runs long tasks in this process, one per lane at a time. State goes to the store (debounced while
 * running, at once when finished), and every change is fanned out to subscribers (the SSE streams).
 */
export function createJobRunner(deps: { store: Storage; now: () => Date; randomId: () => string; logger: Logger }) {
  const active = new Map<string, Active>();
  const lanes = new Map<string, string>();

  const save = (job: JobRecord) => putJson(deps.store, `jobs/${job.id}`, job);
  const notify = (entry: Active) => {
    for (const listener of entry.listeners) listener(entry.job);
  };
  const scheduleSave = (entry: Active) => {
    if (entry.saveTimer) return;
    entry.saveTimer = setTimeout(() => {
      entry.saveTimer = undefined;
      if (entry.job.status === 'running') save(entry.job).catch((error) => deps.logger.error(`không lưu được việc ${entry.job.id}`, error));
    }, PERSIST_DELAY_MS);
  };

  function start<T extends JobRecord['result']>(spec: JobSpec<T>): { job: JobRecord; started: boolean } {
    // Checked and claimed synchronously: two requests arriving together cannot both start a run.
    const runningId = lanes.get(spec.lane);
    const running = runningId ? active.get(runningId) : undefined;
    if (running) return { job: running.job, started: false };

    const job: JobRecord = {
      id: deps.randomId(),
      kind: spec.kind,
      lane: spec.lane,
      title: spec.title,
      status: 'running',
      startedBy: spec.startedBy,
      startedAt: deps.now().toISOString(),
      stages: initialStages(spec.stages),
      problems: [],
      feeds: [],
    };
    const controller = new AbortController();
    const report = createRunReport();
    const entry: Active = { job, controller, listeners: new Set(), finished: Promise.resolve(job) };
    active.set(job.id, entry);
    lanes.set(spec.lane, job.id);

    const progress: Progress = (event) => {
      const index = job.stages.findIndex((stage) => stage.stage === event.stage);
      if (index < 0) return;
      job.stages.forEach((stage, position) => {
        if (position < index && stage.state !== 'waiting') stage.state = 'done';
      });
      const stage = job.stages[index]!;
      stage.done = event.done;
      stage.total = event.total;
      if (event.message !== undefined) stage.message = event.message;
      stage.state = event.total > 0 && event.done >= event.total ? 'done' : 'running';
      notify(entry);
      scheduleSave(entry);
    };
    report.add = (problem) => {
      report.problems.push(problem);
      job.problems = [...report.problems];
      notify(entry);
      scheduleSave(entry);
    };
    const context: JobTaskContext = {
      progress,
      report,
      signal: controller.signal,
      setFeeds(feeds) {
        job.feeds = feeds;
        notify(entry);
        scheduleSave(entry);
      },
    };

    entry.finished = (async () => {
      await save(job);
      await putJson(deps.store, `lanes/${encodeURIComponent(spec.lane)}/last`, { jobId: job.id });
      try {
        job.result = await spec.task(context);
        job.status = 'done';
        for (const stage of job.stages) if (stage.state === 'running') stage.state = 'done';
      } catch (error) {
        if (controller.signal.aborted) {
          job.status = 'cancelled';
        } else {
          job.status = 'failed';
          job.error = describeJobError(error, job);
          deps.logger.error(`việc ${job.id} (${job.kind}) thất bại`, error);
        }
      } finally {
        job.stages = settleStages(job.stages, job.status);
        job.finishedAt = deps.now().toISOString();
        if (entry.saveTimer) clearTimeout(entry.saveTimer);
        lanes.delete(spec.lane);
        active.delete(job.id);
        await save(job).catch((error) => deps.logger.error(`không lưu được việc ${job.id}`, error));
        notify(entry);
        entry.listeners.clear();
      }
      return job;
    })();
    return { job, started: true };
  }

  return {
    start,
    /** The job's current state; a job left "running" by a previous process is reported as failed. */
    async get(id: string): Promise<JobRecord | null> {
      const live = active.get(id);
      if (live) return live.job;
      if (!/^[A-Za-z0-9_-]{6,64}$/.test(id)) return null;
      const stored = await getJson<JobRecord>(deps.store, `jobs/${id}`);
      if (stored?.status === 'running') {
        stored.status = 'failed';
        stored.error = 'Máy chủ đã khởi động lại trong khi việc này đang chạy. Hãy chạy lại.';
        stored.stages = settleStages(stored.stages, stored.status);
        stored.finishedAt = deps.now().toISOString();
        await save(stored);
      }
      return stored;
    },
    /** The running job of a lane, if any. */
    running(lane: string): JobRecord | null {
      const id = lanes.get(lane);
      return id ? (active.get(id)?.job ?? null) : null;
    },
    /** The most recent job of a lane (running or finished). */
    async last(lane: string): Promise<JobRecord | null> {
      const running = this.running(lane);
      if (running) return running;
      const pointer = await getJson<{ jobId: string }>(deps.store, `lanes/${encodeURIComponent(lane)}/last`);
      return pointer ? this.get(pointer.jobId) : null;
    },
    cancel(id: string): boolean {
      const entry = active.get(id);
      if (!entry) return false;
      entry.controller.abort(new BantinError('server', 'Người dùng đã hủy.'));
      return true;
    },
    /** Calls `listener` on every change until the job ends; returns the unsubscribe function. */
    subscribe(id: string, listener: Listener): () => void {
      const entry = active.get(id);
      if (!entry) return () => {};
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    /** Cancels every running job and waits for them to end (server shutdown). */
    async stopAll(): Promise<void> {
      const entries = [...active.values()];
      for (const entry of entries) entry.controller.abort(new BantinError('server', 'Máy chủ đang dừng.'));
      await Promise.allSettled(entries.map((entry) => entry.finished));
    },
    /** Resolves when the job ends (tests and shutdown). */
    async wait(id: string): Promise<JobRecord | null> {
      const entry = active.get(id);
      return entry ? entry.finished : this.get(id);
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;

/** A Vietnamese reason for the page; unexpected errors go to the server log, never to the screen. */
function describeJobError(error: unknown, job: JobRecord): string {
  if (error instanceof BantinError) return error.userMessage;
  const stage = job.stages.find((item) => item.state === 'running');
  const where = stage ? ` ở bước "${stage.label}"` : '';
  return `Đã xảy ra lỗi không mong đợi${where}. Chi tiết đã được ghi vào nhật ký máy chủ; hãy thử chạy lại.`;
}
