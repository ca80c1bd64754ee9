import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/fetch/retry-after.ts';
import { retry, RetryableError, type RetryVerdict } from '../../src/fetch/retry.ts';

interface Answer {
  status: number;
  headers?: Record<string, string>;
}

/** A real HTTP server that gives the scripted answers in turn, then 200 "ok"; it records when each request came. */
async function startScriptedServer(script: Answer[]): Promise<{ url: string; arrivals: number[]; server: Server }> {
  const arrivals: number[] = [];
  const server = createServer((_request, response) => {
    const answer = script[arrivals.length] ?? { status: 200 };
    arrivals.push(performance.now());
    response.writeHead(answer.status, answer.headers).end(answer.status === 200 ? 'ok' : 'thử lại sau');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, arrivals, server };
}

let running: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => running?.close(resolve) ?? resolve(undefined));
  running = undefined;
});

async function scripted(script: Answer[]) {
  const started = await startScriptedServer(script);
  running = started.server;
  return started;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const byStatus = (response: Response): RetryVerdict =>
  RETRY_STATUSES.has(response.status) ? { retry: true, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) } : { retry: false };

/** An attempt that throws for a status worth retrying, as the voices and the LLM client do. */
const fetchOrThrow = (url: string, signal?: AbortSignal) => async () => {
  const response = await fetch(url, { signal });
  const body = await response.text();
  if (RETRY_STATUSES.has(response.status)) throw new RetryableError(`HTTP ${response.status}`, { retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body;
};

describe('retry against a real HTTP server', () => {
  it('waits at least as long as Retry-After asks after a 503, then returns the answer', async () => {
    const { url, arrivals } = await scripted([{ status: 503, headers: { 'retry-after': '1' } }]);
    const response = await retry(() => fetch(url), { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, retryResult: byStatus, discard: (value) => value.body?.cancel() ?? Promise.resolve() });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(arrivals).toHaveLength(2);
    // The backoff alone would be ~10 ms.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(990);
  });

  it('gives back a 429 at once when its Retry-After is longer than it will wait', async () => {
    const { url, arrivals } = await scripted([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const response = await retry(() => fetch(url), { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 10_000, retryResult: byStatus });
    expect(response.status).toBe(429);
    expect(arrivals).toHaveLength(1);
  });

  it('throws a 429 at once when its Retry-After is longer than it will wait', async () => {
    const { url, arrivals } = await scripted([{ status: 429, headers: { 'retry-after': '3600' } }]);
    await expect(retry(fetchOrThrow(url), { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 10_000 })).rejects.toThrow('HTTP 429');
    expect(arrivals).toHaveLength(1);
  });

  it('backs off exponentially up to the cap when the server names no wait', async () => {
    const { url, arrivals } = await scripted([{ status: 503 }, { status: 502 }, { status: 500 }]);
    const waits: number[] = [];
    const body = await retry(fetchOrThrow(url), { attempts: 4, baseDelayMs: 100, maxDelayMs: 250, random: () => 0.5, sleep: async (ms) => void waits.push(ms) });
    expect(body).toBe('ok');
    expect(arrivals).toHaveLength(4);
    expect(waits).toEqual([100, 200, 250]);
  });

  it('keeps the jitter within a fifth of the backoff', async () => {
    const { url } = await scripted([{ status: 503 }, { status: 503 }]);
    const waits: number[] = [];
    await retry(fetchOrThrow(url), { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, random: (() => { const draws = [0, 0.999]; return () => draws.shift()!; })(), sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([80, 240]);
  });

  it('stops after the last attempt with its failure', async () => {
    const { url, arrivals } = await scripted([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    await expect(retry(fetchOrThrow(url), { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 })).rejects.toThrow('HTTP 503');
    expect(arrivals).toHaveLength(3);
  });

  it('does not retry an answer that another try will not change', async () => {
    const { url, arrivals } = await scripted([{ status: 404 }]);
    await expect(retry(fetchOrThrow(url), { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 })).rejects.toThrow('HTTP 404');
    expect(arrivals).toHaveLength(1);
  });

  it('stops waiting out a Retry-After as soon as it is aborted, with the reason', async () => {
    const { url, arrivals } = await scripted([{ status: 429, headers: { 'retry-after': '60' } }]);
    const controller = new AbortController();
    const pending = retry(fetchOrThrow(url, controller.signal), { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, signal: controller.signal });
    while (arrivals.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('người dùng đã hủy'));
    await expect(pending).rejects.toThrow('người dùng đã hủy');
    expect(arrivals).toHaveLength(1);
  });

  it('does not start when already aborted', async () => {
    const { url, arrivals } = await scripted([]);
    const controller = new AbortController();
    controller.abort(new Error('đã hủy'));
    await expect(retry(fetchOrThrow(url), { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, signal: controller.signal })).rejects.toThrow('đã hủy');
    expect(arrivals).toHaveLength(0);
  });
});
