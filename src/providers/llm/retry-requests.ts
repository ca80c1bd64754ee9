import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { parseRetryAfter } from '../../fetch/retry-after.ts';
import { retry } from '../../fetch/retry.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** A Retry-After longer than this gives up instead of waiting (a rate limit for the day, not the minute). */
  maxRetryAfterMs: number;
  /** Base of the exponential backoff; doubled per retry, capped at 8 s, with jitter. */
  baseDelayMs: number;
  signal?: AbortSignal;
  random?: () => number;
}

/** 408/409/429/5xx and broken or timed-out connections are worth another try; 400/401/403/404 are not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  return false;
}

/** Milliseconds the server asked us to wait (Retry-After-Ms, Retry-After seconds or HTTP date), or null. */
export function retryAfterMs(error: unknown, now = Date.now()): number | null {
  if (!(error instanceof APIError) || !error.headers) return null;
  const ms = Number.parseFloat(error.headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  return parseRetryAfter(error.headers.get('retry-after'), now) ?? null;
}

/**
 * Runs `attempt` with bounded retries through the shared helper. We do this instead of the SDK's
 * retries because the SDK waits for any Retry-After however long and its sleep ignores the abort signal.
 */
export function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  return retry(attempt, {
    attempts: policy.maxRetries + 1,
    baseDelayMs: policy.baseDelayMs,
    maxDelayMs: 8000,
    maxRetryAfterMs: policy.maxRetryAfterMs,
    retryError: (error) => (isRetryable(error) ? { retry: true, retryAfterMs: retryAfterMs(error) ?? undefined } : { retry: false }),
    signal: policy.signal,
    random: policy.random,
  });
}
