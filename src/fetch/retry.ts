import { sleep as abortableSleep } from './retry-after.ts';

/** A failure worth trying again (throttling, a 5xx, a dropped connection), with the wait the server asked for. */
export class RetryableError extends Error {
  /** Server-requested wait (Retry-After), if any. */
  readonly retryAfterMs?: number;

  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RetryableError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Whether one attempt's outcome is worth another try, and how long the server asked to wait (ms). */
export type RetryVerdict = { retry: false } | { retry: true; retryAfterMs?: number };

export interface RetryOptions<T> {
  /** Total attempts, the first one included. */
  attempts: number;
  /** First backoff when the server names no wait; doubles each retry up to `maxDelayMs`, ±20 % jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A Retry-After longer than this is not waited for (a limit for the day, not the minute): the
   * failure is thrown, or the result returned, at once. Default: no limit.
   */
  maxRetryAfterMs?: number;
  /** Whether a thrown error is worth another try. Default: a RetryableError is, with its retryAfterMs. */
  retryError?: (error: unknown) => RetryVerdict;
  /** Whether a returned value (an HTTP 429 or 503 response) is worth another try. Default: never. */
  retryResult?: (value: T) => RetryVerdict;
  /** Releases a returned value that is retried instead of returned (cancels a response body). */
  discard?: (value: T) => Promise<void>;
  /** Aborting stops at once, with the signal's reason, even mid-wait. */
  signal?: AbortSignal;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const retryableError = (error: unknown): RetryVerdict => (error instanceof RetryableError ? { retry: true, retryAfterMs: error.retryAfterMs } : { retry: false });

/**
 * Runs `attempt` until it gives a value worth keeping, throws an error not worth another try, or
 * runs out of attempts. Runtime-neutral (timers and AbortSignal only), used by the feed fetcher,
 * the LLM client and the voices alike. A server's Retry-After wins over the computed backoff, with
 * up to 10 % added so parallel callers told the same wait do not all return in the same instant.
 */
export async function retry<T>(attempt: (index: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  const retryError = options.retryError ?? retryableError;
  const waitFor = (verdict: RetryVerdict, index: number): number | null => {
    if (!verdict.retry || index + 1 >= options.attempts) return null;
    const asked = verdict.retryAfterMs;
    if (asked === undefined) return Math.round(Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** index) * (0.8 + 0.4 * random()));
    if (asked > (options.maxRetryAfterMs ?? Number.POSITIVE_INFINITY)) return null;
    return Math.round(asked * (1 + 0.1 * random()));
  };
  for (let index = 0; ; index += 1) {
    if (options.signal?.aborted) throw options.signal.reason;
    let wait: number | null;
    try {
      const value = await attempt(index);
      wait = options.retryResult ? waitFor(options.retryResult(value), index) : null;
      if (wait === null) return value;
      await options.discard?.(value);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      wait = waitFor(retryError(error), index);
      if (wait === null) throw error;
    }
    await sleep(wait, options.signal);
  }
}
