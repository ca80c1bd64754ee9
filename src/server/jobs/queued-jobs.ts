import type { GenerationQueue } from '../services.ts';
import type { JobRecord } from './job-record.ts';
import type { JobRunner } from './job-runner.ts';

/** How often a progress stream re-reads a queued job (it changes step by step, not byte by byte). */
const POLL_MS = 2_000;

/**
 * The job runner as the pages see it when generation runs in a queue: jobs are looked up in the
 * queue first, then in this process; a progress stream on a queued job polls it. Render and topic
 * jobs still run in this process.
 */
export function withQueuedGeneration(local: JobRunner, queue: GenerationQueue, lane: string): JobRunner {
  return {
    ...local,
    async get(id: string): Promise<JobRecord | null> {
      return (await queue.get(id)) ?? local.get(id);
    },
    async last(name: string): Promise<JobRecord | null> {
      if (name !== lane) return local.last(name);
      const [queued, here] = await Promise.all([queue.last(), local.last(name)]);
      if (!queued || !here) return queued ?? here;
      if (queued.status === 'running' || here.status === 'running') return queued.status === 'running' ? queued : here;
      return queued.startedAt >= here.startedAt ? queued : here;
    },
    subscribe(id: string, listener: (job: JobRecord) => void): () => void {
      const unsubscribe = local.subscribe(id, listener);
      let seen = '';
      let stopped = false;
      const timer = setInterval(() => {
        queue.get(id).then(
          (job) => {
            if (stopped) return;
            if (!job || job.status !== 'running') clearInterval(timer);
            const text = job ? JSON.stringify(job) : '';
            if (job && text !== seen) {
              seen = text;
              listener(job);
            }
          },
          // A failed read (storage hiccup) is simply tried again on the next tick.
          () => undefined,
        );
      }, POLL_MS);
      return () => {
        stopped = true;
        clearInterval(timer);
        unsubscribe();
      };
    },
    async wait(id: string): Promise<JobRecord | null> {
      return (await queue.get(id)) ?? local.wait(id);
    },
  };
}
