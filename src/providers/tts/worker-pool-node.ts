import { Worker } from 'node:worker_threads';

/** A fixed-size pool of worker threads answering `{ id, ... }` messages with `{ id, ... }`. */
export interface WorkerPool<Job, Reply> {
  run(job: Job, options: { timeoutMs: number; signal?: AbortSignal }): Promise<Reply>;
  /** Spawns every worker now, so their start-up overlaps other work. */
  start(): void;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending<Job, Reply> {
  job: Job;
  timeoutMs: number;
  signal?: AbortSignal;
  resolve: (reply: Reply) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs jobs on up to `size` workers, one job per worker at a time. A job that overruns its
 * timeout (or is aborted) terminates its worker, which is replaced on the next job: a
 * synchronous WebAssembly call cannot be interrupted any other way.
 */
export function createWorkerPool<Job extends object, Reply extends { error?: string }>(options: {
  script: URL;
  size: number;
  workerData?: unknown;
  describe: (job: Job) => string;
}): WorkerPool<Job, Reply> {
  const slots: Slot[] = [];
  const queue: Pending<Job, Reply>[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(options.script, { workerData: options.workerData }), busy: false };
    slot.worker.unref();
    // A worker that dies while idle must not be handed the next job.
    slot.worker.once('exit', () => forget(slot));
    slots.push(slot);
    return slot;
  };

  const forget = (slot: Slot) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  };

  const retire = (slot: Slot) => {
    forget(slot);
    void slot.worker.terminate();
  };

  const pump = () => {
    while (queue.length > 0) {
      const slot = slots.find((candidate) => !candidate.busy) ?? (slots.length < options.size ? spawn() : undefined);
      if (!slot) return;
      execute(slot, queue.shift()!);
    }
  };

  const execute = (slot: Slot, pending: Pending<Job, Reply>) => {
    if (pending.signal?.aborted) {
      pending.reject(pending.signal.reason);
      return;
    }
    slot.busy = true;
    const id = nextId++;
    const finish = (settle: () => void, kill: boolean) => {
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      pending.signal?.removeEventListener('abort', onAbort);
      if (kill) retire(slot);
      else slot.busy = false;
      settle();
      pump();
    };
    const onMessage = (reply: Reply & { id: number }) => {
      if (reply.id !== id) return;
      if (reply.error !== undefined) finish(() => pending.reject(new Error(`${options.describe(pending.job)}: ${reply.error}`)), false);
      else finish(() => pending.resolve(reply), false);
    };
    const onError = (error: Error) => finish(() => pending.reject(new Error(`${options.describe(pending.job)}: worker crashed: ${error.message}`, { cause: error })), true);
    const onExit = (code: number) => finish(() => pending.reject(new Error(`${options.describe(pending.job)}: worker exited with code ${code}`)), true);
    const onAbort = () => finish(() => pending.reject(pending.signal!.reason), true);
    const timer = setTimeout(
      () => finish(() => pending.reject(new Error(`${options.describe(pending.job)}: no answer within ${pending.timeoutMs} ms; worker restarted`)), true),
      pending.timeoutMs,
    );
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    pending.signal?.addEventListener('abort', onAbort, { once: true });
    slot.worker.postMessage({ ...pending.job, id });
  };

  return {
    run(job, runOptions) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      return new Promise<Reply>((resolve, reject) => {
        queue.push({ job, timeoutMs: runOptions.timeoutMs, signal: runOptions.signal, resolve, reject });
        pump();
      });
    },
    start() {
      while (!closed && slots.length < options.size) spawn();
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('worker pool closed'));
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
