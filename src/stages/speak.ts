import type { Config } from '../config.ts';
import type { Briefing } from '../domain/briefing.ts';
import { BantinError } from '../domain/errors.ts';
import type { Progress } from '../domain/progress.ts';
import type { SegmentsFile } from '../domain/segments.ts';
import { listSpokenItems, type SpokenItem } from '../domain/spoken-items.ts';
import type { Storage } from '../providers/storage/storage.ts';
import type { Tts } from '../providers/tts/tts.ts';
import { assembleBulletin } from '../speech/audio/assemble-bulletin.ts';
import { createLameJsEncoder, type Mp3Encoder } from '../speech/audio/encode-mp3.ts';
import { concatArrays } from '../domain/concat-arrays.ts';
import type { WordTiming } from '../domain/synthesized-audio.ts';
import { formatSrt, formatVtt } from '../speech/audio/format-subtitles.ts';
import { buildId3Tag } from '../speech/audio/id3-chapters.ts';
import { levelLoudness, speechSeconds } from '../speech/audio/loudness.ts';
import { resample } from '../speech/audio/resample.ts';
import { buildCues, type Cue } from '../speech/audio/subtitle-cues.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { trimSilence } from '../speech/audio/trim-silence.ts';
import { createItemEncoder } from './speak/encode-items.ts';
import { segmentKey } from './speak/segment-cache.ts';
import { synthesizeItems } from './speak/synthesize-items.ts';
import { dayMonthYear } from '../domain/vietnam-time.ts';
import { SAMPLE_MARK } from '../domain/sample-mark.ts';

export interface RenderedAudio {
  /** The whole bulletin, with ID3 chapters per section and story. */
  mp3: Uint8Array;
  vtt: string;
  srt: string;
  /** The cues of vtt and srt, timed to the millisecond as those files write them. */
  cues: Cue[];
  segments: SegmentsFile;
  /** Items actually sent to the voice (the rest came from the segment cache). */
  synthesized: number;
}

interface PreparedItem {
  kind: SpokenItem['kind'];
  /** Trimmed and leveled PCM at the bulletin's sample rate. */
  samples: Int16Array;
  words?: WordTiming[];
  mp3: Promise<Uint8Array>;
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
  const encoder = deps.encoder ?? createLameJsEncoder();
  // The first item's sample rate is the bulletin's; each item is prepared and sent to the encoder
  // as soon as it is read, so encoding runs beside the synthesis of the items after it.
  let setSampleRate!: (rate: number) => void;
  const bulletinRate = new Promise<number>((resolve) => (setSampleRate = resolve));
  const encodeItem = bulletinRate.then((sampleRate) => createItemEncoder({ sampleRate, kbps: KBPS }, { cache: deps.cache, encoder, signal: deps.signal }));
  const preparing: Promise<PreparedItem>[] = [];
  const { synthesized } = await synthesizeItems(
    items.map((item, index) => ({ title: item.title, text: item.spoken, key: keys[index]! })),
    {
      ...deps,
      total,
      onAudio: (result, index) => {
        if (index === 0) setSampleRate(result.sampleRate);
        const item = Promise.all([bulletinRate, encodeItem]).then(([sampleRate, encode]) => {
          const trimmed = trimSilence(resample(result.samples, result.sampleRate, sampleRate), sampleRate);
          const samples = levelLoudness(trimmed.samples, sampleRate);
          const words = result.words?.map((word) => ({ ...word, start: word.start - trimmed.lead, end: word.end - trimmed.lead }));
          const mp3 = encode(keys[index]!, samples);
          // Awaited below, after every item is read; until then a failure must not go unhandled.
          mp3.catch(() => undefined);
          return { kind: items[index]!.kind, samples, words, mp3 };
        });
        item.catch(() => undefined);
        preparing[index] = item;
      },
    },
  );

  const sampleRate = items.length === 0 ? 24_000 : await bulletinRate;
  const prepared = await Promise.all(preparing);
  if (items.length === 0 || prepared.reduce((sum, item) => sum + speechSeconds(item.samples, sampleRate), 0) < 1) {
    throw new BantinError('speak', 'Bản tin âm thanh rỗng hoặc gần như im lặng nên không được xuất bản. Hãy kiểm tra nội dung bản tin và giọng đọc rồi chạy lại.');
  }
  deps.progress({ stage: 'speak', done: items.length, total, message: 'Đang mã hóa MP3' });
  const format = { sampleRate, kbps: KBPS };
  const encoded = await Promise.all(prepared.map((item) => item.mp3));
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
  ).map((cue) => ({ ...cue, start: round3(cue.start), end: round3(cue.end) }));
  deps.progress({ stage: 'speak', done: total, total, message: 'Đã đọc xong bản tin' });
  return { mp3, vtt: formatVtt(cues), srt: formatSrt(cues), cues, segments, synthesized };
}


function round3(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}


