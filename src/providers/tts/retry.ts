import { parseRetryAfter } from '../../fetch/retry-after.ts';
import { retry, RetryableError } from '../../fetch/retry.ts';

export { parseRetryAfter, RetryableError };

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
 * Runs `attempt` until it succeeds, throws a non-retryable error, or runs out of attempts, through
 * the shared helper: a RetryableError is tried again, its Retry-After winning over the backoff
 * (Azure asks clients to honour it).
 */
export function withRetry<T>(attempt: (index: number) => Promise<T>, options: RetryOptions): Promise<T> {
  return retry(attempt, options);
}
