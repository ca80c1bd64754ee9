import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { parseRetryAfter, sleep } from '../../fetch/retry-after.ts';

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
 * Runs `attempt` with bounded retries. We do this instead of the SDK's retries because the SDK
 * waits for any Retry-After however long and its sleep ignores the abort signal.
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const random = policy.random ?? Math.random;
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (policy.signal?.aborted || retry >= policy.maxRetries || !isRetryable(error)) throw error;
      const asked = retryAfterMs(error);
      if (asked !== null && asked > policy.maxRetryAfterMs) throw error;
      const backoff = Math.min(policy.baseDelayMs * 2 ** retry, 8000) * (0.75 + 0.25 * random());
      // A small jitter on top of Retry-After keeps parallel stories from returning in lockstep.
      await sleep(asked === null ? backoff : asked * (1 + 0.1 * random()), policy.signal);
    }
  }
}
