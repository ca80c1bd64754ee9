import { describe, expect, it } from 'vitest';
import { RetryableError, parseRetryAfter, withRetry } from '../../../src/providers/tts/retry.ts';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2026-11-27T03:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Fri, 27 Nov 2026 03:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 02:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('withRetry', () => {
  it('retries retryable failures with growing backoff until success', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 4) throw new RetryableError('503');
        return 'ok';
      },
      { attempts: 5, baseDelayMs: 100, maxDelayMs: 10_000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toHaveLength(3);
    expect(waits[0]!).toBeGreaterThanOrEqual(80);
    expect(waits[2]!).toBeGreaterThanOrEqual(320);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error('bad request');
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {} },
      ),
    ).rejects.toThrow('bad request');
    expect(calls).toBe(1);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const pending = withRetry(
      async () => {
        throw new RetryableError('429', { retryAfterMs: 60_000 });
      },
      { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, signal: controller.signal },
    );
    controller.abort(new Error('đã hủy'));
    await expect(pending).rejects.toThrow('đã hủy');
  });
});
