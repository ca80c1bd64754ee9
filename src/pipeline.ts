/**
 * The whole job on one screen:
 *   collect → extract → cluster → select → write → check → speak → build deck → publish
 * Each stage is a function of its inputs plus injected reach (fetch, storage, providers).
 */
import type { Catalog } from './domain/catalog.ts';
import type { CollectResult, TimeWindow } from './domain/collected.ts';
import type { Briefing } from './domain/briefing.ts';
import type { Progress } from './domain/progress.ts';
import type { RunReport } from './domain/run-report.ts';
import type { Config } from './config.ts';
import type { Storage } from './providers/storage/storage.ts';
import type { Summarizer } from './providers/llm/llm.ts';
import type { Tts } from './providers/tts/tts.ts';
import { collectStories } from './stages/collect.ts';
import { writeBriefing } from './stages/write.ts';
import { renderScriptMarkdown } from './stages/script-markdown.ts';
import { renderScriptDocx } from './stages/script-docx.ts';
import { recheckBriefing } from './stages/check/recheck-briefing.ts';
import { renderAudio } from './stages/speak.ts';
import { buildNewsDeck } from './deck/build-news-deck.ts';
import { buildMeetingHtml } from './stages/meeting/build-meeting-html.ts';
import { parseVtt } from './stages/meeting/parse-vtt.ts';
import type { Mp3Encoder } from './speech/audio/encode-mp3.ts';
import { vietnamDate } from './domain/vietnam-time.ts';

/** Everything a run may reach outside itself. Built by runtime/node.ts or runtime/workers.ts. */
export interface PipelineDeps {
  /** The guarded fetcher (SSRF checks, deadlines, size caps) used for feeds and pages. */
  fetch: typeof fetch;
  /** Content-keyed caches: HTTP validators, pages, extracted text, summaries, audio segments. */
  cache: Storage;
  summarizer: Summarizer;
  tts: Tts;
  now: () => Date;
  progress: Progress;
  report: RunReport;
  signal?: AbortSignal;
}

export interface GenerateRequest {
  catalog: Catalog;
  window: TimeWindow;
  config: Config;
  /** YYYY-MM-DD; defaults to the day the run ends. */
  meetingDate?: string;
}

export type RenderDeps = Pick<PipelineDeps, 'cache' | 'tts' | 'progress' | 'signal'> & {
  /** Written text → spoken words (numbers, dates, abbreviations expanded), with the user's lexicon. */
  normalize: (text: string) => string;
  logo?: Uint8Array;
  /** MP3 encoding off the main thread where the platform has threads; in-thread otherwise. */
  encoder?: Mp3Encoder;
};

/** The files of one published bulletin, by file name. */
export type BriefingFiles = Record<string, Uint8Array | string>;

/** collect → extract → cluster → select → write → check: the editable briefing document. */
export async function generateBriefing(request: GenerateRequest, deps: PipelineDeps): Promise<{ briefing: Briefing; collected: CollectResult }> {
  const collected = await collectStories(
    { catalog: request.catalog, window: request.window, quotas: request.config.quotas },
    { fetch: deps.fetch, cache: deps.cache, now: deps.now, progress: deps.progress, report: deps.report, signal: deps.signal },
  );
  const briefing = await writeBriefing(
    collected,
    { config: request.config, meetingDate: request.meetingDate ?? vietnamDate(new Date(request.window.until)) },
    { summarizer: deps.summarizer, cache: deps.cache, now: deps.now, progress: deps.progress, report: deps.report, signal: deps.signal },
  );
  return { briefing, collected };
}

/**
 * check again → speak → build deck: every file of the bulletin, from the (possibly edited) briefing
 * document. Each story is re-checked against its kept article text first, so an edit made in
 * briefing.json is flagged in script.md and briefing.json like one made on the review page.
 */
export async function renderBriefing(edited: Briefing, config: Config, deps: RenderDeps): Promise<BriefingFiles> {
  const briefing = recheckBriefing(edited);
  const audio = await renderAudio(briefing, { voice: config.voice, normalize: deps.normalize }, { tts: deps.tts, cache: deps.cache, progress: deps.progress, signal: deps.signal, encoder: deps.encoder });
  deps.progress({ stage: 'deck', done: 0, total: 1, message: 'Đang dựng bài trình chiếu' });
  const deck = await buildNewsDeck(briefing, { theme: config.deck.theme, logo: deps.logo, segments: audio.segments, bulletinMp3: config.deck.embedAudio ? audio.mp3 : undefined });
  deps.progress({ stage: 'deck', done: 1, total: 1 });
  return {
    'briefing.json': `${JSON.stringify(briefing, null, 2)}\n`,
    'script.md': renderScriptMarkdown(briefing),
    'briefing.docx': await renderScriptDocx(briefing),
    'briefing.mp3': audio.mp3,
    'briefing.vtt': audio.vtt,
    'briefing.srt': audio.srt,
    'segments.json': `${JSON.stringify(audio.segments, null, 2)}\n`,
    'briefing.pptx': deck,
    // Meeting mode as one file: opened from a USB stick beside briefing.mp3, it plays with no server.
    'briefing.html': buildMeetingHtml({ briefing, segments: audio.segments, cues: parseVtt(audio.vtt) }, { audioSrc: 'briefing.mp3', audioFallbacks: [`ban-tin-${briefing.meta.meetingDate}.mp3`], assets: 'inline' }),
  };
}

