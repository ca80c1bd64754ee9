/**
 * Runs tasks one at a time per key, in arrival order. Scoped to one store object, so two apps on
 * different stores (tests, cells) never wait on each other.
 */
const tails = new WeakMap<object, Map<string, Promise<unknown>>>();

export async function withKeyedLock<T>(scope: object, key: string, task: () => Promise<T>): Promise<T> {
  const chains = tails.get(scope) ?? new Map<string, Promise<unknown>>();
  tails.set(scope, chains);
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  chains.set(key, tail);
  try {
    return await run;
  } finally {
    if (chains.get(key) === tail) chains.delete(key);
  }
}
