import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/domain/briefing.ts';
import { noProgress } from '../../../src/domain/progress.ts';
import { createRunReport } from '../../../src/domain/run-report.ts';
import type { Storage } from '../../../src/providers/storage/storage.ts';
import { createSqliteStorage } from '../../../src/providers/storage/sqlite.ts';
import { checkBriefing } from '../../../src/stages/check.ts';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { createFactCheckCache } from '../../../src/stages/check/fact-check-cache.ts';
import { recheckBriefing, withStoredChecks } from '../../../src/stages/check/recheck-briefing.ts';
import { createExtractiveSummarizer } from '../../../src/providers/llm/extractive.ts';
import { writeBriefing } from '../../../src/stages/write.ts';
import { collected, testConfig, writeDeps } from '../write/write-fixtures.ts';
import { briefingOf, STORIES } from './checked-briefing.ts';

/** checkFacts, counting its calls. */
function countedCheck(): { calls: number; check: typeof checkFacts } {
  const counted = { calls: 0, check: checkFacts };
  counted.check = (...args) => {
    counted.calls += 1;
    return checkFacts(...args);
  };
  return counted;
}

/**
 * One run as the pipeline makes it: the check stage, then render checking the same briefing again,
 * with the results kept in the SQLite cache at `path` (opened and closed as a run does).
 */
async function run(path: string, briefing: Briefing, options: { version?: string; storage?: Storage } = {}) {
  const counted = countedCheck();
  const sqlite = options.storage ? null : createSqliteStorage(path);
  const checks = createFactCheckCache({ cache: options.storage ?? sqlite!, version: options.version ?? 'code-1', checkFacts: counted.check });
  const deps = { progress: noProgress, report: createRunReport(), checks };
  const checked = await withStoredChecks(briefing, checks, () => checkBriefing(briefing, deps));
  const rendered = await withStoredChecks(checked, checks, () => recheckBriefing(checked, checks));
  sqlite?.close();
  return { checked, rendered, calls: counted.calls };
}

const cachePath = () => join(mkdtempSync(join(tmpdir(), 'bantin-checks-')), 'cache.db');

describe('the fact check cache', () => {
  it('checks each story once in a run, though the check stage and render both check the briefing', async () => {
    const first = await run(cachePath(), briefingOf(STORIES));
    expect(first.calls).toBe(STORIES.length);
    expect(first.checked.sections[0]!.stories.map((story) => story.check.status)).toEqual(['passed', 'passed', 'passed']);
    expect(first.rendered).toEqual(first.checked);
  });

  it('finds in the check stage every draft the writer checked', async () => {
    const counted = countedCheck();
    const checks = createFactCheckCache({ checkFacts: counted.check });
    const deps = { ...writeDeps(createExtractiveSummarizer()), checks };
    const written = await writeBriefing(collected(), { config: testConfig(), meetingDate: '2026-11-27' }, deps);
    const byWriter = counted.calls;
    expect(byWriter).toBeGreaterThan(0);
    checkBriefing(written, deps);
    expect(counted.calls).toBe(byWriter);
  });

  it('checks nothing on a repeat run over the same cache, and gives the same results', async () => {
    const path = cachePath();
    const first = await run(path, briefingOf(STORIES));
    const repeat = await run(path, briefingOf(STORIES));
    expect(repeat.calls).toBe(0);
    expect(repeat.rendered).toEqual(first.rendered);
  });

  it('checks again only the story whose script was edited, and flags the figure the edit invented', async () => {
    const path = cachePath();
    await run(path, briefingOf(STORIES));
    const edited = STORIES.map((written, index) => (index === 1 ? { ...written, script: written.script.replace('12 năm tù', '15 năm tù') } : written));
    const repeat = await run(path, briefingOf(edited));
    expect(repeat.calls).toBe(1);
    const stories = repeat.rendered.sections[0]!.stories;
    expect(stories[1]!.check).toMatchObject({ status: 'flagged', issues: [expect.objectContaining({ kind: 'number', where: 'script' })] });
    expect(stories[0]!.check.status).toBe('passed');
  });

  it('checks a story again when the article it is checked against changed', async () => {
    const path = cachePath();
    await run(path, briefingOf(STORIES));
    const changed = STORIES.map((written, index) => (index === 2 ? { ...written, article: written.article.replace('45.000 ha', '40.000 ha') } : written));
    const repeat = await run(path, briefingOf(changed));
    expect(repeat.calls).toBe(1);
    expect(repeat.rendered.sections[0]!.stories[2]!.check.status).toBe('flagged');
  });

  it('checks every story again under another version of the check code', async () => {
    const path = cachePath();
    await run(path, briefingOf(STORIES), { version: 'code-1' });
    const next = await run(path, briefingOf(STORIES), { version: 'code-2' });
    expect(next.calls).toBe(STORIES.length);
  });

  it('keeps nothing between runs without a code version', async () => {
    const path = cachePath();
    const sqlite = createSqliteStorage(path);
    for (const attempt of [1, 2]) {
      const counted = countedCheck();
      const checks = createFactCheckCache({ cache: sqlite, checkFacts: counted.check });
      await withStoredChecks(briefingOf(STORIES), checks, () => recheckBriefing(briefingOf(STORIES), checks));
      expect(counted.calls, `run ${attempt}`).toBe(STORIES.length);
    }
    expect(await sqlite.list('checks/')).toEqual([]);
    sqlite.close();
  });

  it('checks again, and still finishes, when the cache can be neither read nor written', async () => {
    const broken: Storage = {
      get: () => Promise.reject(new Error('disk I/O error')),
      put: () => Promise.reject(new Error('disk I/O error')),
      has: () => Promise.reject(new Error('disk I/O error')),
      delete: () => Promise.reject(new Error('disk I/O error')),
      list: () => Promise.reject(new Error('disk I/O error')),
    };
    const healthy = await run(cachePath(), briefingOf(STORIES));
    const failing = await run('', briefingOf(STORIES), { storage: broken });
    expect(failing.calls).toBe(STORIES.length);
    expect(failing.rendered).toEqual(healthy.rendered);
  });

  it('checks again and rewrites a damaged entry', async () => {
    const path = cachePath();
    await run(path, briefingOf(STORIES));
    const sqlite = createSqliteStorage(path);
    const keys = await sqlite.list('checks/');
    expect(keys).toHaveLength(STORIES.length);
    await sqlite.put(keys[0]!, '{"issues": [{"kind": "số liệu"');
    sqlite.close();
    expect((await run(path, briefingOf(STORIES))).calls).toBe(1);
    expect((await run(path, briefingOf(STORIES))).calls).toBe(0);
  });
});
