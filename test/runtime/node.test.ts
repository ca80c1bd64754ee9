import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import { createNodeRuntime, loadLexiconNode } from '../../src/runtime/node.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('createNodeRuntime', () => {
  it('speaks with the lexicon its caller already read, without reading the lexicon files again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-runtime-'));
    await writeFile(join(dir, 'tu-dien.tsv'), 'XQZ\tích qui dét\n');
    const config = ConfigSchema.parse({ lexiconFiles: ['tu-dien.tsv'] });
    const lexicon = await loadLexiconNode(config, dir);
    await rm(join(dir, 'tu-dien.tsv'));
    const runtime = await createNodeRuntime(config, { env: { BANTIN_DATA_DIR: join(dir, 'data') }, progress: () => {}, cwd: dir, voice: { warm: false }, lexicon });
    try {
      expect(runtime.normalize('Mã XQZ.')).toContain('ích qui dét');
    } finally {
      await runtime.close();
    }
    // Left to itself, the runtime reads the files named by the config, and says which one is missing.
    await expect(createNodeRuntime(config, { env: { BANTIN_DATA_DIR: join(dir, 'data') }, progress: () => {}, cwd: dir, voice: { warm: false } })).rejects.toThrow('tu-dien.tsv');
  });
});
