import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestLimiter, type RequestLimiter } from '../../../src/providers/llm/request-limiter.ts';

/** A task the test finishes by hand, recording when it started. */
function gate(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: () => (started.push(name), done), finish };
}

/** Starts `count` tasks named a, b, c … on the limiter; returns their gates and settled promises. */
function launch(limiter: RequestLimiter, started: string[], count: number, signal?: AbortSignal) {
  return Array.from({ length: count }, (_, index) => {
    const name = String.fromCharCode(97 + index);
    const g = gate(started, name);
    const result = limiter.run(g.task, signal).then(
      () => 'ok',
      (error: unknown) => `rejected: ${(error as Error).message}`,
    );
    return { ...g, result };
  });
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRequestLimiter', () => {
  it('runs at most maxConcurrency requests at once and starts the others in order as slots free', async () => {
    const limiter = createRequestLimiter({ maxConcurrency: 2 });
    const started: string[] = [];
    const tasks = launch(limiter, started, 4);
    await settle();
    expect(started).toEqual(['a', 'b']);
    tasks[1]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[0]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(limiter.active).toBe(2);
  });

  it('after a 429 starts no request until the wait is over, then half as many at once as were in flight', async () => {
    const limiter = createRequestLimiter({ maxConcurrency: 8 });
    const started: string[] = [];
    const tasks = launch(limiter, started, 8);
    await settle();
    limiter.slowDown(1000);
    for (const task of tasks) task.finish();
    const later = launch(limiter, [], 6);
    await vi.advanceTimersByTimeAsync(999);
    expect(limiter.active).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(limiter.limit).toBe(4);
    expect(limiter.active).toBe(4);
    for (const task of later) task.finish();
    expect(await Promise.all(later.map((task) => task.result))).toEqual(Array(6).fill('ok'));
  });

  it('halves once for the 429s of requests sent together, not once per 429', async () => {
    const limiter = createRequestLimiter({ maxConcurrency: 8 });
    const tasks = launch(limiter, [], 8);
    await settle();
    limiter.slowDown(500);
    limiter.slowDown(500);
    limiter.slowDown(800);
    expect(limiter.limit).toBe(4);
    const next = launch(limiter, [], 1);
    await vi.advanceTimersByTimeAsync(700);
    for (const task of tasks) task.finish();
    await settle();
    // The longest wait asked for holds: 800 ms, not the first 500 ms.
    expect(limiter.active).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(limiter.active).toBe(1);
    next[0]!.finish();
  });

  it('grows the limit back by one after as many successes as the limit, up to the maximum', () => {
    const limiter = createRequestLimiter({ maxConcurrency: 4 });
    void launch(limiter, [], 4);
    limiter.slowDown(0);
    expect(limiter.limit).toBe(2);
    limiter.succeeded();
    expect(limiter.limit).toBe(2);
    limiter.succeeded();
    expect(limiter.limit).toBe(3);
    for (let index = 0; index < 10; index += 1) limiter.succeeded();
    expect(limiter.limit).toBe(4);
  });

  it('takes a queued request out of the queue when its signal aborts, with the signal reason', async () => {
    const limiter = createRequestLimiter({ maxConcurrency: 1 });
    const started: string[] = [];
    const controller = new AbortController();
    const first = launch(limiter, started, 1);
    const queued = launch(limiter, started, 1, controller.signal);
    controller.abort(new Error('đã hủy'));
    expect(await queued[0]!.result).toBe('rejected: đã hủy');
    first[0]!.finish();
    await settle();
    expect(started).toEqual(['a']);
    expect(limiter.active).toBe(0);
  });

  it('has no limit of its own until a 429 sets one from what was in flight', async () => {
    const limiter = createRequestLimiter({});
    const tasks = launch(limiter, [], 20);
    await settle();
    expect(limiter.active).toBe(20);
    limiter.slowDown(0);
    expect(limiter.limit).toBe(10);
    for (const task of tasks) task.finish();
  });
});
