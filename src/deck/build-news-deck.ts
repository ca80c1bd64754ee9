import { PptxGenJS } from './pptx.ts';
import type { Briefing } from '../domain/briefing.ts';
import type { SegmentsFile, SegmentTiming } from '../domain/segments.ts';
import { FONT_FACE, LANG, THEMES, type DeckThemeId } from './deck-theme.ts';
import { defineDeckMasters } from './deck-masters.ts';
import { mp3Media, readImage } from './deck-media.ts';
import { AUDIO_ICON, addContentSlides, type PlacedPage } from './content-slides.ts';
import { COVER_AUDIO_ICON, DIVIDER_AUDIO_ICON, addCoverSlide, addDividerSlide } from './frame-slides.ts';
import { audioCoverPng } from './audio-cover.ts';
import { cutSlideAudio, type SlideVoice } from './slide-audio.ts';
import type { Slide } from './pptx.ts';
import { BantinError } from '../domain/errors.ts';
import { agendaSpec, birthdaySpec, storySpec, timingNote } from './news-slide-specs.ts';
import { finalizePptx } from './finalize-pptx.ts';
import type { SlidePlayback } from './slide-playback.ts';
import { SAMPLE_MARK } from '../domain/sample-mark.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { formatDateVi, formatDurationWords, formatMeetingDate } from './vi-format.ts';

/** How the news deck looks and what it carries besides the briefing. */
export interface NewsDeckOptions {
  theme: DeckThemeId;
  /** The cell's logo, PNG or JPEG bytes; anything else is ignored. */
  logo?: Uint8Array;
  /** Timings from the audio stage; shown in the notes so the presenter can find each story. */
  segments?: SegmentsFile;
  /**
   * The whole bulletin (briefing.mp3, whose chapters are `segments`). With it the deck runs by
   * itself: every slide carries its cut of the bulletin, plays it on entry and moves on when it ends.
   */
  bulletinMp3?: Uint8Array;
}

const PLACEHOLDER = new Uint8Array(1);

/** A slide waiting for its cut of the bulletin: what it shows of the reading and where its clip goes. */
interface VoicedSlide {
  slide: Slide;
  voice: SlideVoice;
  icon: { x: number; y: number; w: number; h: number };
  /** The clip's picture, in colours that show on the slide's background. */
  cover: string;
}

/**
 * The news-segment deck: cover, agenda, a divider per section that has stories, one slide per story
 * (split into "(tiếp theo)" slides when its text does not fit), birthdays, closing. Returns .pptx bytes.
 */
export async function buildNewsDeck(briefing: Briefing, options: NewsDeckOptions): Promise<Uint8Array> {
  const theme = THEMES[options.theme];
  const logo = options.logo ? readImage(options.logo) : null;
  const { meta } = briefing;
  const timings = new Map<string, SegmentTiming>((options.segments?.items ?? []).map((item) => [item.id, item]));
  if (options.bulletinMp3 && !options.segments) {
    throw new BantinError('deck', 'Thiếu segments.json (thời điểm từng phần của briefing.mp3) nên không gắn được âm thanh vào từng slide. Hãy dựng lại bản tin để có cả hai tệp.');
  }
  const withAudio = Boolean(options.bulletinMp3);
  const voiced: VoicedSlide[] = [];
  const onContent = audioCoverPng(theme.primary, theme.onPrimary, theme.background);
  const onDivider = audioCoverPng(theme.primary, theme.onPrimary, theme.dividerBackground);
  const onCover = audioCoverPng(theme.onPrimarySoft, theme.primary, theme.primary);
  const pages = (placed: PlacedPage[], item: string) => {
    for (const page of placed) {
      const weight = page.paragraphs.reduce((sum, p) => sum + p.text.length, 0) || 1;
      voiced.push({ slide: page.slide, voice: { item, weight }, icon: AUDIO_ICON, cover: onContent });
    }
  };
  // The introduction is read over the cover and the contents: its last sentence (the contents) goes with the list.
  const introSentences = splitSentences(briefing.intro);
  const introSplit = introSentences.length > 1 ? briefing.intro.length - introSentences.at(-1)!.length : briefing.intro.length;

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const mark = meta.sample ? SAMPLE_MARK : undefined;
  pptx.title = `${mark ? `${mark} · ` : ''}Bản tin thời sự — ${meta.cellName} — ${formatDateVi(meta.meetingDate) ?? meta.meetingDate}`;
  pptx.author = meta.cellName;
  pptx.company = meta.unitName;
  pptx.subject = 'Bản tin thời sự sinh hoạt chi bộ';
  // The mark leads the footer, so a long unit name is what gets cut, never the mark.
  defineDeckMasters(pptx, theme, `${mark ? `${mark} · ` : ''}${meta.cellName} · ${meta.unitName}`, logo);

  const since = formatDateVi(meta.window.since);
  const until = formatDateVi(meta.window.until);
  const cover = addCoverSlide(pptx, theme, {
    kicker: meta.unitName,
    title: 'BẢN TIN THỜI SỰ',
    subtitle: meta.cellName,
    lines: [`Sinh hoạt chi bộ: ${formatMeetingDate(meta.meetingDate)}`, ...(since && until ? [`Tin từ ngày ${since} đến ngày ${until}`] : [])],
    notes: [briefing.intro, timingNote(timings.get('intro'))].filter(Boolean).join('\n\n'),
    ...(mark ? { banner: mark } : {}),
  }, logo);
  voiced.push({ slide: cover, voice: { item: 'intro', weight: introSplit }, icon: COVER_AUDIO_ICON, cover: onCover });

  const hasLogo = logo !== null;
  for (const page of addContentSlides(pptx, theme, agendaSpec(briefing, withAudio), hasLogo)) {
    voiced.push({ slide: page.slide, voice: { item: 'intro', weight: briefing.intro.length - introSplit }, icon: AUDIO_ICON, cover: onContent });
  }

  let storyIndex = 0;
  briefing.sections.forEach((section, sectionIndex) => {
    if (section.stories.length === 0) return;
    const sectionTiming = timings.get(`section:${section.id}`);
    const storyTimings = section.stories.map((story) => timings.get(`story:${story.id}`)).filter((t): t is SegmentTiming => Boolean(t));
    const spoken = storyTimings.reduce((sum, t) => sum + (t.end - t.start), 0);
    const divider = addDividerSlide(pptx, theme, {
      number: sectionIndex + 1,
      title: section.title,
      summary: `${section.stories.length} tin${spoken > 0 ? ` · thời lượng khoảng ${formatDurationWords(spoken)}` : ''}`,
      notes: [section.opener, timingNote(sectionTiming)].filter(Boolean).join('\n\n'),
      name: `section-${section.id}`,
    });
    voiced.push({ slide: divider, voice: { item: `section:${section.id}`, weight: 1 }, icon: DIVIDER_AUDIO_ICON, cover: onDivider });
    for (const story of section.stories) {
      pages(addContentSlides(pptx, theme, storySpec(story, storyIndex, timings.get(`story:${story.id}`), withAudio), hasLogo), `story:${story.id}`);
      storyIndex += 1;
    }
  });

  for (const segment of briefing.segments) {
    pages(addContentSlides(pptx, theme, birthdaySpec(segment, timings.get(`segment:${segment.kind}`), withAudio), hasLogo), `segment:${segment.kind}`);
  }

  const closing = addCoverSlide(pptx, theme, {
    kicker: meta.unitName,
    title: 'Xin cảm ơn các đồng chí đã chú ý theo dõi!',
    subtitle: meta.cellName,
    lines: [`Bản tin thời sự — ${formatMeetingDate(meta.meetingDate)}`],
    notes: [briefing.outro, timingNote(timings.get('outro'))].filter(Boolean).join('\n\n'),
    ...(mark ? { banner: mark } : {}),
  }, logo, true);
  voiced.push({ slide: closing, voice: { item: 'outro', weight: 1 }, icon: COVER_AUDIO_ICON, cover: onCover });

  let playback: SlidePlayback[] | undefined;
  if (options.bulletinMp3 && options.segments) {
    const clips = cutSlideAudio(options.bulletinMp3, options.segments, voiced.map((entry) => entry.voice));
    playback = voiced.map((entry, index) => {
      const clip = clips[index]!;
      if (!clip.mp3) return { advanceMs: clip.durationMs };
      const name = `slide-${index + 1}-audio`;
      // A one-byte placeholder: finalizePptx writes the clip itself into the media part.
      entry.slide.addMedia({ ...mp3Media(PLACEHOLDER), cover: entry.cover, ...entry.icon, objectName: name });
      return { advanceMs: clip.durationMs, audio: name, clip: clip.mp3 };
    });
  }

  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finalizePptx(raw, LANG, playback);
}
