/** Mono 16-bit PCM read from a WAV file. */
export interface Pcm {
  sampleRate: number;
  samples: Int16Array;
}

/**
 * Reads a RIFF/WAVE file of 16-bit PCM. Stereo is mixed down to mono. Tolerates the
 * 0xFFFFFFFF / wrong chunk sizes that streaming encoders (espeak, Azure) write.
 */
export function decodeWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WAVE') {
    throw new Error(`not a WAV file (${bytes.byteLength} bytes, starts with "${tag(bytes, 0)}")`);
  }
  let offset = 12;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  while (offset + 8 <= bytes.byteLength) {
    const id = tag(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      const format = view.getUint16(body, true);
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format !== 1 && format !== 0xfffe) throw new Error(`WAV format ${format} is not PCM`);
      if (bits !== 16) throw new Error(`WAV has ${bits}-bit samples; only 16-bit is supported`);
    } else if (id === 'data') {
      if (channels === 0) throw new Error('WAV data chunk comes before its fmt chunk');
      const end = Math.min(bytes.byteLength, size === 0xffffffff || size === 0 ? bytes.byteLength : body + size);
      const frames = Math.floor((end - body) / (2 * channels));
      const samples = new Int16Array(frames);
      for (let frame = 0; frame < frames; frame += 1) {
        let sum = 0;
        for (let channel = 0; channel < channels; channel += 1) sum += view.getInt16(body + (frame * channels + channel) * 2, true);
        samples[frame] = Math.round(sum / channels);
      }
      return { sampleRate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

function tag(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}
