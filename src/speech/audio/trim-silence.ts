/** Anything quieter than this (about -46 dBFS) counts as silence at the edges. */
const THRESHOLD = 160;

/**
 * Cuts leading and trailing silence down to `keepSeconds`, so the pauses the bulletin inserts
 * are the pauses listeners hear (engines pad their output unevenly). `lead` is the number of
 * seconds removed at the start, to shift word timings by.
 */
export function trimSilence(samples: Int16Array, sampleRate: number, keepSeconds = 0.05): { samples: Int16Array; lead: number } {
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]!) < THRESHOLD) first += 1;
  if (first === samples.length) return { samples, lead: 0 };
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]!) < THRESHOLD) last -= 1;
  const keep = Math.round(keepSeconds * sampleRate);
  const start = Math.max(0, first - keep);
  const end = Math.min(samples.length, last + 1 + keep);
  return { samples: samples.subarray(start, end), lead: start / sampleRate };
}
