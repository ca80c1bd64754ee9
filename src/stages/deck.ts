/**
 * deck: the slide deck and the documents read beside the audio (script.md, the Word script,
 * meeting mode as one HTML file), with the audio's files: every file of the bulletin but
 * briefing.json, which the pipeline writes last with the run's timings.
 */
import type { Briefing } from '../domain/briefing.ts';
import type { Progress } from '../domain/progress.ts';
import { buildNewsDeck, type NewsDeckOptions } from '../deck/build-news-deck.ts';
import { buildMeetingHtml } from './meeting/build-meeting-html.ts';
import { renderScriptDocx } from './script-docx.ts';
import { renderScriptMarkdown } from './script-markdown.ts';
import type { RenderedAudio } from './speak.ts';

export async function buildDeck(
  briefing: Briefing,
  audio: RenderedAudio,
  options: Pick<NewsDeckOptions, 'theme' | 'logo'> & { embedAudio: boolean },
  deps: { progress: Progress },
): Promise<Record<string, Uint8Array | string>> {
  deps.progress({ stage: 'deck', done: 0, total: 1, message: 'Đang dựng bài trình chiếu' });
  const deck = await buildNewsDeck(briefing, { theme: options.theme, logo: options.logo, segments: audio.segments, bulletinMp3: options.embedAudio ? audio.mp3 : undefined });
  const files = {
    'script.md': renderScriptMarkdown(briefing),
    'briefing.docx': await renderScriptDocx(briefing),
    'briefing.mp3': audio.mp3,
    'briefing.vtt': audio.vtt,
    'briefing.srt': audio.srt,
    'segments.json': `${JSON.stringify(audio.segments, null, 2)}\n`,
    'briefing.pptx': deck,
    // Meeting mode as one file: opened from a USB stick beside briefing.mp3, it plays with no server.
    'briefing.html': buildMeetingHtml({ briefing, segments: audio.segments, cues: audio.cues }, { audioSrc: 'briefing.mp3', audioFallbacks: [`ban-tin-${briefing.meta.meetingDate}.mp3`], assets: 'inline' }),
  };
  deps.progress({ stage: 'deck', done: 1, total: 1 });
  return files;
}
