import { describe, expect, it } from 'vitest';
import { createRunReport, mergeTimings } from '../../src/domain/run-report.ts';

describe('the run report timings', () => {
  it('records the wall time and the count of each stage it times, in the order they finished', async () => {
    let now = 1000;
    const report = createRunReport(() => now);
    const feeds = await report.time('collect', async () => {
      now += 250;
      return ['a', 'b', 'c'];
    }, (result) => result.length);
    await report.time('cluster', () => {
      now += 4.4;
      return null;
    });
    expect(feeds).toEqual(['a', 'b', 'c']);
    expect(report.timings).toEqual([{ stage: 'collect', ms: 250, items: 3 }, { stage: 'cluster', ms: 4 }]);
  });

  it('records nothing for a stage that throws, and lets the error through', async () => {
    const report = createRunReport(() => 0);
    await expect(report.time('write', () => Promise.reject(new Error('máy chủ mô hình tắt')))).rejects.toThrow('máy chủ mô hình tắt');
    expect(report.timings).toEqual([]);
  });

  it('keeps the first run times of stages a later render did not run, in pipeline order', () => {
    const generated = [{ stage: 'collect' as const, ms: 900 }, { stage: 'write' as const, ms: 3000 }, { stage: 'speak' as const, ms: 5000 }];
    const rendered = [{ stage: 'deck' as const, ms: 700 }, { stage: 'speak' as const, ms: 800 }];
    expect(mergeTimings(generated, rendered)).toEqual([{ stage: 'collect', ms: 900 }, { stage: 'write', ms: 3000 }, { stage: 'speak', ms: 800 }, { stage: 'deck', ms: 700 }]);
  });
});
