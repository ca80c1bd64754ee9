import { MPEGDecoder } from 'mpg123-decoder';

/** Decodes an MP3 (ID3 tag and all) and returns its sample rate and length in seconds. */
export async function decodeMp3(bytes: Uint8Array): Promise<{ sampleRate: number; seconds: number; channel: Float32Array; errors: number }> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const result = decoder.decode(bytes);
    return { sampleRate: result.sampleRate, seconds: result.samplesDecoded / result.sampleRate, channel: result.channelData[0]!, errors: result.errors.length };
  } finally {
    decoder.free();
  }
}
