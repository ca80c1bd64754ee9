import { currentKeyFigure, type Briefing, type BriefingSection, type BriefingStory, type BirthdaySegment } from '../../domain/briefing.ts';
import type { SegmentsFile, SegmentTiming } from '../../domain/segments.ts';
import { SAMPLE_MARK } from '../../domain/sample-mark.ts';
import { dayMonthYear } from '../../domain/vietnam-time.ts';
import type { Cue } from '../../speech/audio/subtitle-cues.ts';
import { escapeXml } from '../../speech/ssml.ts';
import { MEETING_CSS } from './meeting-style.ts';
import { MEETING_JS } from './meeting-script.ts';

export interface MeetingInput {
  briefing: Briefing;
  /** segments.json: where every spoken item starts and ends in the audio. */
  segments: SegmentsFile;
  /** The subtitle cues of briefing.vtt. */
  cues: Cue[];
}

export interface MeetingHtmlOptions {
  /** The anchor audio: "briefing.mp3" beside briefing.html, or the web app's file URL. */
  audioSrc: string;
  /**
   * Names tried in turn when audioSrc cannot be loaded: the web app downloads the MP3 as
   * "ban-tin-<date>.mp3", and a member who saved both downloads on a USB stick has that name.
   */
  audioFallbacks?: string[];
  /**
   * "inline" for the self-contained briefing.html; linked files for the web app, whose
   * Content-Security-Policy allows no inline script or style.
   */
  assets: 'inline' | { styleHref: string; scriptSrc: string };
  /** A link back out of the presentation (the web app's bulletin page). */
  backHref?: string;
}

/** The timing of one slide, as the script reads it from the page's JSON block. */
interface SlideTiming {
  id: string;
  kind: SegmentTiming['kind'];
  start: number;
  end: number;
}

/**
 * Meeting mode (Trình chiếu): one page that shows the slide of the item being read, with large live
 * subtitles, driven by the anchor audio. The web app's meeting page and the published
 * briefing.html are both this output, so they cannot drift apart. Every text from the briefing is
 * HTML-escaped (story text is editable), and the embedded JSON cannot close its script element.
 */
export function buildMeetingHtml(input: MeetingInput, options: MeetingHtmlOptions): string {
  const { briefing, segments } = input;
  const stories = new Map<string, { story: BriefingStory; section: BriefingSection }>();
  const sections = new Map<string, BriefingSection>();
  for (const section of briefing.sections) {
    sections.set(`section:${section.id}`, section);
    for (const story of section.stories) stories.set(`story:${story.id}`, { story, section });
  }
  const birthdays = new Map<string, BirthdaySegment>(briefing.segments.map((segment) => [`segment:${segment.kind}`, segment]));
  const storyIds = segments.items.filter((item) => item.kind === 'story').map((item) => item.id);
  const sectionIds = segments.items.filter((item) => item.kind === 'section').map((item) => item.id);
  const date = dayMonthYear(briefing.meta.meetingDate);
  const title = `Bản tin thời sự ngày ${date}`;

  const slides = segments.items.map((item, index) => {
    const attrs = `data-slide data-id="${escapeXml(item.id)}" data-kind="${item.kind}" data-start="${item.start}" data-end="${item.end}"${index === 0 ? '' : ' hidden'}`;
    const found = stories.get(item.id);
    if (item.kind === 'story' && found) return storySlide(attrs, found.story, found.section, storyIds.indexOf(item.id) + 1, storyIds.length);
    const section = sections.get(item.id);
    if (item.kind === 'section' && section) {
      return `<section class="m-slide m-divider" ${attrs}><p class="m-kicker">Phần ${sectionIds.indexOf(item.id) + 1}</p><h1>${escapeXml(section.title)}</h1><div class="m-rule"></div></section>`;
    }
    const birthday = birthdays.get(item.id);
    if (birthday) {
      const people = birthday.people.map((person) => `<li>${escapeXml(person.name)} <span class="m-source">(${escapeXml(dayMonth(person.birthDate))})</span></li>`).join('');
      return `<section class="m-slide" ${attrs}><header class="m-head"><span>${escapeXml(birthday.title)}</span></header><div class="m-content"><ul class="m-people">${people}</ul></div></section>`;
    }
    if (item.kind === 'intro') {
      return `<section class="m-slide m-cover" ${attrs}><p class="m-unit">${escapeXml(briefing.meta.unitName)}</p><p class="m-cell">${escapeXml(briefing.meta.cellName)}</p><h1>Bản tin thời sự</h1><div class="m-rule"></div><p class="m-date">Ngày ${escapeXml(date)}</p></section>`;
    }
    if (item.kind === 'outro') {
      return `<section class="m-slide m-closing" ${attrs}><h1>${escapeXml(item.title)}</h1><p>Cảm ơn các đồng chí đã theo dõi.</p></section>`;
    }
    return `<section class="m-slide m-divider" ${attrs}><h1>${escapeXml(item.title)}</h1></section>`;
  });

  const data = {
    title,
    duration: segments.duration,
    audioFallbacks: options.audioFallbacks ?? [],
    items: segments.items.map((item): SlideTiming => ({ id: item.id, kind: item.kind, start: item.start, end: item.end })),
    cues: input.cues.map((cue) => ({ start: cue.start, end: cue.end, text: cue.text })),
  };
  const style = options.assets === 'inline' ? `<style>${MEETING_CSS}</style>` : `<link rel="stylesheet" href="${escapeXml(options.assets.styleHref)}">`;
  const script = options.assets === 'inline' ? `<script>${MEETING_JS.replace(/<\/script/gi, '<\\/script')}</script>` : `<script src="${escapeXml(options.assets.scriptSrc)}" defer></script>`;
  const back = options.backHref ? `<a class="m-back" href="${escapeXml(options.backHref)}">Thoát</a>` : '';

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trình chiếu · ${escapeXml(title)}</title>
${style}
</head>
<body class="meeting">
<div class="m-frame">
${briefing.meta.sample ? `<div class="m-sample" role="note">${escapeXml(SAMPLE_MARK)}</div>` : ''}
<main class="m-stage" aria-live="off">
${slides.join('\n')}
</main>
<p class="m-paused">❚❚ Tạm dừng · bấm phím cách để đọc tiếp</p>
<div class="m-subtitle" id="m-subtitle" aria-label="Phụ đề"></div>
<footer class="m-bar">
<button type="button" data-action="previous" aria-label="Tin trước">◀</button>
<button type="button" id="m-play" data-action="play" aria-label="Phát">▶</button>
<button type="button" data-action="next" aria-label="Tin sau">▶▶</button>
<div class="m-progress" id="m-progress" role="presentation"><div class="m-progress-fill" id="m-progress-fill"></div></div>
<span class="m-clock" id="m-clock">0:00</span>
<span class="m-keys">Phím cách: dừng/phát · ←/→: tin trước/sau · F: toàn màn hình</span>
<button type="button" data-action="fullscreen">Toàn màn hình</button>
${back}
</footer>
<div class="m-start" id="m-start">
<button type="button" data-action="start">▶ Bắt đầu trình chiếu</button>
<p>Phím cách: dừng/phát · ←/→: tin trước/sau · F: toàn màn hình</p>
</div>
<p class="m-problem" id="m-problem" hidden>Không phát được âm thanh: cần tệp briefing.mp3 nằm cùng thư mục với tệp trình chiếu này. Hãy chép cả hai tệp vào cùng một thư mục rồi mở lại.</p>
</div>
<audio id="m-audio" preload="auto" src="${escapeXml(options.audioSrc)}"></audio>
<script type="application/json" id="m-data">${jsonForScript(data)}</script>
${script}
</body>
</html>
`;
}

function storySlide(attrs: string, story: BriefingStory, section: BriefingSection, number: number, total: number): string {
  const bullets = story.bullets.map((bullet) => `<li>${escapeXml(bullet)}</li>`).join('');
  // As on the deck: a figure the editor has since removed from the text is not shown.
  const keyFigure = currentKeyFigure(story);
  const figure = keyFigure ? `<aside class="m-figure"><span class="m-figure-label">Số liệu nổi bật</span><strong>${escapeXml(keyFigure)}</strong></aside>` : '';
  const outlets = [...new Set(story.sources.map((source) => source.name))];
  return `<section class="m-slide m-story" ${attrs}><header class="m-head"><span class="m-section">${escapeXml(section.title)}</span><span class="m-count">Tin ${number}/${total}</span></header><div class="m-content"><h1 class="m-title">${escapeXml(story.headline)}</h1><div class="m-body"><ul class="m-bullets">${bullets}</ul>${figure}</div><p class="m-source">Nguồn: ${escapeXml(outlets.join(', '))}</p></div></section>`;
}

function dayMonth(birthDate: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(birthDate);
  return match ? `${match[2]}/${match[1]}` : birthDate;
}

/** JSON inside <script>: "<" is escaped so no text can close the element or open a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
