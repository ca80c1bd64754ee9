import { env } from 'cloudflare:workers';
import { createR2Storage } from '../../src/providers/storage/r2.ts';
import type { R2BucketLike } from '../../src/workers/bindings.ts';
import { testStorage } from '../providers/storage/storage-contract.ts';
import { describe, expect, it } from 'vitest';

const bucket = (env as unknown as { BUCKET: R2BucketLike }).BUCKET;
let store = 0;

testStorage('r2 (inside workerd)', () => createR2Storage(bucket, { prefix: `contract/${++store}` }));

describe('r2 storage prefixes', () => {
  it('keeps each cell inside its own folder of the bucket', async () => {
    const one = createR2Storage(bucket, { prefix: 'cells/mot/state' });
    const two = createR2Storage(bucket, { prefix: 'cells/hai/state' });
    await one.put('roster', 'Nguyễn Văn A');
    expect(await two.get('roster')).toBeNull();
    expect(await two.list('')).toEqual([]);
    expect(await one.list('')).toEqual(['roster']);
    expect((await bucket.head('cells/mot/state/roster')) !== null).toBe(true);
  });

  it('follows the cursor when a listing spans several pages', async () => {
    const storage = createR2Storage(bucket, { prefix: 'many', pageSize: 2 });
    await Promise.all(Array.from({ length: 5 }, (_, index) => storage.put(`k/${index}`, 'x')));
    await storage.put('other/0', 'x');
    expect(await storage.list('k/')).toEqual(['k/0', 'k/1', 'k/2', 'k/3', 'k/4']);
  });
});
