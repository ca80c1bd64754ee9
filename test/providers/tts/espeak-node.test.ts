import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakTts } from '../../../src/providers/tts/espeak-node.ts';
import { testTts } from './tts-contract.ts';

testTts('espeak-ng offline voice', () => createEspeakTts({ workers: 2 }));

describe('createEspeakTts', { timeout: 120_000 }, () => {
  const tts = createEspeakTts({ workers: 2 });
  afterAll(() => tts.close?.());

  it('reads text that starts with a dash as text, not as an espeak option', async () => {
    const audio = await tts.synthesize('-v en --help xin chào các đồng chí', {});
    expect(audio.samples.length / audio.sampleRate).toBeGreaterThan(1);
  });

  it('reads a text longer than one chunk completely', async () => {
    const sentence = 'Viện kiểm sát nhân dân tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác. ';
    const [one, many] = await Promise.all([tts.synthesize(sentence, {}), tts.synthesize(sentence.repeat(60), {})]);
    const ratio = many.samples.length / one.samples.length;
    expect(sentence.repeat(60).length).toBeGreaterThan(3000);
    expect(ratio).toBeGreaterThan(50);
    expect(ratio).toBeLessThan(70);
  });

  it('uses the Southern variant by default and speaks faster with a higher rate', async () => {
    const fast = createEspeakTts({ workers: 1, rate: 1.5 });
    try {
      const text = 'Kính thưa các đồng chí, sau đây là bản tin thời sự phục vụ sinh hoạt chi bộ.';
      const [normal, quick] = await Promise.all([tts.synthesize(text, {}), fast.synthesize(text, {})]);
      expect(tts.voice).toBe('vi-vn-x-south');
      expect(quick.samples.length).toBeLessThan(normal.samples.length * 0.8);
    } finally {
      await fast.close?.();
    }
  });

  it('kills a worker that overruns its deadline and keeps working afterwards', async () => {
    const impatient = createEspeakTts({ workers: 1, timeoutMs: 1 });
    try {
      await expect(impatient.synthesize('Một câu bình thường.', {})).rejects.toThrow(/no answer within 1 ms; worker restarted/);
    } finally {
      await impatient.close?.();
    }
    const audio = await tts.synthesize('Vẫn đọc được sau đó.', {});
    expect(audio.samples.length).toBeGreaterThan(0);
  });

  it('refuses output longer than the cap', async () => {
    const capped = createEspeakTts({ workers: 1, maxSeconds: 2 });
    try {
      await expect(capped.synthesize('Câu này dài hơn hai giây rất nhiều khi đọc thành tiếng, vì có rất nhiều chữ trong câu.', {})).rejects.toThrow(/exceeds the cap/);
    } finally {
      await capped.close?.();
    }
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('người dùng đã hủy'));
    await expect(tts.synthesize('Câu sẽ không được đọc.', { signal: controller.signal })).rejects.toThrow(/hủy/);
  });
});
