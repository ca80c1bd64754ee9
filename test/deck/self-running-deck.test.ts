import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import { buildNewsDeck } from '../../src/deck/build-news-deck.ts';
import { readDeck, titleOf, type ReadSlide } from './read-deck.ts';
import { spokenBulletin } from './spoken-bulletin.ts';
import { decodeMp3 } from '../speech/audio/mp3-decode.ts';
import { BantinError } from '../../src/domain/errors.ts';
import { concatArrays } from '../../src/domain/concat-arrays.ts';
import type JSZip from 'jszip';

const INTRO =
  'Kính thưa các đồng chí đảng viên Chi bộ Văn phòng, Viện kiểm sát nhân dân tỉnh Đồng Tháp! ' +
  'Mở đầu buổi sinh hoạt chi bộ ngày 2/12/2026, xin điểm lại những tin tức thời sự nổi bật từ ngày 25/11/2026 đến ngày 1/12/2026. ' +
  'Bản tin gồm các nội dung: tin trong tỉnh, tin trong nước, tin thế giới và điểm tin hoạt động trong Ngành.';

async function fixture(name: string): Promise<Briefing> {
  const briefing = BriefingSchema.parse(JSON.parse(await readFile(new URL(`../fixtures/briefing/${name}.json`, import.meta.url), 'utf8')));
  return { ...briefing, intro: INTRO };
}

/** A story long enough to need "(tiếp theo)" pages. */
async function longStoryBriefing(): Promise<Briefing> {
  const base = await fixture('realistic');
  const story = base.sections[0]!.stories[0]!;
  const clauses = ['tăng cường kiểm sát hoạt động tư pháp trong lĩnh vực hình sự', 'dân sự, hành chính', 'bảo đảm đúng người, đúng tội, đúng pháp luật', 'không để oan sai, bỏ lọt tội phạm'];
  const bullets = Array.from({ length: 10 }, (_, i) => `Ý thứ ${i + 1}: ${clauses.slice(0, 1 + (i * 3) % 4).join(', ')}`);
  const script = bullets.map((bullet) => `${bullet}.`).join(' ');
  return { ...base, sections: base.sections.map((section, i) => (i === 0 ? { ...section, stories: [{ ...story, script, bullets }, ...section.stories.slice(1)] } : section)) };
}

interface Playback {
  clip: Uint8Array | null;
  advanceMs: number | null;
  advanceOnClick: boolean;
  /** LibreOffice's show: the effects' end, then advTm in whole seconds. */
  libreOfficeAdvanceMs: number | null;
  autoplayTarget: string | null;
  audioShapeId: string | null;
}

async function playbackOf(zip: JSZip, slide: ReadSlide): Promise<Playback> {
  const media = slide.media[0];
  const transition = /<p:transition [^>]*advTm="(\d+)"[^>]*>(?:<p:cut\/><\/p:transition>)?/.exec(slide.xml);
  const command = /<p:cmd type="call" cmd="playFrom\(0\.0\)"><p:cBhvr><p:cTn id="\d+" dur="(\d+)"/.exec(slide.xml);
  const autoplay = /<p:cTn id="\d+" presetID="1" presetClass="mediacall" presetSubtype="0" fill="hold" nodeType="(?:afterEffect|withEffect)">[\s\S]*?<p:cmd type="call" cmd="playFrom\(0\.0\)">[\s\S]*?<p:spTgt spid="(\d+)"\/>/.exec(slide.xml);
  const audioShape = /<p:cNvPr id="(\d+)"[^>]*>(?:(?!<\/p:nvPicPr>|<p:cNvPr )[\s\S])*<a:audioFile r:link="rId\d+"\/>/.exec(slide.xml);
  return {
    clip: media ? await zip.file(`ppt/media/${media}`)!.async('uint8array') : null,
    advanceMs: transition ? Number(transition[1]) : null,
    advanceOnClick: /<p:transition [^>]*advClick="1"/.test(slide.xml),
    libreOfficeAdvanceMs: transition && /<p:transition [^>]*><p:cut\/><\/p:transition>/.test(slide.xml) ? Number(command?.[1] ?? 0) + 1000 * Math.floor(Number(transition[1]) / 1000) : null,
    autoplayTarget: autoplay?.[1] ?? null,
    audioShapeId: audioShape?.[1] ?? null,
  };
}

const FRAME_MS = (576 / 16_000) * 1000;

describe('the self-running deck (bulletin audio embedded)', () => {
  it('gives every slide its cut of the bulletin, played on entry, and moves on when the cut ends', async () => {
    const briefing = await fixture('realistic');
    const bulletin = spokenBulletin(briefing);
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments: bulletin.segments, bulletinMp3: bulletin.mp3 }));

    const clips: Uint8Array[] = [];
    for (const slide of slides) {
      const label = `slide ${slide.index + 1} (${titleOf(slide) || 'bìa'})`;
      expect(XMLValidator.validate(slide.xml), label).toBe(true);
      const playback = await playbackOf(zip, slide);
      expect(playback.clip, label).not.toBeNull();
      expect(playback.audioShapeId, label).not.toBeNull();
      expect(playback.autoplayTarget, label).toBe(playback.audioShapeId);
      expect([...slide.xml.matchAll(new RegExp(`<p:cNvPr id="${playback.audioShapeId}"`, 'g'))], `${label}: the clip's shape id is its own`).toHaveLength(1);
      expect(playback.advanceOnClick, label).toBe(true);
      expect(Math.abs(playback.libreOfficeAdvanceMs! - playback.advanceMs!), `${label} in LibreOffice`).toBeLessThanOrEqual(1);
      const decoded = await decodeMp3(playback.clip!);
      expect(Math.abs(playback.advanceMs! - decoded.seconds * 1000), label).toBeLessThanOrEqual(FRAME_MS + 1);
      expect(decoded.seconds, label).toBeGreaterThan(0.3);
      clips.push(playback.clip!);
    }

    // Played one after the other, the slides are the bulletin, frame for frame.
    expect(concatArrays(clips)).toEqual(bulletin.mp3);
    const advances = await Promise.all(slides.map(async (slide) => (await playbackOf(zip, slide)).advanceMs!));
    expect(Math.abs(advances.reduce((a, b) => a + b, 0) - bulletin.segments.duration * 1000)).toBeLessThanOrEqual(slides.length);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Default Extension="mp3" ContentType="audio/mpeg"/>');
  });

  it('puts each story’s reading on its slide, the section opener on its divider and the closing words on the last slide', async () => {
    const briefing = await fixture('realistic');
    const bulletin = spokenBulletin(briefing);
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'trung-tinh', segments: bulletin.segments, bulletinMp3: bulletin.mp3 }));
    const lengthOf = async (slide: ReadSlide) => (await playbackOf(zip, slide)).advanceMs! / 1000;
    const item = (id: string) => bulletin.segments.items.find((entry) => entry.id === id)!;
    const story = briefing.sections[0]!.stories[0]!;
    const storySlide = slides.find((slide) => titleOf(slide) === story.headline)!;
    expect(await lengthOf(storySlide)).toBeCloseTo(item(`story:${story.id}`).end - item(`story:${story.id}`).start, 1);
    const divider = slides.find((slide) => titleOf(slide) === briefing.sections[0]!.title)!;
    expect(await lengthOf(divider)).toBeCloseTo(item(`section:${briefing.sections[0]!.id}`).end - item(`section:${briefing.sections[0]!.id}`).start, 1);
    expect(await lengthOf(slides[slides.length - 1]!)).toBeCloseTo(item('outro').end - item('outro').start, 1);
  });

  it('reads the introduction over the cover and the contents, cutting in the pause before the contents sentence', async () => {
    const briefing = await fixture('realistic');
    const bulletin = spokenBulletin(briefing);
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments: bulletin.segments, bulletinMp3: bulletin.mp3 }));
    expect(titleOf(slides[1]!)).toBe('Nội dung bản tin');
    const cover = await decodeMp3((await playbackOf(zip, slides[0]!)).clip!);
    const contents = await decodeMp3((await playbackOf(zip, slides[1]!)).clip!);
    // The helper reads the third sentence at 1.0 × 0.012 s a character and pauses 0.35 s after
    // each; the contents sentence is the last one, so its slide holds it and the pause after it.
    const lastSentence = INTRO.slice(INTRO.indexOf('Bản tin gồm'));
    const spoken = lastSentence.length * 0.012;
    expect(contents.seconds).toBeGreaterThan(spoken);
    expect(contents.seconds).toBeLessThan(spoken + 0.35 + 0.2);
    // Neither side of the cut starts or ends inside the tone.
    const tail = cover.channel.subarray(cover.channel.length - 400);
    expect(Math.max(...tail.map(Math.abs))).toBeLessThan(0.02);
  });

  it('finds the contents sentence past an abbreviation inside it ("TP. Cao Lãnh" ends no sentence)', async () => {
    const contentsSentence = 'Bản tin gồm các nội dung: tin trong tỉnh, tin của TP. Cao Lãnh và điểm tin hoạt động trong Ngành.';
    const briefing = { ...(await fixture('realistic')), intro: `${INTRO.slice(0, INTRO.indexOf('Bản tin gồm'))}${contentsSentence}` };
    const bulletin = spokenBulletin(briefing);
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments: bulletin.segments, bulletinMp3: bulletin.mp3 }));
    const contents = await decodeMp3((await playbackOf(zip, slides[1]!)).clip!);
    // The helper reads "TP." as a sentence end, with its pause: the contents slide holds both parts and both pauses.
    expect(contents.seconds).toBeGreaterThan(contentsSentence.length * 0.012 + 0.35);
  });

  it('splits a long story’s reading over its “(tiếp theo)” pages at a pause between sentences', async () => {
    const briefing = await longStoryBriefing();
    const bulletin = spokenBulletin(briefing);
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments: bulletin.segments, bulletinMp3: bulletin.mp3 }));
    const pages = slides.filter((slide) => slide.shapes.has('story-1-title'));
    expect(pages.length).toBeGreaterThan(1);
    const story = briefing.sections[0]!.stories[0]!;
    const item = bulletin.segments.items.find((entry) => entry.id === `story:${story.id}`)!;
    let total = 0;
    for (const page of pages) {
      const clip = await decodeMp3((await playbackOf(zip, page)).clip!);
      expect(clip.seconds).toBeGreaterThan(1);
      const edge = clip.channel.subarray(clip.channel.length - 300);
      expect(Math.max(...edge.map(Math.abs)), `page ${page.index + 1} ends in a pause`).toBeLessThan(0.02);
      total += clip.seconds;
    }
    expect(total).toBeCloseTo(item.end - item.start, 1);
  });

  it('writes no slide timing without the bulletin audio, and refuses the audio without its chapter times', async () => {
    const briefing = await fixture('realistic');
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    for (const slide of slides) {
      expect(slide.xml).not.toContain('<p:timing>');
      expect(slide.xml).not.toContain('<p:transition');
      expect(slide.media).toEqual([]);
    }
    const bulletin = spokenBulletin(briefing);
    await expect(buildNewsDeck(briefing, { theme: 'do-vang', bulletinMp3: bulletin.mp3 })).rejects.toThrow(BantinError);
  });

  it('lets a slide nobody reads stay a few seconds and still covers the whole bulletin', async () => {
    const briefing = await fixture('realistic');
    const bulletin = spokenBulletin(briefing);
    const opener = `section:${briefing.sections[0]!.id}`;
    const segments = { ...bulletin.segments, items: bulletin.segments.items.filter((item) => item.id !== opener) };
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments, bulletinMp3: bulletin.mp3 }));
    const divider = slides.find((slide) => titleOf(slide) === briefing.sections[0]!.title)!;
    const silent = await playbackOf(zip, divider);
    expect(silent.clip).toBeNull();
    expect(silent.autoplayTarget).toBeNull();
    expect(silent.advanceMs).toBe(3000);
    const clips = await Promise.all(slides.filter((slide) => slide !== divider).map(async (slide) => (await playbackOf(zip, slide)).clip!));
    expect(concatArrays(clips)).toEqual(bulletin.mp3);
  });
});
