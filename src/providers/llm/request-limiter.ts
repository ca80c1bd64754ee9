/**
 * The model server's capacity as one summarizer sees it, shared by every story it writes. At most
 * `limit` requests are in flight (the configured concurrency at first); after a 429 every request (not only the one retried) waits out the
 * server's Retry-After and the limit halves, then grows back by one per `limit` successes
 * (additive increase, multiplicative decrease, as TCP and the OpenAI cookbook recommend).
 */
export interface RequestLimiter {
  /** Runs `task` once a slot is free and no cool-down is on; a queued task leaves when `signal` aborts. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** The server said 429: nobody starts a request for `waitMs`, and fewer run at once afterwards. */
  slowDown(waitMs: number): void;
  /** A request succeeded: the limit creeps back towards its maximum. */
  succeeded(): void;
  /** Requests allowed in flight now. */
  readonly limit: number;
  /** Requests in flight now. */
  readonly active: number;
}

export interface RequestLimiterOptions {
  /** Most requests in flight (llm.concurrency); unbounded when absent, until a 429 sets a limit. */
  maxConcurrency?: number;
  now?: () => number;
}

interface Waiter {
  wake: () => void;
}

export function createRequestLimiter(options: RequestLimiterOptions): RequestLimiter {
  const max = options.maxConcurrency === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(options.maxConcurrency));
  const now = options.now ?? Date.now;
  let limit = max;
  let active = 0;
  let successes = 0;
  let coolUntil = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const queue: Waiter[] = [];

  function pump(): void {
    const wait = coolUntil - now();
    if (wait > 0) {
      if (timer === null && queue.length > 0) {
        timer = setTimeout(() => {
          timer = null;
          pump();
        }, wait);
      }
      return;
    }
    while (active < limit && queue.length > 0) {
      active += 1;
      queue.shift()!.wake();
    }
  }

  async function acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    if (queue.length === 0 && active < limit && coolUntil <= now()) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
      pump();
    });
  }

  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        active -= 1;
        pump();
      }
    },
    slowDown(waitMs) {
      const cooling = coolUntil > now();
      coolUntil = Math.max(coolUntil, now() + Math.max(0, waitMs));
      // One halving per wait: the 429s of requests sent together are one signal, not one each.
      // Half of what was really in flight: a limit above that would slow nothing.
      if (!cooling) limit = Math.max(1, Math.floor(Math.min(limit, active) / 2));
      successes = 0;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      pump();
    },
    succeeded() {
      if (limit >= max) return;
      successes += 1;
      if (successes >= limit) {
        limit += 1;
        successes = 0;
        pump();
      }
    },
    get limit() {
      return limit;
    },
    get active() {
      return active;
    },
  };
}
