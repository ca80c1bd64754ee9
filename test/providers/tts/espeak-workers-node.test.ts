import { describe, expect, it } from 'vitest';
import { closeEspeakWorkers, createEspeakTts, espeakWorkerStats } from '../../../src/providers/tts/espeak-node.ts';

// Its own file: the counts are per process, and vitest gives each file a fresh one.
describe('the espeak workers of a process', { timeout: 120_000 }, () => {
  it('are started once and keep one espeak instance each across stories and across runs', async () => {
    const stories = ['Tin thứ nhất về Đồng Tháp.', 'Tin thứ hai về kiểm sát.', 'Tin thứ ba về hội nghị.', 'Tin thứ tư.', 'Tin thứ năm.', 'Tin thứ sáu.'];
    for (let run = 0; run < 2; run += 1) {
      const tts = createEspeakTts({ workers: 2, rate: run === 0 ? 1 : 1.3 });
      const audio = await Promise.all(stories.map((text) => tts.synthesize(text, {})));
      expect(audio.every((piece) => piece.samples.length > 0.5 * piece.sampleRate)).toBe(true);
      await tts.close?.();
    }
    expect(espeakWorkerStats()).toEqual({ workers: 2, instances: 2 });
  });

  it('read the same text at the rate each voice asks for, whatever the worker read before', async () => {
    const text = 'Kính thưa các đồng chí, sau đây là bản tin thời sự phục vụ sinh hoạt chi bộ.';
    const normal = createEspeakTts({ workers: 2 });
    const quick = createEspeakTts({ workers: 2, rate: 1.5 });
    const [a, b, c] = [await normal.synthesize(text, {}), await quick.synthesize(text, {}), await normal.synthesize(text, {})];
    expect(b.samples.length).toBeLessThan(a.samples.length * 0.8);
    expect(Math.abs(c.samples.length - a.samples.length)).toBeLessThan(a.samples.length * 0.01);
  });

  it('can all be stopped, and start again when needed', async () => {
    await closeEspeakWorkers();
    const audio = await createEspeakTts({ workers: 1 }).synthesize('Vẫn đọc được.', {});
    expect(audio.samples.length).toBeGreaterThan(0);
    await closeEspeakWorkers();
  });
});
