import { decodeWav } from '../../speech/audio/decode-wav.ts';
import { encodeWav } from '../../speech/audio/encode-wav.ts';
import type { Storage } from '../../providers/storage/storage.ts';
import type { SynthesizedAudio, WordTiming } from '../../providers/tts/tts.ts';

/** Bump when the cached audio would differ for the same inputs (e.g. a new espeak build). */
const FORMAT = 'segment-v1';
const PREFIX = 'speech/segments';

/** Content key of one item's audio: the same normalized text, voice, engine and rate give the same audio. */
export async function segmentKey(text: string, voice: { engine: string; name: string; rate: number }): Promise<string> {
  const input = new TextEncoder().encode(JSON.stringify([FORMAT, voice.engine, voice.name, voice.rate, text]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function readSegment(cache: Storage, key: string): Promise<SynthesizedAudio | null> {
  const wav = await cache.get(`${PREFIX}/${key}.wav`);
  if (wav === null) return null;
  const { sampleRate, samples } = decodeWav(wav);
  const words = await cache.get(`${PREFIX}/${key}.words.json`);
  return words === null ? { sampleRate, samples } : { sampleRate, samples, words: JSON.parse(new TextDecoder().decode(words)) as WordTiming[] };
}

/** Word timings go first: the WAV's presence is what marks an entry complete. */
export async function writeSegment(cache: Storage, key: string, audio: SynthesizedAudio): Promise<void> {
  if (audio.words && audio.words.length > 0) await cache.put(`${PREFIX}/${key}.words.json`, JSON.stringify(audio.words));
  await cache.put(`${PREFIX}/${key}.wav`, encodeWav(audio.samples, audio.sampleRate));
}
