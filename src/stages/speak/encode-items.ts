import type { Storage } from '../../providers/storage/storage.ts';
import { encodeMp3, type Mp3Encoder } from '../../speech/audio/encode-mp3.ts';

/** Bump when trimming, leveling or encoding changes what the same segment audio encodes to. */
const PREPARATION = 'v1';

/**
 * Each item's MP3, from the cache when the same audio was already encoded in this format.
 * Encoding is the slowest step after synthesis, so an edit to one story re-encodes one story;
 * with an `encoder` (worker threads) the items encode in parallel.
 */
export async function encodeItems(
  items: { key: string; samples: Int16Array }[],
  format: { sampleRate: number; kbps: number },
  deps: { cache: Storage; encoder?: Mp3Encoder; signal?: AbortSignal },
): Promise<Uint8Array[]> {
  const encode = async (samples: Int16Array): Promise<Uint8Array> => {
    deps.signal?.throwIfAborted();
    if (deps.encoder) return deps.encoder.encode(samples, format.sampleRate, format.kbps, { signal: deps.signal });
    return encodeMp3(samples, format.sampleRate, format.kbps);
  };
  return Promise.all(
    items.map(async (item) => {
      const cacheKey = `speech/mp3/${PREPARATION}/${item.key}-${format.sampleRate}-${format.kbps}.mp3`;
      const cached = await deps.cache.get(cacheKey);
      if (cached !== null) return cached;
      const mp3 = await encode(item.samples);
      await deps.cache.put(cacheKey, mp3);
      return mp3;
    }),
  );
}
