import { parseRetryAfter, sleep as abortableSleep } from '../../fetch/retry-after.ts';

export { parseRetryAfter };

/** A failure worth trying again (throttling, a 5xx, a dropped connection). */
export class RetryableError extends Error {
  /** Server-requested wait (Retry-After), if any. */
  readonly retryAfterMs?: number;

  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RetryableError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

export interface RetryOptions {
  /** Total attempts, first one included. */
  attempts: number;
  /** First backoff; doubles each time, with jitter, capped at `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Runs `attempt` until it succeeds, throws a non-retryable error, or runs out of attempts.
 * A server's Retry-After wins over the computed backoff (Azure asks clients to honour it).
 */
export async function withRetry<T>(attempt: (index: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let index = 0; ; index += 1) {
    try {
      return await attempt(index);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (!(error instanceof RetryableError) || index + 1 >= options.attempts) throw error;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** index) * (0.8 + Math.random() * 0.4);
      await sleep(error.retryAfterMs ?? Math.round(backoff), options.signal);
    }
  }
}
