import { describe, expect, it } from 'vitest';
import { compileLameWasm, createMp3WorkerEncoder } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { generateChime } from '../../../src/speech/audio/tone.ts';
import { decodeMp3 } from '../../speech/audio/mp3-decode.ts';

describe('createMp3WorkerEncoder', () => {
  it('encodes in worker threads exactly as the in-thread encoder does', async () => {
    const encoder = createMp3WorkerEncoder({ workers: 2 });
    const inThread = createLameWasmEncoder(compileLameWasm());
    try {
      const pcm = generateChime(22_050);
      const [a, b] = await Promise.all([encoder.encode(pcm, 22_050, 64), encoder.encode(pcm.subarray(0, 5000), 22_050, 64)]);
      expect(encoder.id).toBe(inThread.id);
      expect(Buffer.from(a).equals(Buffer.from(await inThread.encode(pcm, 22_050, 64)))).toBe(true);
      expect(Buffer.from(b).equals(Buffer.from(await inThread.encode(pcm.subarray(0, 5000), 22_050, 64)))).toBe(true);
      expect((await decodeMp3(a)).errors).toBe(0);
    } finally {
      await encoder.close?.();
    }
  });
});
