/**
 * The bulletin's intro/outro signature: three soft bell-like notes (a rising major triad),
 * synthesized here so the bulletin carries no third-party audio. `descending` plays them
 * downwards for the outro. Peak level about -12 dBFS.
 */
export function generateChime(sampleRate: number, options: { descending?: boolean } = {}): Int16Array {
  const notes = [523.25, 659.25, 783.99];
  if (options.descending) notes.reverse();
  const noteGap = 0.28;
  const ring = 1.1;
  const total = Math.ceil((noteGap * (notes.length - 1) + ring) * sampleRate);
  const mix = new Float32Array(total);
  notes.forEach((frequency, index) => {
    const offset = Math.round(index * noteGap * sampleRate);
    const length = Math.round(ring * sampleRate);
    for (let i = 0; i < length && offset + i < total; i += 1) {
      const t = i / sampleRate;
      const attack = Math.min(1, t / 0.012);
      const decay = Math.exp(-t * 4.2);
      // A quiet octave partial gives the sine a bell colour.
      const wave = Math.sin(2 * Math.PI * frequency * t) + 0.25 * Math.sin(4 * Math.PI * frequency * t);
      mix[offset + i]! += wave * attack * decay;
    }
  });
  let peak = 0;
  for (const value of mix) peak = Math.max(peak, Math.abs(value));
  const scale = peak === 0 ? 0 : (0.25 * 32767) / peak;
  const out = new Int16Array(total);
  for (let i = 0; i < total; i += 1) out[i] = Math.round(mix[i]! * scale);
  return out;
}
