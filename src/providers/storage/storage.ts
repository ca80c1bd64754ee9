/**
 * A key → bytes store. Keys are slash-separated paths ("http/validators/<hash>", "briefings/<id>/briefing.mp3").
 * Implementations: memory (tests), fs (published files), sqlite (caches on one machine), r2 (Workers).
 * Every `put` is atomic: a reader sees the old value or the new one, never half of it.
 */
export interface Storage {
  get(key: string): Promise<Uint8Array | null>;
  put(key: string, value: Uint8Array | string): Promise<void>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Keys starting with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

export async function getText(storage: Storage, key: string): Promise<string | null> {
  const bytes = await storage.get(key);
  return bytes === null ? null : decoder.decode(bytes);
}

export async function getJson<T>(storage: Storage, key: string): Promise<T | null> {
  const text = await getText(storage, key);
  return text === null ? null : (JSON.parse(text) as T);
}

export async function putJson(storage: Storage, key: string, value: unknown): Promise<void> {
  await storage.put(key, JSON.stringify(value));
}

/** Rejects keys that could escape a folder or mean different things on different stores. */
export function assertSafeKey(key: string): void {
  const bad = key.length === 0 || key.startsWith('/') || key.includes('\\') || key.includes('\0') || key.split('/').some((part) => part === '' || part === '.' || part === '..');
  if (bad) throw new Error(`storage key "${key}" is not a safe relative path`);
}
