import { renderScriptDocx } from '../../src/stages/script-docx.ts';
import { Mp3Encoder } from '@breezystack/lamejs';
import JSZip from 'jszip';
import type { Config } from '../../src/config.ts';
import type { Briefing, BriefingStory } from '../../src/domain/briefing.ts';
import type { Feed } from '../../src/domain/catalog.ts';
import type { FeedItem, FeedStatus } from '../../src/domain/collected.ts';
import { SECTION_IDS, SECTION_TITLES, type SectionId } from '../../src/domain/sections.ts';
import { listSpokenItems } from '../../src/domain/spoken-items.ts';
import type { SegmentsFile } from '../../src/domain/segments.ts';
import { BantinError } from '../../src/domain/errors.ts';
import type { Engine } from '../../src/server/services.ts';
import { buildMeetingHtml } from '../../src/stages/meeting/build-meeting-html.ts';
import { concatArrays } from '../../src/domain/concat-arrays.ts';

const SAMPLE_RATE = 8_000;

export interface FakeEngine extends Engine {
  /** Texts synthesized so far (a real cache would skip unchanged ones; this fake does the same). */
  synthesized: string[];
  generateCalls: number;
  /** What the last generate() was asked to do. */
  lastRequest: Parameters<Engine['generate']>[0] | null;
  /** While set, generate() waits for it (or for cancellation) after the collect stage. */
  gate: Promise<void> | null;
}

/** A small engine that implements the real interface and produces real, tiny files (a decodable MP3, a zip deck). */
/** `secondsPerItem` is the audio length of each spoken item (short in route tests, longer where a browser plays it). */
export function createFakeEngine(options: { failFeed?: string; stepDelayMs?: number; secondsPerItem?: number } = {}): FakeEngine {
  const SECONDS_PER_ITEM = options.secondsPerItem ?? 0.3;
  const pause = () => (options.stepDelayMs ? new Promise((resolve) => setTimeout(resolve, options.stepDelayMs)) : Promise.resolve());
  const audioCache = new Set<string>();
  const engine: FakeEngine = {
    synthesized: [],
    generateCalls: 0,
    lastRequest: null,
    gate: null,
    async generate(request, context) {
      engine.generateCalls++;
      engine.lastRequest = request;
      const feeds: FeedStatus[] = request.catalog.feeds.map((feed) =>
        feed.id === options.failFeed ? { id: feed.id, status: 'error', items: 0, inWindow: 0, error: `HTTP 503 từ ${feed.url}` } : { id: feed.id, status: 'ok', items: 3, inWindow: 2 },
      );
      for (const [index, feed] of feeds.entries()) {
        await pause();
        context.progress({ stage: 'collect', done: index + 1, total: feeds.length, message: feed.id });
        if (feed.status === 'error') context.report.add({ stage: 'collect', item: feed.id, reason: feed.error ?? 'lỗi' });
      }
      if (engine.gate) await waitOrAbort(engine.gate, context.signal);
      for (const stage of ['cluster', 'select', 'extract', 'write', 'check'] as const) {
        context.signal.throwIfAborted();
        await pause();
        context.progress({ stage, done: 1, total: 1 });
      }
      return { briefing: fakeBriefing(request.config, request.window, request.catalog.feeds.filter((feed) => feed.id !== options.failFeed)), feeds };
    },
    async render(briefing, config, context) {
      const items = listSpokenItems(briefing);
      const pieces: Int16Array[] = [];
      const timings: SegmentsFile['items'] = [];
      let at = 0;
      for (const [index, item] of items.entries()) {
        context.signal.throwIfAborted();
        const key = `${config.voice.name}|${item.text}`;
        if (!audioCache.has(key)) {
          audioCache.add(key);
          engine.synthesized.push(item.text);
        }
        pieces.push(tone(SECONDS_PER_ITEM, 330 + (index % 5) * 40));
        timings.push({ id: item.id, kind: item.kind, title: item.title, sectionId: item.sectionId, start: at, end: at + SECONDS_PER_ITEM, audioKey: key });
        at += SECONDS_PER_ITEM;
        context.progress({ stage: 'speak', done: index + 1, total: items.length });
      }
      const segments: SegmentsFile = { version: 1, duration: at, voice: { engine: 'fake', name: config.voice.name }, items: timings };
      context.progress({ stage: 'deck', done: 0, total: 1 });
      const deck = await fakeDeck(briefing);
      context.progress({ stage: 'deck', done: 1, total: 1 });
      const cues = timings.map((timing, index) => ({ index: index + 1, start: timing.start, end: timing.end, text: items[index]!.text }));
      return {
        'briefing.json': JSON.stringify(briefing, null, 2),
        'script.md': `# ${briefing.meta.cellName}\n\n${items.map((item) => `## ${item.title}\n\n${item.text}`).join('\n\n')}\n`,
        'briefing.mp3': encodeMp3(concatArrays(pieces, Int16Array)),
        'briefing.vtt': `WEBVTT\n\n${cues.map((cue) => `${clock(cue.start, '.')} --> ${clock(cue.end, '.')}\n${cue.text}`).join('\n\n')}\n`,
        'briefing.srt': `${cues.map((cue) => `${cue.index}\n${clock(cue.start, ',')} --> ${clock(cue.end, ',')}\n${cue.text}`).join('\n\n')}\n`,
        'segments.json': JSON.stringify(segments, null, 2),
        'briefing.pptx': deck,
        'briefing.docx': await renderScriptDocx(briefing),
        'briefing.html': buildMeetingHtml({ briefing, segments, cues }, { audioSrc: 'briefing.mp3', assets: 'inline' }),
      };
    },
    async regenerateStory(story) {
      return { ...story, script: `${story.script} (viết lại)`, check: { status: 'passed', writer: 'extractive', issues: [] } };
    },
    async storyFromUrl(url, section) {
      if (!url.includes('bai-bao')) throw new BantinError('extract', `không lấy được nội dung bài ${url}. Kiểm tra đường dẫn.`);
      return fakeStory(`them-${section}`, 'Tin thêm từ đường dẫn', { name: 'Báo thêm', url });
    },
    async testFeed(feed: Feed): Promise<FeedItem[]> {
      if (feed.id === options.failFeed) throw new BantinError('collect', `nguồn "${feed.id}" (${feed.url}): HTTP 503. Kiểm tra địa chỉ hoặc thử lại sau.`);
      return [1, 2].map((n) => ({ feedId: feed.id, title: `Tin số ${n} của ${feed.name}`, link: `${feed.url}/tin-${n}`, guid: `${feed.id}-${n}`, published: '2026-11-25T08:00:00+07:00', dateMissing: false, summary: 'Tóm tắt.' }));
    },
    // The topic deck of the fake engine is the outline as JSON in a zip, so tests can read what was rendered.
    async buildTopicDeck(input) {
      const names = input.sources.map((source) => (source.kind === 'file' ? source.name : source.url));
      const topic = { title: input.title, sources: names.map((name) => ({ name, text: `Nội dung của ${name}.` })) };
      const outline = {
        title: input.title,
        objectives: ['Nắm được nội dung tài liệu'],
        slides: [
          { heading: 'Phần thứ nhất', part: 1, bullets: ['Ý thứ nhất của phần một', 'Ý thứ hai của phần một'], notes: 'Ghi chú phần một.', sourceIndex: 0 },
          { heading: 'Phần thứ hai', part: 2, bullets: ['Ý của phần hai'], notes: 'Ghi chú phần hai.', sourceIndex: 0 },
        ],
        questions: ['Câu hỏi thảo luận?'],
        conclusion: ['Kết luận của tài liệu'],
      };
      const problems = input.title.includes('thuốc lá') ? ['Tài liệu nguồn ít đề cập đến chủ đề “' + input.title + '”.'] : [];
      return { pptx: await this.renderTopicDeck(topic, outline, {} as never), outline, input: topic, problems };
    },
    async renderTopicDeck(input, outline) {
      const zip = new JSZip();
      zip.file('ppt/slides/slide1.xml', `<p:sld><a:t>${input.title}</a:t></p:sld>`);
      zip.file('sources.txt', input.sources.map((source) => source.name).join('\n'));
      zip.file('outline.json', JSON.stringify(outline));
      return zip.generateAsync({ type: 'uint8array' });
    },
  };
  return engine;
}

function waitOrAbort(gate: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    gate.then(resolve, reject);
  });
}

function fakeStory(id: string, headline: string, source: { name: string; url: string }): BriefingStory {
  return {
    id,
    headline,
    script: `Theo ${source.name}, ${headline.toLowerCase()} được ghi nhận trong tuần.`,
    bullets: [`Ý chính thứ nhất của ${headline}`, 'Ý chính thứ hai'],
    sources: [{ feedId: 'fake', name: source.name, url: source.url, title: headline, published: '2026-11-25T08:00:00+07:00', text: `${headline} được ghi nhận trong tuần, với 12 đơn vị tham gia.` }],
    check: { status: id.endsWith('-2') ? 'flagged' : 'passed', writer: 'extractive', issues: id.endsWith('-2') ? [{ kind: 'number', value: '15', where: 'script' }] : [] },
  };
}

export function fakeBriefing(config: Config, window: { since: string; until: string }, feeds: Feed[]): Briefing {
  const storiesOf = (section: SectionId) =>
    feeds.filter((feed) => feed.section === section).flatMap((feed) => [1, 2].map((n) => fakeStory(`${feed.id}-${n}`, `Tin ${n} của ${feed.name}`, { name: feed.name, url: `${feed.url}/bai-${n}` })));
  return {
    version: 1,
    meta: { cellName: config.cell.name, unitName: config.cell.unit, meetingDate: window.until.slice(0, 10), window, generatedAt: window.until, targetMinutes: config.targetMinutes, writer: { provider: 'fake', model: 'fake', promptVersion: '1' } },
    intro: `Kính thưa các đồng chí, sau đây là bản tin thời sự của ${config.cell.name}.`,
    sections: SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], opener: `Sau đây là ${SECTION_TITLES[id].toLowerCase()}.`, stories: storiesOf(id) })),
    segments: [],
    outro: 'Bản tin đến đây là kết thúc. Xin cảm ơn các đồng chí.',
    report: { checked: 0, flagged: 0, fallback: 0, problems: [] },
  };
}

function tone(seconds: number, frequency: number): Int16Array {
  const samples = new Int16Array(Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(4000 * Math.sin((2 * Math.PI * frequency * i) / SAMPLE_RATE));
  return samples;
}

function encodeMp3(samples: Int16Array): Uint8Array {
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, 16);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < samples.length; i += 1152) chunks.push(encoder.encodeBuffer(samples.subarray(i, i + 1152)));
  chunks.push(encoder.flush());
  return concatArrays(chunks);
}

async function fakeDeck(briefing: Briefing): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  briefing.sections.flatMap((section) => section.stories).forEach((story, index) => zip.file(`ppt/slides/slide${index + 1}.xml`, `<p:sld><a:t>${story.headline}</a:t></p:sld>`));
  return zip.generateAsync({ type: 'uint8array' });
}

function clock(seconds: number, separator: '.' | ','): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}
