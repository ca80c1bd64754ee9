const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** What an MP3 (Layer III) stream decodes to: every frame carries a fixed number of samples. */
export interface Mp3Frames {
  frames: number;
  samplesPerFrame: number;
  sampleRate: number;
  /** Decoded length in samples (encoder delay and padding included). */
  samples: number;
}

/**
 * Walks the frame headers of an MP3 (skipping a leading ID3v2 tag). Players decode every frame
 * of a file without a gapless (LAME) header, so this gives the exact decoded length, which is
 * what chapter and subtitle times must be measured against.
 */
export function readMp3Frames(bytes: Uint8Array): Mp3Frames {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    offset = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!);
  }
  let frames = 0;
  let samplesPerFrame = 0;
  let sampleRate = 0;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff || (bytes[offset + 1]! & 0xe0) !== 0xe0) throw new Error(`no MP3 frame header at byte ${offset}`);
    const version = (bytes[offset + 1]! >> 3) & 0x03;
    const layer = (bytes[offset + 1]! >> 1) & 0x03;
    const bitrateIndex = bytes[offset + 2]! >> 4;
    const rateIndex = (bytes[offset + 2]! >> 2) & 0x03;
    const padding = (bytes[offset + 2]! >> 1) & 0x01;
    const rate = SAMPLE_RATES[version]?.[rateIndex];
    const kbps = (version === 3 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex];
    if (layer !== 1 || rate === undefined || !kbps) throw new Error(`unsupported MP3 frame header at byte ${offset}`);
    const perFrame = version === 3 ? 1152 : 576;
    offset += Math.floor(((perFrame / 8) * kbps * 1000) / rate) + padding;
    frames += 1;
    samplesPerFrame = perFrame;
    sampleRate = rate;
  }
  return { frames, samplesPerFrame, sampleRate, samples: frames * samplesPerFrame };
}
