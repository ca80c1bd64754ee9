import NodeID3 from 'node-id3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../src/domain/progress.ts';
import { SegmentsFileSchema } from '../../../src/domain/segments.ts';
import { listSpokenItems } from '../../../src/domain/spoken-items.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { createEspeakTts } from '../../../src/providers/tts/espeak-node.ts';
import { createMp3WorkerEncoder } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { renderAudio } from '../../../src/stages/speak.ts';
import { countCalls } from '../../providers/tts/fake-tts.ts';
import { decodeMp3 } from '../../speech/audio/mp3-decode.ts';
import { simpleNormalize, smallBriefing } from './briefing-fixture.ts';

const voice = { provider: 'espeak' as const, name: 'vi-vn-x-south', rate: 1, thousand: 'nghìn' as const };

function parseCues(text: string, separator: '.' | ','): { start: number; end: number; text: string }[] {
  const time = `(\\d\\d):(\\d\\d):(\\d\\d)\\${separator}(\\d\\d\\d)`;
  const pattern = new RegExp(`${time} --> ${time}\\n(.+)`, 'g');
  const seconds = (m: string[], at: number) => Number(m[at]) * 3600 + Number(m[at + 1]) * 60 + Number(m[at + 2]) + Number(m[at + 3]) / 1000;
  return Array.from(text.matchAll(pattern), (m) => ({ start: seconds(m, 1), end: seconds(m, 5), text: m[9]! }));
}

// Generous timeout: espeak and LAME share two cores with the rest of the suite.
describe('renderAudio with the offline espeak voice', { timeout: 120_000 }, () => {
  const espeak = createEspeakTts({ workers: 2 });
  const encoder = createMp3WorkerEncoder({ workers: 2 });
  afterAll(async () => {
    await espeak.close?.();
    await encoder.close?.();
  });
  const cache = createMemoryStorage();
  const briefing = smallBriefing();
  const items = listSpokenItems(briefing);
  const events: ProgressEvent[] = [];
  const first = renderAudio(briefing, { voice, normalize: simpleNormalize }, { tts: espeak, cache, encoder, progress: (event) => events.push(event) });

  it('gives an MP3 that decodes to the duration written in segments.json', async () => {
    const { mp3, segments, synthesized } = await first;
    const decoded = await decodeMp3(mp3);
    expect(decoded.errors).toBe(0);
    expect(decoded.sampleRate).toBe(22_050);
    expect(synthesized).toBe(items.length);
    expect(segments.duration).toBeGreaterThan(15);
    expect(Math.abs(decoded.seconds - segments.duration)).toBeLessThan(0.15);
  });

  it('writes segments in spoken order that tile the whole bulletin', async () => {
    const { segments } = await first;
    expect(SegmentsFileSchema.parse(segments)).toEqual(segments);
    expect(segments.voice).toEqual({ engine: 'espeak', name: 'vi-vn-x-south' });
    expect(segments.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(segments.items[0]!.start).toBe(0);
    expect(segments.items.at(-1)!.end).toBeCloseTo(segments.duration, 2);
    segments.items.forEach((item, index) => {
      expect(item.end).toBeGreaterThan(item.start + 0.5);
      if (index > 0) expect(item.start).toBe(segments.items[index - 1]!.end);
    });
  });

  it('writes ID3 chapters that read back in order and match the segments', async () => {
    const { mp3, segments } = await first;
    const tags = NodeID3.read(Buffer.from(mp3));
    const chapters = tags.chapter ?? [];
    expect(chapters.map((chapter) => chapter.tags?.title)).toEqual(segments.items.map((item) => item.title));
    chapters.forEach((chapter, index) => {
      expect(chapter.startTimeMs).toBe(Math.round(segments.items[index]!.start * 1000));
      expect(chapter.endTimeMs).toBe(Math.round(segments.items[index]!.end * 1000));
    });
    expect(tags.tableOfContents?.[0]?.elements).toEqual(chapters.map((chapter) => chapter.elementID));
    expect(tags.title).toContain('27/11/2026');
  });

  it('writes WebVTT and SRT cues that agree, run in order and cover the spoken audio', async () => {
    const { vtt, srt, segments } = await first;
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    const vttCues = parseCues(vtt, '.');
    const srtCues = parseCues(srt, ',');
    expect(srtCues).toEqual(vttCues);
    expect(vttCues.length).toBeGreaterThanOrEqual(items.length);
    vttCues.forEach((cue, index) => {
      expect(cue.end).toBeGreaterThan(cue.start);
      expect(cue.end).toBeLessThanOrEqual(segments.duration);
      if (index > 0) expect(cue.start).toBeGreaterThanOrEqual(vttCues[index - 1]!.end - 0.001);
    });
    for (const item of segments.items) {
      const inside = vttCues.filter((cue) => cue.start >= item.start - 0.001 && cue.end <= item.end + 0.001);
      expect(inside.length).toBeGreaterThan(0);
      // Speech starts right after the chapter mark (the intro's chapter also holds the chime).
      if (item.kind !== 'intro') expect(inside[0]!.start - item.start).toBeLessThan(0.2);
    }
    const covered = vttCues.reduce((sum, cue) => sum + cue.end - cue.start, 0);
    expect(covered / segments.duration).toBeGreaterThan(0.6);
    // Subtitles show the text as written; the spoken form is what the voice reads.
    expect(vtt).toContain('tháng 11');
    expect(vtt).not.toContain('mười một');
  });

  it('reports speak progress up to done = total', async () => {
    await first;
    expect(events.every((event) => event.stage === 'speak')).toBe(true);
    const last = events.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBe(items.length + 1);
    expect(events.map((event) => event.done)).toEqual([...events.map((event) => event.done)].sort((a, b) => a - b));
  });

  it('re-synthesizes exactly one segment after one story is edited', async () => {
    await first;
    const edited = smallBriefing();
    edited.sections[0]!.stories[1]!.script = 'Viện kiểm sát nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.';
    const counting = countCalls(espeak);
    const again = await renderAudio(edited, { voice, normalize: simpleNormalize }, { tts: counting, cache, encoder, progress: () => {} });
    expect(again.synthesized).toBe(1);
    expect(counting.calls).toEqual(['Viện kiểm sát nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.']);
    const unchanged = await renderAudio(edited, { voice, normalize: simpleNormalize }, { tts: counting, cache, encoder, progress: () => {} });
    expect(unchanged.synthesized).toBe(0);
    expect(counting.calls).toHaveLength(1);
    expect(unchanged.segments).toEqual(again.segments);
  });
});
