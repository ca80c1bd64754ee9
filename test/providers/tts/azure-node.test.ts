import { describe, expect, it } from 'vitest';
import { createAzureTts } from '../../../src/providers/tts/azure-node.ts';
import { testTts } from './tts-contract.ts';

const key = process.env.AZURE_SPEECH_KEY;
const region = process.env.AZURE_SPEECH_REGION;
const create = () => createAzureTts({ key: key!, region: region!, voice: 'vi-VN-HoaiMyNeural' });

testTts('Azure Speech SDK voice (needs AZURE_SPEECH_KEY and AZURE_SPEECH_REGION)', create, { skip: !key || !region });

describe('createAzureTts', () => {
  it.skipIf(!key || !region)('keeps word-boundary timings in order inside the audio', async () => {
    const audio = await create().synthesize('Kính thưa các đồng chí, sau đây là bản tin thời sự.', {});
    const seconds = audio.samples.length / audio.sampleRate;
    expect(audio.sampleRate).toBe(24_000);
    expect(audio.words?.length).toBeGreaterThanOrEqual(8);
    audio.words!.forEach((word, index) => {
      expect(word.end).toBeGreaterThanOrEqual(word.start);
      expect(word.end).toBeLessThanOrEqual(seconds + 0.01);
      if (index > 0) expect(word.start).toBeGreaterThanOrEqual(audio.words![index - 1]!.start);
    });
  });

  it.skipIf(!region)('rejects a wrong key with a Vietnamese error naming AZURE_SPEECH_KEY', async () => {
    const tts = createAzureTts({ key: '00000000000000000000000000000000', region: region!, voice: 'vi-VN-HoaiMyNeural' });
    await expect(tts.synthesize('Xin chào.', {})).rejects.toThrow(/AZURE_SPEECH_KEY/);
  });
});
