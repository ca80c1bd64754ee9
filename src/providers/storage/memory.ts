import { assertSafeKey, toBytes, type Storage } from './storage.ts';

/** In-memory storage for tests and short-lived runs. */
export function createMemoryStorage(): Storage {
  const map = new Map<string, Uint8Array>();
  return {
    async get(key) {
      assertSafeKey(key);
      const value = map.get(key);
      return value ? value.slice() : null;
    },
    async put(key, value) {
      assertSafeKey(key);
      map.set(key, toBytes(value).slice());
    },
    async has(key) {
      assertSafeKey(key);
      return map.has(key);
    },
    async delete(key) {
      assertSafeKey(key);
      map.delete(key);
    },
    async list(prefix) {
      return [...map.keys()].filter((key) => key.startsWith(prefix)).sort();
    },
  };
}
