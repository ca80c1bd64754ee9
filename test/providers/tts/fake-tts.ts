import type { SynthesizedAudio, Tts } from '../../../src/providers/tts/tts.ts';

/**
 * A voice for tests: every letter becomes 30 ms of a syllable-like tone burst, so audio length
 * follows text length exactly. `level` scales the amplitude (0 gives silence on purpose).
 */
export function createFakeTts(options: { sampleRate?: number; level?: number; voice?: string; withWords?: boolean } = {}): Tts {
  const sampleRate = options.sampleRate ?? 8000;
  const level = options.level ?? 0.3;
  return {
    engine: 'fake',
    voice: options.voice ?? 'fake-voice',
    async synthesize(text) {
      const words = text.split(/\s+/).filter(Boolean);
      const perLetter = Math.round(0.03 * sampleRate);
      const letters = words.reduce((sum, word) => sum + word.length, 0);
      const gap = Math.round(0.05 * sampleRate);
      const samples = new Int16Array(letters * perLetter + words.length * gap);
      const timings: NonNullable<SynthesizedAudio['words']> = [];
      let offset = 0;
      for (const word of words) {
        const length = word.length * perLetter;
        for (let i = 0; i < length; i += 1) {
          const envelope = Math.sin((Math.PI * i) / length);
          samples[offset + i] = Math.round(level * 32767 * envelope * Math.sin((2 * Math.PI * 180 * i) / sampleRate));
        }
        timings.push({ text: word, start: offset / sampleRate, end: (offset + length) / sampleRate });
        offset += length + gap;
      }
      return options.withWords ? { sampleRate, samples, words: timings } : { sampleRate, samples };
    },
  };
}

/** Wraps a voice and counts the texts actually sent to it. */
export function countCalls(tts: Tts): Tts & { calls: string[] } {
  const calls: string[] = [];
  return {
    engine: tts.engine,
    voice: tts.voice,
    calls,
    synthesize(text, options) {
      calls.push(text);
      return tts.synthesize(text, options);
    },
    close: tts.close?.bind(tts),
  };
}
