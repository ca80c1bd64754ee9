import { describe, expect, it } from 'vitest';
import type { Tts } from '../../../src/providers/tts/tts.ts';
import { isNearSilent } from '../../../src/speech/audio/loudness.ts';

const SHORT = 'Kính thưa các đồng chí.';
const LONG =
  'Kính thưa các đồng chí, theo Báo Đồng Tháp, sáng ngày hai mươi tư tháng mười một, Ủy ban nhân dân tỉnh tổ chức khởi công tuyến đường ven sông Tiền. ' +
  'Công trình dự kiến hoàn thành trong năm hai nghìn không trăm hai mươi tám, góp phần chống sạt lở và mở rộng không gian phát triển đô thị.';

/** The behaviour every voice must have, run against each implementation. */
export function testTts(name: string, create: () => Tts, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip)(`${name} (Tts contract)`, { timeout: 120_000 }, () => {
    it('reads Vietnamese text into audible mono 16-bit audio', async () => {
      const tts = create();
      try {
        const audio = await tts.synthesize(SHORT, {});
        expect(audio.sampleRate).toBeGreaterThanOrEqual(8000);
        expect(audio.samples).toBeInstanceOf(Int16Array);
        expect(audio.samples.length / audio.sampleRate).toBeGreaterThan(0.5);
        expect(isNearSilent(audio.samples, audio.sampleRate)).toBe(false);
      } finally {
        await tts.close?.();
      }
    });

    it('gives longer audio for longer text', async () => {
      const tts = create();
      try {
        const [short, long] = await Promise.all([tts.synthesize(SHORT, {}), tts.synthesize(LONG, {})]);
        const shortSeconds = short.samples.length / short.sampleRate;
        const longSeconds = long.samples.length / long.sampleRate;
        expect(longSeconds).toBeGreaterThan(shortSeconds * 4);
      } finally {
        await tts.close?.();
      }
    });

    it('reads text full of markup characters without failing', async () => {
      const tts = create();
      try {
        const audio = await tts.synthesize('Văn bản có ký tự <voice name="x"> & ]]> và "ngoặc kép" vẫn được đọc.', {});
        expect(isNearSilent(audio.samples, audio.sampleRate)).toBe(false);
      } finally {
        await tts.close?.();
      }
    });

    it('identifies its engine and voice for the segment cache', () => {
      const tts = create();
      expect(tts.engine).toMatch(/\S/);
      expect(tts.voice).toMatch(/\S/);
      void tts.close?.();
    });
  });
}
