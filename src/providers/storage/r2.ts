import { assertSafeKey, toBytes, type Storage } from './storage.ts';

/** An R2 object body (R2ObjectBody). */
export interface R2ObjectBodyLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** An R2 bucket (R2Bucket). */
export interface R2BucketLike {
  get(key: string): Promise<R2ObjectBodyLike | null>;
  head(key: string): Promise<unknown | null>;
  put(key: string, value: ArrayBuffer | Uint8Array | string, options?: { httpMetadata?: { contentType?: string } }): Promise<unknown>;
  delete(key: string): Promise<void>;
  list(options: { prefix: string; cursor?: string; limit?: number }): Promise<{ objects: Array<{ key: string }>; truncated: boolean; cursor?: string }>;
}

export interface R2StorageOptions {
  /** Folder inside the bucket this store sees, e.g. "cells/vks-vp/state" (no slashes at the ends). */
  prefix?: string;
  /** Keys per list call (R2's maximum and default is 1000); smaller only to exercise paging in tests. */
  pageSize?: number;
}

/**
 * Storage on a Cloudflare R2 bucket. A PUT is atomic in R2 (readers see the old or the new object),
 * which is the contract's guarantee. `prefix` gives each cell its own folder so one bucket holds
 * every tenant without any of them reaching another's keys.
 */
export function createR2Storage(bucket: R2BucketLike, options: R2StorageOptions = {}): Storage {
  const base = options.prefix ? `${options.prefix}/` : '';
  if (options.prefix) assertSafeKey(options.prefix);
  const full = (key: string) => {
    assertSafeKey(key);
    return `${base}${key}`;
  };
  return {
    async get(key) {
      const object = await bucket.get(full(key));
      return object === null ? null : new Uint8Array(await object.arrayBuffer());
    },
    async put(key, value) {
      await bucket.put(full(key), toBytes(value));
    },
    async has(key) {
      return (await bucket.head(full(key))) !== null;
    },
    async delete(key) {
      await bucket.delete(full(key));
    },
    async list(prefix) {
      const keys: string[] = [];
      let cursor: string | undefined;
      // R2 returns at most 1000 keys per call; follow the cursor to the end.
      do {
        const page = await bucket.list({ prefix: `${base}${prefix}`, cursor, limit: options.pageSize ?? 1000 });
        for (const object of page.objects) keys.push(object.key.slice(base.length));
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor);
      return keys.sort();
    },
  };
}
