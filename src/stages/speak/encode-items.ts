import type { Storage } from '../../providers/storage/storage.ts';
import { encodeMp3 } from '../../speech/audio/encode-mp3.ts';

/** Bump when trimming, leveling or encoding changes what the same segment audio encodes to. */
const PREPARATION = 'v1';

/**
 * Each item's MP3, from the cache when the same audio was already encoded in this format.
 * Encoding is the slowest step after synthesis, so an edit to one story re-encodes one story.
 */
export async function encodeItems(
  items: { key: string; samples: Int16Array }[],
  format: { sampleRate: number; kbps: number },
  deps: { cache: Storage; signal?: AbortSignal },
): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const item of items) {
    deps.signal?.throwIfAborted();
    const cacheKey = `speech/mp3/${PREPARATION}/${item.key}-${format.sampleRate}-${format.kbps}.mp3`;
    let mp3 = await deps.cache.get(cacheKey);
    if (mp3 === null) {
      mp3 = encodeMp3(item.samples, format.sampleRate, format.kbps);
      await deps.cache.put(cacheKey, mp3);
    }
    out.push(mp3);
  }
  return out;
}
