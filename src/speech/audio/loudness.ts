const FRAME_SECONDS = 0.05;
/** Frames quieter than this are pauses and do not count toward loudness. */
const GATE_DBFS = -50;

/**
 * Loudness of speech in dBFS: the RMS of 50 ms frames above a silence gate, so pauses between
 * sentences do not make a segment look quiet. -Infinity for silence.
 */
export function measureLoudness(samples: Int16Array, sampleRate: number): number {
  const frame = Math.max(1, Math.round(FRAME_SECONDS * sampleRate));
  let energy = 0;
  let counted = 0;
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(samples.length, start + frame);
    const sum = frameEnergy(samples, start, end);
    const frameDb = 10 * Math.log10(sum / (end - start) || 1e-12);
    if (frameDb > GATE_DBFS) {
      energy += sum;
      counted += end - start;
    }
  }
  return counted === 0 ? -Infinity : 10 * Math.log10(energy / counted);
}

/** Seconds of speech: 50 ms frames above the silence gate. */
export function speechSeconds(samples: Int16Array, sampleRate: number): number {
  const frame = Math.max(1, Math.round(FRAME_SECONDS * sampleRate));
  let loudFrames = 0;
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(samples.length, start + frame);
    const sum = frameEnergy(samples, start, end);
    if (10 * Math.log10(sum / (end - start) || 1e-12) > GATE_DBFS) loudFrames += 1;
  }
  return loudFrames * FRAME_SECONDS;
}

/** True when audio has (almost) no speech: under `minSpeechSeconds` of frames above the gate. */
export function isNearSilent(samples: Int16Array, sampleRate: number, minSpeechSeconds = 0.2): boolean {
  return speechSeconds(samples, sampleRate) < minSpeechSeconds;
}

/**
 * Scales a segment to `targetDbfs` speech loudness, limited so its peak stays under -1 dBFS.
 * Evening every segment this way keeps one quiet story from dropping under the others.
 */
export function levelLoudness(samples: Int16Array, sampleRate: number, targetDbfs = -20): Int16Array {
  const loudness = measureLoudness(samples, sampleRate);
  if (!Number.isFinite(loudness)) return samples;
  let peak = 1;
  for (let i = 0; i < samples.length; i += 1) {
    const value = samples[i]!;
    if (value > peak) peak = value;
    else if (-value > peak) peak = -value;
  }
  const gain = Math.min(10 ** ((targetDbfs - loudness) / 20), (0.89 * 32767) / peak);
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i += 1) {
    const value = Math.round(samples[i]! * gain);
    out[i] = value > 32767 ? 32767 : value < -32768 ? -32768 : value;
  }
  return out;
}

/** Sum of squared samples (full scale = 1) over [start, end): integer sums, scaled once. */
function frameEnergy(samples: Int16Array, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i += 1) {
    const value = samples[i]!;
    sum += value * value;
  }
  return sum / (32768 * 32768);
}
