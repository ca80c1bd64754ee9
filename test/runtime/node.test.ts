import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config.ts';
import { createNodeRuntime, loadLexiconNode } from '../../src/runtime/node.ts';
import { codeVersion } from '../../src/runtime/code-version-node.ts';
import { createSqliteStorage } from '../../src/providers/storage/sqlite.ts';
import { recheckBriefing, withStoredChecks } from '../../src/stages/check/recheck-briefing.ts';
import { briefingOf, STORIES } from '../stages/check/checked-briefing.ts';

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

  it('keeps the fact check in the data folder under the code version, and a later run answers from it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-runtime-'));
    const options = { env: { BANTIN_DATA_DIR: join(dir, 'data') }, progress: () => {}, cwd: dir, voice: { warm: false } };
    const config = ConfigSchema.parse({});
    const briefing = briefingOf(STORIES);
    const checkOnce = async () => {
      const runtime = await createNodeRuntime(config, options);
      try {
        const checks = runtime.deps.checks!;
        return await withStoredChecks(briefing, checks, () => recheckBriefing(briefing, checks));
      } finally {
        await runtime.close();
      }
    };
    expect((await checkOnce()).report.flagged).toBe(0);

    const cache = createSqliteStorage(join(dir, 'data', 'cache.db'));
    const keys = await cache.list(`checks/${await codeVersion()}/`);
    expect(keys).toHaveLength(STORIES.length);
    // A stored result that differs from what the check would say shows the next run read it instead of checking.
    for (const key of keys) await cache.put(key, JSON.stringify({ issues: [{ kind: 'number', value: '99 tỷ đồng', where: 'script' }] }));
    cache.close();
    expect((await checkOnce()).report.flagged).toBe(STORIES.length);
  });
});
