import { describe, expect, it } from 'vitest';
import { BantinError } from '../../../src/domain/errors.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { compileLameWasm } from '../../../src/providers/tts/mp3-encoder-node.ts';
import type { Tts } from '../../../src/providers/tts/tts.ts';
import { type Mp3Encoder } from '../../../src/speech/audio/encode-mp3.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { measureLoudness } from '../../../src/speech/audio/loudness.ts';
import { parseVtt } from '../../../src/stages/meeting/parse-vtt.ts';
import { renderAudio } from '../../../src/stages/speak.ts';
import { countCalls, createFakeTts } from '../../providers/tts/fake-tts.ts';
import { decodeMp3 } from '../../speech/audio/mp3-decode.ts';
import { simpleNormalize, smallBriefing } from './briefing-fixture.ts';

const voice = { provider: 'espeak' as const, name: 'fake-voice', rate: 1, thousand: 'nghìn' as const };

describe('renderAudio with a fake voice', { timeout: 120_000 }, () => {
  it('rejects a near-silent synthesis with a Vietnamese error and caches nothing', async () => {
    const cache = createMemoryStorage();
    const error = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts({ level: 0.0005 }), cache, progress: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BantinError);
    expect((error as BantinError).stage).toBe('speak');
    expect((error as BantinError).userMessage).toMatch(/gần như im lặng/);
    expect(await cache.list('speech/')).toEqual([]);
  });

  it('refuses to make a bulletin when nothing is left to read', async () => {
    const error = await renderAudio(smallBriefing(), { voice, normalize: () => ' … ' }, { tts: createFakeTts(), cache: createMemoryStorage(), progress: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BantinError);
    expect((error as BantinError).userMessage).toMatch(/rỗng/);
  });

  it('evens loudness across stories read at very different levels', async () => {
    let call = 0;
    const base = createFakeTts();
    const uneven: Tts = {
      engine: 'fake',
      voice: 'uneven',
      async synthesize(text, options) {
        const audio = await base.synthesize(text, options);
        const gain = call++ % 2 === 0 ? 0.05 : 2.5;
        return { ...audio, samples: audio.samples.map((s) => Math.max(-32768, Math.min(32767, Math.round(s * gain)))) };
      },
    };
    const { mp3, segments } = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: uneven, cache: createMemoryStorage(), progress: () => {} });
    const decoded = await decodeMp3(mp3);
    // Intro and outro share their chapter with a chime, so compare the spoken-only items.
    const spoken = segments.items.filter((item) => item.kind === 'story' || item.kind === 'section');
    const levels = spoken.map((item) => {
      const slice = decoded.channel.subarray(Math.round(item.start * decoded.sampleRate), Math.round(item.end * decoded.sampleRate));
      return measureLoudness(Int16Array.from(slice, (v) => Math.round(v * 32767)), decoded.sampleRate);
    });
    expect(Math.max(...levels) - Math.min(...levels)).toBeLessThan(2);
  });

  it('makes word-level subtitles when the voice gives word timings', async () => {
    const { vtt } = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts({ withWords: true }), cache: createMemoryStorage(), progress: () => {} });
    expect(vtt).toContain('\nKính thưa các đồng chí,\nsau đây là bản tin thời sự tháng mười một.\n');
  });

  it('gives the cues briefing.vtt holds, so meeting mode needs not read them back from the file', async () => {
    const { vtt, cues } = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts({ withWords: true }), cache: createMemoryStorage(), progress: () => {} });
    expect(cues.length).toBeGreaterThan(1);
    expect(cues).toEqual(parseVtt(vtt));
  });

  it('synthesizes identical texts once', async () => {
    const briefing = smallBriefing();
    briefing.sections[4]!.opener = briefing.sections[0]!.opener;
    const counting = countCalls(createFakeTts());
    const { synthesized, segments } = await renderAudio(briefing, { voice, normalize: simpleNormalize }, { tts: counting, cache: createMemoryStorage(), progress: () => {} });
    expect(segments.items).toHaveLength(7);
    expect(segments.items[1]!.audioKey).toBe(segments.items[4]!.audioKey);
    expect(synthesized).toBe(6);
    expect(counting.calls).toHaveLength(6);
  });

  it('caches by voice: another voice reads everything again', async () => {
    const cache = createMemoryStorage();
    const first = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts({ voice: 'a' }), cache, progress: () => {} });
    const second = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts({ voice: 'b' }), cache, progress: () => {} });
    expect(first.synthesized).toBe(second.synthesized);
    expect(second.synthesized).toBeGreaterThan(0);
    expect(second.segments.items[0]!.audioKey).not.toBe(first.segments.items[0]!.audioKey);
  });

  it('stops with an error when a signal aborts the render', async () => {
    const controller = new AbortController();
    controller.abort(new Error('đã hủy'));
    await expect(
      renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts: createFakeTts(), cache: createMemoryStorage(), progress: () => {}, signal: controller.signal }),
    ).rejects.toThrow(/đã hủy/);
  });

  it('re-encodes only the edited story on a re-render and joins the cached frames of the rest', async () => {
    const encoded: number[] = [];
    const lame = createLameWasmEncoder(compileLameWasm());
    // A real encoder that records how much audio it is given.
    const counting: Mp3Encoder = { id: lame.id, encode: (samples, ...rest) => (encoded.push(samples.length), lame.encode(samples, ...rest)) };
    const cache = createMemoryStorage();
    const tts = createFakeTts();
    const first = await renderAudio(smallBriefing(), { voice, normalize: simpleNormalize }, { tts, cache, encoder: counting, progress: () => {} });
    const encodedFirst = encoded.splice(0);
    expect(encodedFirst.length).toBeGreaterThanOrEqual(first.segments.items.length);

    const edited = smallBriefing();
    edited.sections[0]!.stories[1]!.script = 'Viện kiểm sát nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm.';
    const second = await renderAudio(edited, { voice, normalize: simpleNormalize }, { tts, cache, encoder: counting, progress: () => {} });
    expect(encoded).toHaveLength(1);
    const changed = second.segments.items.findIndex((item) => item.id === 'story:tinh-2');
    expect(second.segments.items[changed]!.audioKey).not.toBe(first.segments.items[changed]!.audioKey);
    const kept = second.segments.items.findIndex((item) => item.id === 'story:tinh-1');
    expect(second.segments.items[kept]!.audioKey).toBe(first.segments.items[kept]!.audioKey);
    const decoded = await decodeMp3(second.mp3);
    expect(decoded.errors).toBe(0);
    expect(Math.abs(decoded.seconds - second.segments.duration)).toBeLessThan(0.001);

    await renderAudio(edited, { voice, normalize: simpleNormalize }, { tts, cache, encoder: counting, progress: () => {} });
    expect(encoded).toHaveLength(1);
  });
});
