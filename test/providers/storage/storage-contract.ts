import { describe, expect, it } from 'vitest';
import { getJson, putJson, type Storage } from '../../../src/providers/storage/storage.ts';

/** The contract every Storage implementation must pass. */
export function testStorage(name: string, create: () => Promise<Storage> | Storage): void {
  describe(`${name} storage`, () => {
    it('returns null for a key never written', async () => {
      const storage = await create();
      expect(await storage.get('nothing/here')).toBeNull();
      expect(await storage.has('nothing/here')).toBe(false);
    });

    it('reads back bytes and JSON exactly as written', async () => {
      const storage = await create();
      const bytes = new Uint8Array([0, 1, 2, 255]);
      await storage.put('a/b.bin', bytes);
      expect(Array.from((await storage.get('a/b.bin'))!)).toEqual([0, 1, 2, 255]);
      await putJson(storage, 'a/c.json', { tên: 'Đồng Tháp', n: 4 });
      expect(await getJson(storage, 'a/c.json')).toEqual({ tên: 'Đồng Tháp', n: 4 });
    });

    it('overwrites, lists by prefix in order and deletes', async () => {
      const storage = await create();
      await storage.put('p/2', 'two');
      await storage.put('p/1', 'one');
      await storage.put('q/1', 'other');
      await storage.put('p/1', 'uno');
      expect(await storage.list('p/')).toEqual(['p/1', 'p/2']);
      expect(new TextDecoder().decode((await storage.get('p/1'))!)).toBe('uno');
      await storage.delete('p/1');
      expect(await storage.list('p/')).toEqual(['p/2']);
    });

    it('refuses keys that climb out of the store', async () => {
      const storage = await create();
      for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a\\b', 'a//b']) {
        await expect(storage.put(key, 'x')).rejects.toThrow(/not a safe relative path/);
      }
    });
  });
}
