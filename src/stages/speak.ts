import type { Config } from '../config.ts';
import type { Briefing } from '../domain/briefing.ts';
import { BantinError } from '../domain/errors.ts';
import type { Progress } from '../domain/progress.ts';
import type { SegmentsFile } from '../domain/segments.ts';
import { listSpokenItems } from '../domain/spoken-items.ts';
import type { Storage } from '../providers/storage/storage.ts';
import type { Tts } from '../providers/tts/tts.ts';
import { assembleBulletin } from '../speech/audio/assemble-bulletin.ts';
import { createLameJsEncoder, type Mp3Encoder } from '../speech/audio/encode-mp3.ts';
import { concatArrays } from '../domain/concat-arrays.ts';
import { formatSrt, formatVtt } from '../speech/audio/format-subtitles.ts';
import { buildId3Tag } from '../speech/audio/id3-chapters.ts';
import { isNearSilent, levelLoudness } from '../speech/audio/loudness.ts';
import { resample } from '../speech/audio/resample.ts';
import { buildCues } from '../speech/audio/subtitle-cues.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { trimSilence } from '../speech/audio/trim-silence.ts';
import { encodeItems } from './speak/encode-items.ts';
import { segmentKey } from './speak/segment-cache.ts';
import { synthesizeItems } from './speak/synthesize-items.ts';
import { dayMonthYear } from '../domain/vietnam-time.ts';
import { SAMPLE_MARK } from '../domain/sample-mark.ts';

export interface RenderedAudio {
  /** The whole bulletin, with ID3 chapters per section and story. */
  mp3: Uint8Array;
  vtt: string;
  srt: string;
  segments: SegmentsFile;
  /** Story id → MP3 of that story alone (for embedding in the deck). */
  storyAudio: Record<string, Uint8Array>;
  /** Items actually sent to the voice (the rest came from the segment cache). */
  synthesized: number;
}

/** Mono speech at 22–24 kHz: 64 kbit/s is transparent enough for a meeting-room speaker. */
const KBPS = 64;

/**
 * speak: reads the briefing aloud. Every spoken item is normalized, synthesized (or taken from
 * the content-keyed segment cache), trimmed and leveled, then laid out with pauses and chimes
 * and encoded to MP3 with chapters, subtitles and segments.json.
 */
export async function renderAudio(
  briefing: Briefing,
  options: { voice: Config['voice']; normalize: (text: string) => string },
  deps: {
    tts: Tts;
    cache: Storage;
    progress: Progress;
    signal?: AbortSignal;
    /** LAME in WebAssembly (createMp3WorkerEncoder on Node); without one, the pure-JS encoder in this thread. */
    encoder?: Mp3Encoder;
  },
): Promise<RenderedAudio> {
  const items = listSpokenItems(briefing)
    .map((item) => ({ ...item, spoken: options.normalize(item.text).trim() }))
    .filter((item) => /\p{L}/u.test(item.spoken));
  const total = items.length + 1;
  deps.progress({ stage: 'speak', done: 0, total, message: 'Đang đọc bản tin' });

  const voiceKey = { engine: deps.tts.engine, name: deps.tts.voice, rate: options.voice.rate };
  const keys = await Promise.all(items.map((item) => segmentKey(item.spoken, voiceKey)));
  const { audio, synthesized } = await synthesizeItems(
    items.map((item, index) => ({ title: item.title, text: item.spoken, key: keys[index]! })),
    { ...deps, total },
  );

  const sampleRate = audio[0]?.sampleRate ?? 24_000;
  const prepared = audio.map((result, index) => {
    const trimmed = trimSilence(resample(result.samples, result.sampleRate, sampleRate), sampleRate);
    const words = result.words?.map((word) => ({ ...word, start: word.start - trimmed.lead, end: word.end - trimmed.lead }));
    return { kind: items[index]!.kind, samples: levelLoudness(trimmed.samples, sampleRate), words };
  });
  if (items.length === 0 || isNearSilent(concatArrays(prepared.map((item) => item.samples), Int16Array), sampleRate, 1)) {
    throw new BantinError('speak', 'Bản tin âm thanh rỗng hoặc gần như im lặng nên không được xuất bản. Hãy kiểm tra nội dung bản tin và giọng đọc rồi chạy lại.');
  }
  deps.progress({ stage: 'speak', done: items.length, total, message: 'Đang mã hóa MP3' });
  const format = { sampleRate, kbps: KBPS };
  const encoder = deps.encoder ?? createLameJsEncoder();
  const encoded = await encodeItems(
    prepared.map((item, index) => ({ key: keys[index]!, samples: item.samples })),
    format,
    { cache: deps.cache, encoder, signal: deps.signal },
  );
  const bulletin = await assembleBulletin(
    prepared.map((item, index) => ({ kind: item.kind, mp3: encoded[index]!, speechSamples: item.samples.length })),
    format,
    encoder,
  );

  const bounds = items.map((_, index) => ({
    start: index === 0 ? 0 : bulletin.placements[index]!.start,
    end: index === items.length - 1 ? bulletin.duration : bulletin.placements[index + 1]!.start,
  }));
  const segments: SegmentsFile = {
    version: 1,
    duration: bulletin.duration,
    voice: { engine: deps.tts.engine, name: deps.tts.voice },
    items: items.map((item, index) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      ...(item.sectionId ? { sectionId: item.sectionId } : {}),
      start: round3(bounds[index]!.start),
      end: round3(bounds[index]!.end),
      audioKey: keys[index]!,
    })),
  };
  const tag = buildId3Tag({
    title: `${briefing.meta.sample ? `${SAMPLE_MARK} · ` : ''}Bản tin thời sự ${briefing.meta.cellName} ${dayMonthYear(briefing.meta.meetingDate)}`,
    artist: briefing.meta.unitName,
    chapters: segments.items.map((item) => ({ title: item.title, startMs: item.start * 1000, endMs: item.end * 1000 })),
  });
  const mp3 = concatArrays([tag, bulletin.mp3]);

  const cues = buildCues(
    items.map((item, index) => ({
      text: item.spoken,
      sentences: splitSentences(item.text, { speech: true }).map((written) => ({ written, spokenLength: options.normalize(written).length })),
      ...bulletin.placements[index]!,
      words: prepared[index]!.words,
    })),
    { end: bulletin.duration },
  );
  const storyAudio: Record<string, Uint8Array> = {};
  items.forEach((item, index) => {
    if (item.kind === 'story') storyAudio[item.id.slice('story:'.length)] = encoded[index]!;
  });
  deps.progress({ stage: 'speak', done: total, total, message: 'Đã đọc xong bản tin' });
  return { mp3, vtt: formatVtt(cues), srt: formatSrt(cues), segments, storyAudio, synthesized };
}


function round3(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}


