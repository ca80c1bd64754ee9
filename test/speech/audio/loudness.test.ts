import { describe, expect, it } from 'vitest';
import { isNearSilent, levelLoudness, measureLoudness } from '../../../src/speech/audio/loudness.ts';
import { trimSilence } from '../../../src/speech/audio/trim-silence.ts';

const RATE = 16_000;

function tone(seconds: number, amplitude: number): Int16Array {
  return Int16Array.from({ length: Math.round(seconds * RATE) }, (_, i) => Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * 200 * i) / RATE)));
}

describe('loudness', () => {
  it('brings a quiet and a loud segment to the same level', () => {
    const quiet = levelLoudness(tone(1, 0.02), RATE);
    const loud = levelLoudness(tone(1, 0.6), RATE);
    expect(Math.abs(measureLoudness(quiet, RATE) - measureLoudness(loud, RATE))).toBeLessThan(0.5);
    expect(measureLoudness(loud, RATE)).toBeCloseTo(-20, 0);
  });

  it('ignores pauses when measuring speech loudness', () => {
    const withPause = new Int16Array(RATE * 2);
    withPause.set(tone(1, 0.3));
    expect(measureLoudness(withPause, RATE)).toBeCloseTo(measureLoudness(tone(1, 0.3), RATE), 1);
  });

  it('never clips peaks when raising the level', () => {
    const spiky = tone(1, 0.01);
    spiky[100] = 30_000;
    const leveled = levelLoudness(spiky, RATE);
    expect(Math.max(...Array.from(leveled, Math.abs))).toBeLessThanOrEqual(0.9 * 32767);
  });

  it('calls silence and faint hiss near-silent, and speech-level audio not', () => {
    expect(isNearSilent(new Int16Array(RATE * 3), RATE)).toBe(true);
    expect(isNearSilent(tone(3, 0.001), RATE)).toBe(true);
    expect(isNearSilent(tone(0.1, 0.5), RATE)).toBe(true);
    expect(isNearSilent(tone(1, 0.1), RATE)).toBe(false);
  });
});

describe('trimSilence', () => {
  it('cuts long silent edges down to a short margin and reports the cut at the start', () => {
    const padded = new Int16Array(RATE * 3);
    padded.set(tone(1, 0.3), RATE);
    const { samples, lead } = trimSilence(padded, RATE, 0.05);
    expect(samples.length / RATE).toBeCloseTo(1.1, 1);
    expect(lead).toBeCloseTo(0.95, 2);
  });
});
