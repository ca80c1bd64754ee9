import { PptxGenJS } from './pptx.ts';
import type { Briefing } from '../domain/briefing.ts';
import type { SegmentsFile, SegmentTiming } from '../domain/segments.ts';
import { FONT_FACE, LANG, THEMES, type DeckThemeId } from './deck-theme.ts';
import { defineDeckMasters } from './deck-masters.ts';
import { mp3Media, readImage } from './deck-media.ts';
import { addContentSlides } from './content-slides.ts';
import { addCoverSlide, addDividerSlide } from './frame-slides.ts';
import { agendaSpec, birthdaySpec, storySpec, timingNote } from './news-slide-specs.ts';
import { finalizePptx } from './finalize-pptx.ts';
import { SAMPLE_MARK } from '../domain/sample-mark.ts';
import { formatDateVi, formatDurationWords, formatMeetingDate } from './vi-format.ts';

/** How the news deck looks and what it carries besides the briefing. */
export interface NewsDeckOptions {
  theme: DeckThemeId;
  /** The cell's logo, PNG or JPEG bytes; anything else is ignored. */
  logo?: Uint8Array;
  /** Timings from the audio stage; shown in the notes so the presenter can find each story. */
  segments?: SegmentsFile;
  /**
   * Per-item MP3s keyed by spoken item id ("story:<id>", "section:<id>", "segment:birthdays",
   * "intro", "outro") or by bare story id. Each is embedded on its slide as click-to-play audio.
   */
  storyAudio?: Record<string, Uint8Array>;
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
  const audioFor = (id: string, bareId?: string) => {
    const bytes = options.storyAudio?.[id] ?? (bareId ? options.storyAudio?.[bareId] : undefined);
    return bytes && bytes.length > 0 ? mp3Media(bytes) : undefined;
  };

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
  addCoverSlide(pptx, theme, {
    kicker: meta.unitName,
    title: 'BẢN TIN THỜI SỰ',
    subtitle: meta.cellName,
    lines: [`Sinh hoạt chi bộ: ${formatMeetingDate(meta.meetingDate)}`, ...(since && until ? [`Tin từ ngày ${since} đến ngày ${until}`] : [])],
    notes: [briefing.intro, timingNote(timings.get('intro'))].filter(Boolean).join('\n\n'),
    ...(mark ? { banner: mark } : {}),
  }, logo);

  const hasLogo = logo !== null;
  addContentSlides(pptx, theme, agendaSpec(briefing), hasLogo);

  let storyIndex = 0;
  briefing.sections.forEach((section, sectionIndex) => {
    if (section.stories.length === 0) return;
    const sectionTiming = timings.get(`section:${section.id}`);
    const storyTimings = section.stories.map((story) => timings.get(`story:${story.id}`)).filter((t): t is SegmentTiming => Boolean(t));
    const spoken = storyTimings.reduce((sum, t) => sum + (t.end - t.start), 0);
    addDividerSlide(pptx, theme, {
      number: sectionIndex + 1,
      title: section.title,
      summary: `${section.stories.length} tin${spoken > 0 ? ` · thời lượng khoảng ${formatDurationWords(spoken)}` : ''}`,
      notes: [section.opener, timingNote(sectionTiming)].filter(Boolean).join('\n\n'),
      name: `section-${section.id}`,
    }, audioFor(`section:${section.id}`));
    for (const story of section.stories) {
      addContentSlides(pptx, theme, storySpec(story, storyIndex, timings.get(`story:${story.id}`), audioFor(`story:${story.id}`, story.id)), hasLogo);
      storyIndex += 1;
    }
  });

  for (const segment of briefing.segments) {
    addContentSlides(pptx, theme, birthdaySpec(segment, timings.get(`segment:${segment.kind}`), audioFor(`segment:${segment.kind}`)), hasLogo);
  }

  addCoverSlide(pptx, theme, {
    kicker: meta.unitName,
    title: 'Xin cảm ơn các đồng chí đã chú ý theo dõi!',
    subtitle: meta.cellName,
    lines: [`Bản tin thời sự — ${formatMeetingDate(meta.meetingDate)}`],
    notes: [briefing.outro, timingNote(timings.get('outro'))].filter(Boolean).join('\n\n'),
    ...(mark ? { banner: mark } : {}),
  }, logo, true);

  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finalizePptx(raw, LANG);
}
