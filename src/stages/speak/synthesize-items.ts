import { BantinError } from '../../domain/errors.ts';
import type { Progress } from '../../domain/progress.ts';
import type { Storage } from '../../providers/storage/storage.ts';
import type { SynthesizedAudio, Tts } from '../../providers/tts/tts.ts';
import { isNearSilent } from '../../speech/audio/loudness.ts';
import { readSegment, writeSegment } from './segment-cache.ts';
import { mapLimit } from '../write/map-limit.ts';

/** Items synthesized at once: enough to keep every espeak worker busy and Azure well under its rate limits. */
const CONCURRENCY = 4;

export interface SynthesisRequest {
  title: string;
  /** Normalized text, as spoken. */
  text: string;
  /** Content key from segmentKey(). */
  key: string;
}

/**
 * Audio for every item, from the segment cache when the same text was already read by the same
 * voice, otherwise from the voice (then cached). Near-silent audio is an error and never cached.
 */
export async function synthesizeItems(
  requests: SynthesisRequest[],
  deps: {
    tts: Tts;
    cache: Storage;
    progress: Progress;
    signal?: AbortSignal;
    total: number;
    /** Called as each item's audio is ready, so its encoding overlaps the synthesis of the rest. */
    onAudio?: (audio: SynthesizedAudio, index: number) => void;
  },
): Promise<{ synthesized: number }> {
  let synthesized = 0;
  let done = 0;
  // Two items with the same spoken text (e.g. identical openers) share one synthesis.
  const inFlight = new Map<string, Promise<SynthesizedAudio>>();
  await mapLimit(requests, CONCURRENCY, async (request, index) => {
    let shared = inFlight.get(request.key);
    if (!shared) {
      shared = obtain(request);
      inFlight.set(request.key, shared);
    }
    const result = await shared;
    deps.onAudio?.(result, index);
    done += 1;
    deps.progress({ stage: 'speak', done, total: deps.total, message: request.title });
  });
  return { synthesized };

  async function obtain(request: SynthesisRequest): Promise<SynthesizedAudio> {
    deps.signal?.throwIfAborted();
    let result = await readSegment(deps.cache, request.key);
    if (result === null) {
      try {
        result = await deps.tts.synthesize(request.text, { signal: deps.signal });
      } catch (cause) {
        if (cause instanceof BantinError || deps.signal?.aborted) throw cause;
        throw new BantinError('speak', `Không tổng hợp được giọng đọc cho mục "${request.title}" (${deps.tts.engine}, ${deps.tts.voice}): ${(cause as Error).message}`, { cause });
      }
      synthesized += 1;
      if (result.samples.length === 0 || isNearSilent(result.samples, result.sampleRate)) {
        throw new BantinError(
          'speak',
          `Giọng đọc ${deps.tts.engine} (${deps.tts.voice}) trả về âm thanh rỗng hoặc gần như im lặng cho mục "${request.title}". ` +
            'Không xuất bản tệp âm thanh này; hãy kiểm tra nội dung mục đó hoặc đổi giọng đọc rồi chạy lại.',
        );
      }
      await writeSegment(deps.cache, request.key, result);
    }
    return result;
  }
}
