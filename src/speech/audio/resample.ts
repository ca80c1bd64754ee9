/** Linear-interpolation resampling; enough for speech when an engine's rate differs from the bulletin's. */
export function resample(samples: Int16Array, from: number, to: number): Int16Array {
  if (from === to || samples.length === 0) return samples;
  const length = Math.max(1, Math.round((samples.length * to) / from));
  const out = new Int16Array(length);
  const step = from / to;
  for (let i = 0; i < length; i += 1) {
    const position = i * step;
    const left = Math.floor(position);
    const right = Math.min(samples.length - 1, left + 1);
    const fraction = position - left;
    out[i] = Math.round(samples[Math.min(left, samples.length - 1)]! * (1 - fraction) + samples[right]! * fraction);
  }
  return out;
}
