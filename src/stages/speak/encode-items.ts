import type { Storage } from '../../providers/storage/storage.ts';
import type { Mp3Encoder } from '../../speech/audio/encode-mp3.ts';

/** Bump when trimming, leveling or encoding changes what the same segment audio encodes to. */
const PREPARATION = 'v2';

/** Where an item's MP3 frames are cached: its content key plus every encoder setting. */
export function mp3CacheKey(key: string, format: { sampleRate: number; kbps: number }, encoder: Mp3Encoder): string {
  return `speech/mp3/${PREPARATION}/${encoder.id}/${key}-${format.sampleRate}-${format.kbps}.mp3`;
}

/**
 * Each item's MP3, from the cache when the same audio was already encoded by the same encoder in
 * this format. Encoding is the slowest step after synthesis, so an edit to one story re-encodes
 * one story; the items go to the encoder together (worker threads encode them in parallel).
 */
export async function encodeItems(
  items: { key: string; samples: Int16Array }[],
  format: { sampleRate: number; kbps: number },
  deps: { cache: Storage; encoder: Mp3Encoder; signal?: AbortSignal },
): Promise<Uint8Array[]> {
  return Promise.all(
    items.map(async (item) => {
      const cacheKey = mp3CacheKey(item.key, format, deps.encoder);
      const cached = await deps.cache.get(cacheKey);
      if (cached !== null) return cached;
      deps.signal?.throwIfAborted();
      const mp3 = await deps.encoder.encode(item.samples, format.sampleRate, format.kbps, { signal: deps.signal });
      await deps.cache.put(cacheKey, mp3);
      return mp3;
    }),
  );
}
