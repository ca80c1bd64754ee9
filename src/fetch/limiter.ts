/** Runs at most `concurrency` tasks at once; the rest wait in FIFO order. */
export function createLimiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return async (task) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Bounds work overall and per host, so one slow or strict site never gets many parallel requests. */
export function createHostLimiter(total: number, perHost: number): <T>(url: string, task: () => Promise<T>) => Promise<T> {
  const overall = createLimiter(total);
  const hosts = new Map<string, <T>(task: () => Promise<T>) => Promise<T>>();
  return (url, task) => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = url;
    }
    let limit = hosts.get(host);
    if (!limit) {
      limit = createLimiter(perHost);
      hosts.set(host, limit);
    }
    return limit(() => overall(task));
  };
}
