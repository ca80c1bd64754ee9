import type { Storage } from '../../providers/storage/storage.ts';
import type { Mp3Encoder } from '../../speech/audio/encode-mp3.ts';

/** Bump when trimming, leveling or encoding changes what the same segment audio encodes to. */
const PREPARATION = 'v2';

/** Where an item's MP3 frames are cached: its content key plus every encoder setting. */
export function mp3CacheKey(key: string, format: { sampleRate: number; kbps: number }, encoder: Mp3Encoder): string {
  return `speech/mp3/${PREPARATION}/${encoder.id}/${key}-${format.sampleRate}-${format.kbps}.mp3`;
}

/**
 * Encodes items as they become ready, each from the cache when the same audio was already encoded
 * by the same encoder in this format: encoding is the slowest step after synthesis, so an edit to
 * one story re-encodes one story. Two items with the same key share one encoding.
 */
export function createItemEncoder(
  format: { sampleRate: number; kbps: number },
  deps: { cache: Storage; encoder: Mp3Encoder; signal?: AbortSignal },
): (key: string, samples: Int16Array) => Promise<Uint8Array> {
  const inFlight = new Map<string, Promise<Uint8Array>>();
  return (key, samples) => {
    const cacheKey = mp3CacheKey(key, format, deps.encoder);
    let mp3 = inFlight.get(cacheKey);
    if (!mp3) {
      mp3 = (async () => {
        const cached = await deps.cache.get(cacheKey);
        if (cached !== null) return cached;
        deps.signal?.throwIfAborted();
        const encoded = await deps.encoder.encode(samples, format.sampleRate, format.kbps, { signal: deps.signal });
        await deps.cache.put(cacheKey, encoded);
        return encoded;
      })();
      inFlight.set(cacheKey, mp3);
    }
    return mp3;
  };
}
