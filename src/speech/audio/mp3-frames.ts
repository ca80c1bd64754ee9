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
  let frames = 0;
  const { samplesPerFrame, sampleRate } = walkFrames(bytes, () => {
    frames += 1;
  });
  return { frames, samplesPerFrame, sampleRate, samples: frames * samplesPerFrame };
}

/** Where each frame of an MP3 sits, and how many bits of coded audio it carries. */
export interface Mp3FrameIndex {
  /** Byte offset of each frame in the file, then the end of the last frame (frames + 1 entries). */
  offsets: number[];
  /**
   * Coded-audio bits per frame (the side information's part2_3_length, summed over granules and
   * channels). LAME spends next to nothing on silence, so runs of small values are the pauses,
   * found without decoding.
   */
  bits: number[];
  samplesPerFrame: number;
  sampleRate: number;
}

/** Indexes the frames of an MP3 (skipping a leading ID3v2 tag) so it can be cut between frames without re-encoding. */
export function indexMp3Frames(bytes: Uint8Array): Mp3FrameIndex {
  const offsets: number[] = [];
  const bits: number[] = [];
  const { end, samplesPerFrame, sampleRate } = walkFrames(bytes, (frame) => {
    offsets.push(frame.offset);
    bits.push(codedBits(bytes, frame.offset + 4 + (frame.crc ? 2 : 0), frame.mpeg1, frame.channels));
  });
  offsets.push(Math.min(end, bytes.length));
  return { offsets, bits, samplesPerFrame, sampleRate };
}

interface FrameHeader {
  offset: number;
  crc: boolean;
  mpeg1: boolean;
  channels: number;
}

/** Calls `visit` for each Layer III frame header after any leading ID3v2 tag; throws on anything else. */
function walkFrames(bytes: Uint8Array, visit: (frame: FrameHeader) => void): { end: number; samplesPerFrame: number; sampleRate: number } {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    offset = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!);
  }
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
    visit({ offset, crc: (bytes[offset + 1]! & 0x01) === 0, mpeg1: version === 3, channels: bytes[offset + 3]! >> 6 === 3 ? 1 : 2 });
    offset += Math.floor(((perFrame / 8) * kbps * 1000) / rate) + padding;
    samplesPerFrame = perFrame;
    sampleRate = rate;
  }
  return { end: offset, samplesPerFrame, sampleRate };
}

/** Sum of part2_3_length in a Layer III side information block (ISO 11172-3 §2.4.1.7, ISO 13818-3 §2.4.1.7). */
function codedBits(bytes: Uint8Array, start: number, mpeg1: boolean, channels: number): number {
  let position = start * 8;
  const read = (count: number) => {
    let value = 0;
    for (let i = 0; i < count; i += 1, position += 1) value = (value << 1) | ((bytes[position >> 3] ?? 0) >> (7 - (position & 7))) & 1;
    return value;
  };
  // main_data_begin, private bits, scfsi (MPEG-1 only); then one block per granule and channel.
  if (mpeg1) read(9 + (channels === 1 ? 5 : 3) + 4 * channels);
  else read(8 + (channels === 1 ? 1 : 2));
  const granules = mpeg1 ? 2 : 1;
  const blockBits = mpeg1 ? 59 : 63;
  let total = 0;
  for (let i = 0; i < granules * channels; i += 1) {
    total += read(12);
    read(blockBits - 12);
  }
  return total;
}
