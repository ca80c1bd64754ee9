import { mkdtempSync, readFileSync, existsSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { MPEGDecoder } from 'mpg123-decoder';
import { main } from '../src/cli.ts';
import type { CliIo } from '../src/cli/command.ts';
import { BriefingSchema, type Briefing } from '../src/domain/briefing.ts';
import { SECTION_IDS } from '../src/domain/sections.ts';
import { STAGES } from '../src/domain/progress.ts';
import { STAGE_LABELS } from '../src/cli/progress-display.ts';
import { SegmentsFileSchema } from '../src/domain/segments.ts';
import { listSpokenItems } from '../src/domain/spoken-items.ts';
import { SAMPLE_MARK } from '../src/domain/sample-mark.ts';
import { SPOKEN_SAMPLE_NOTICE } from '../src/stages/write/script-frame.ts';
import NodeID3 from 'node-id3';
import { splitFigure } from '../src/deck/content-slides.ts';
import { cueRuleViolations, parseSrt, parseVtt } from './speech/audio/subtitle-rules.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', interactive: false };
}

describe('npm run demo (bantin demo), offline, end to end', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bantin-demo-'));
  let exitCode = -1;
  let io: ReturnType<typeof captureIo>;
  let briefing: Briefing;
  // Fixed for both runs, so the sample pages' URLs (and with them the bulletin) are the same.
  let port = 0;

  beforeAll(async () => {
    process.env.BANTIN_DATA_DIR = mkdtempSync(join(tmpdir(), 'bantin-data-'));
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
    delete process.env.AZURE_SPEECH_KEY;
    io = captureIo();
    exitCode = await main(['demo', '--out', outDir, '--port', String(port = await freePort()), '--verbose'], io);
    briefing = BriefingSchema.parse(JSON.parse(readFileSync(join(outDir, 'briefing.json'), 'utf8')));
  }, 300_000);

  it('finishes with exit code 0 and writes every file of the bulletin', () => {
    expect(io.err.join('')).not.toMatch(/Lỗi/);
    expect(exitCode).toBe(0);
    for (const name of ['briefing.json', 'script.md', 'briefing.mp3', 'briefing.vtt', 'briefing.srt', 'segments.json', 'briefing.pptx', 'briefing.html', 'briefing.docx']) {
      expect(existsSync(join(outDir, name)), name).toBe(true);
    }
  });

  it('records every stage but publish in briefing.json, in the order they ran, each with a time and a count', () => {
    const stages = briefing.report.stages ?? [];
    expect(stages.map((timing) => timing.stage)).toEqual(STAGES.filter((stage) => stage !== 'publish'));
    for (const timing of stages) {
      expect(timing.ms, timing.stage).toBeGreaterThanOrEqual(0);
      expect(timing.items, timing.stage).toBeGreaterThan(0);
    }
    const stories = briefing.sections.reduce((sum, section) => sum + section.stories.length, 0);
    expect(stages.find((timing) => timing.stage === 'write')?.items).toBe(stories);
  });

  it('prints every stage with its time in Vietnamese with --verbose, publish included, in order', () => {
    const text = io.err.join('');
    const table = text.slice(text.indexOf('Thời gian từng bước:'));
    expect(text).toContain('Thời gian từng bước:');
    const lines = table.split('\n').slice(1, STAGES.length + 2);
    expect(lines.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual([...STAGES.map((stage) => STAGE_LABELS[stage]), 'Tổng cộng']);
    for (const line of lines) expect(line).toMatch(/\d+ ms|\d+,\d giây|\d+ phút \d{2} giây/);
    expect(lines.find((line) => line.includes('Xuất bản'))).toMatch(/\(9 tệp\)/);
  });

  it('has stories with text and sources in all five sections, in order', () => {
    expect(briefing.sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
    for (const section of briefing.sections) {
      expect(section.stories.length, section.id).toBeGreaterThan(0);
      for (const story of section.stories) {
        expect(story.script.split(/\s+/).length).toBeGreaterThan(15);
        expect(story.sources[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      }
    }
    expect(briefing.intro).toMatch(/Kính thưa/);
  });

  it('marks the bulletin as a sample, so fictional news is never mistaken for the week\'s news', () => {
    expect(briefing.meta.sample).toBe(true);
    expect(readFileSync(join(outDir, 'script.md'), 'utf8')).toContain('Bản tin mẫu');
  });

  it('marks the sample on the deck cover and in every content slide footer', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, 'briefing.pptx')));
    const text = async (name: string) => (await zip.file(name)!.async('string')).replace(/&amp;/g, '&');
    expect(await text('ppt/slides/slide1.xml')).toContain(SAMPLE_MARK);
    const layouts = Object.keys(zip.files).filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name));
    const withFooter = [];
    for (const name of layouts) if ((await text(name)).includes(`${SAMPLE_MARK} · ${briefing.meta.cellName}`)) withFooter.push(name);
    // The content and section-divider masters carry the footer; every story slide uses one of them.
    expect(withFooter.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the sample in the MP3 title and says so in the spoken introduction', () => {
    const tags = NodeID3.read(readFileSync(join(outDir, 'briefing.mp3')));
    expect(tags.title).toContain(SAMPLE_MARK);
    expect(listSpokenItems(briefing)[0]!.text).toContain(SPOKEN_SAMPLE_NOTICE);
    expect(readFileSync(join(outDir, 'briefing.vtt'), 'utf8').replace(/\n/g, ' ')).toContain('Đây là bản tin mẫu');
  });

  it('writes a script.md that names every story and its source', () => {
    const script = readFileSync(join(outDir, 'script.md'), 'utf8');
    for (const story of briefing.sections.flatMap((section) => section.stories)) {
      expect(script).toContain(story.headline);
      expect(script).toContain(story.sources[0]!.url);
    }
  });

  it('writes an MP3 that decodes to the duration segments.json describes', async () => {
    const segments = SegmentsFileSchema.parse(JSON.parse(readFileSync(join(outDir, 'segments.json'), 'utf8')));
    const decoder = new MPEGDecoder();
    await decoder.ready;
    const decoded = decoder.decode(new Uint8Array(readFileSync(join(outDir, 'briefing.mp3'))));
    decoder.free();
    const seconds = decoded.samplesDecoded / decoded.sampleRate;
    expect(seconds).toBeGreaterThan(120);
    expect(Math.abs(seconds - segments.duration)).toBeLessThan(1.5);
    const storyIds = briefing.sections.flatMap((section) => section.stories.map((story) => `story:${story.id}`));
    expect(segments.items.filter((item) => item.kind === 'story').map((item) => item.id)).toEqual(storyIds);
  });

  it('writes subtitles that cover the audio', () => {
    const vtt = readFileSync(join(outDir, 'briefing.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(readFileSync(join(outDir, 'briefing.srt'), 'utf8')).toMatch(/^1\r?\n00:00:/);
  });

  it('writes subtitles as broadcasters make them: two lines of 42 characters, 1.2 s and 17 characters a second at most, no compound cut', () => {
    const vtt = parseVtt(readFileSync(join(outDir, 'briefing.vtt'), 'utf8'));
    const srt = parseSrt(readFileSync(join(outDir, 'briefing.srt'), 'utf8'));
    expect(vtt.length).toBeGreaterThan(50);
    expect(srt).toEqual(vtt);
    expect(cueRuleViolations(vtt)).toEqual([]);
    // Every word of the script, in order, whole: no word is cut or lost between cues.
    const written = listSpokenItems(briefing).flatMap((item) => item.text.split(/\s+/).filter(Boolean));
    expect(vtt.flatMap((cue) => cue.lines.join(' ').split(' '))).toEqual(written);
  });

  it('carries each story\'s key figure in briefing.json, shows it in a callout on its slide and in script.md', async () => {
    const stories = briefing.sections.flatMap((section) => section.stories);
    const withFigure = stories.filter((story) => story.keyFigure);
    expect(withFigure.length).toBeGreaterThan(stories.length / 2);
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, 'briefing.pptx')));
    const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    const script = readFileSync(join(outDir, 'script.md'), 'utf8');
    for (const story of withFigure) {
      expect([story.headline, story.script, ...story.bullets].some((text) => text.includes(story.keyFigure!)), story.headline).toBe(true);
      const { number } = splitFigure(story.keyFigure!);
      expect(slides.some((xml) => /name="story-\d+-callout"/.test(xml) && xml.includes(`<a:t>${number}</a:t>`)), story.keyFigure).toBe(true);
      expect(script).toContain(`**Số liệu nổi bật:** ${story.keyFigure}`);
    }
  });

  it('writes a deck with a slide and speaker notes for every story', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, 'briefing.pptx')));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    const stories = briefing.sections.flatMap((section) => section.stories);
    expect(slides.length).toBeGreaterThanOrEqual(stories.length + 4);
    const notes = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    const allNotes = notes.join('\n');
    for (const story of stories) expect(allNotes).toContain(story.script.slice(0, 30).replace(/&/g, '&amp;'));
  });

  it('with --embed-audio, renders a deck whose slides together play briefing.mp3, each starting and moving on by itself', async () => {
    const again = mkdtempSync(join(tmpdir(), 'bantin-embed-'));
    const renderIo = captureIo();
    expect(await main(['render', '--from', join(outDir, 'briefing.json'), '--out', again, '--embed-audio'], renderIo), renderIo.err.join('')).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(again, 'briefing.pptx')));
    const count = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
    const clips: Uint8Array[] = [];
    for (let n = 1; n <= count; n += 1) {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      expect(xml, `slide ${n}`).toMatch(/<p:transition [^>]*advTm="\d+"/);
      expect(xml, `slide ${n}`).toContain('cmd="playFrom(0.0)"');
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
      const media = /Target="\.\.\/media\/([^"]+\.mp3)"/.exec(rels)![1]!;
      clips.push(await zip.file(`ppt/media/${media}`)!.async('uint8array'));
    }
    const mp3 = new Uint8Array(readFileSync(join(again, 'briefing.mp3')));
    const tagLength = 10 + ((mp3[6]! << 21) | (mp3[7]! << 14) | (mp3[8]! << 7) | mp3[9]!);
    const joined = new Uint8Array(clips.reduce((n, clip) => n + clip.length, 0));
    clips.reduce((offset, clip) => (joined.set(clip, offset), offset + clip.length), 0);
    expect(joined).toEqual(mp3.subarray(tagLength));
  }, 300_000);

  it('keeps the published files on a second run that finds nothing changed, and says so', async () => {
    // The sample news changes on the hour; a first run from an earlier hour is made again for this one.
    const hour = Math.floor(Date.now() / 3600_000) * 3600_000;
    if (Date.parse(briefing.meta.window.until) !== hour) expect(await main(['demo', '--out', outDir, '--port', String(port)], captureIo())).toBe(0);
    const published = readlinkSync(join(outDir, '.current'));
    const again = captureIo();
    expect(await main(['demo', '--out', outDir, '--port', String(port)], again)).toBe(0);
    expect(again.err.join('')).toContain('Bản tin không đổi so với lần trước: giữ nguyên các tệp đã có');
    expect(again.err.join('')).not.toMatch(/Đọc bản tin/);
    expect(readlinkSync(join(outDir, '.current'))).toBe(published);
    expect(JSON.parse(readFileSync(join(outDir, 'briefing.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(outDir, published, 'briefing.json'), 'utf8')));
  });
});
