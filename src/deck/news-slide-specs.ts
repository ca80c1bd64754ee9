import { currentKeyFigure, type BirthdaySegment, type Briefing, type BriefingStory, type SourceRef } from '../domain/briefing.ts';
import type { SegmentTiming } from '../domain/segments.ts';
import type { Run } from './deck-text.ts';
import { CALLOUT_LABEL, STORY_BODY_SIZES, type ContentSlideSpec } from './content-slides.ts';
import { cleanText } from './clean-text.ts';
import { formatDateVi, formatDuration, shortLink } from './vi-format.ts';

/** Source line candidates, longest first: all sources, then fewer with "và N nguồn khác", then a short form. */
export function sourceLines(sources: SourceRef[]): Run[][] {
  const first = sources[0];
  if (!first) return [];
  const describe = (source: SourceRef) => {
    const date = formatDateVi(source.published);
    const name = cleanText(source.name);
    return date ? `${name}, ${date}` : name;
  };
  const link = (maxChars: number): Run[] => [{ text: ' · ' }, { text: shortLink(first.url, maxChars), url: first.url }];
  const candidates: Run[][] = [];
  for (let shown = sources.length; shown >= 1; shown -= 1) {
    const more = sources.length - shown;
    const names = sources.slice(0, shown).map(describe).join('; ') + (more > 0 ? ` và ${more} nguồn khác` : '');
    candidates.push([{ text: 'Nguồn: ', bold: true }, { text: names }, ...link(42)]);
  }
  candidates.push([{ text: 'Nguồn: ', bold: true }, { text: describe(first) }, ...link(24)]);
  candidates.push([{ text: 'Nguồn: ', bold: true }, { text: cleanText(first.name) }]);
  return candidates;
}

export function timingNote(timing: SegmentTiming | undefined): string {
  if (!timing) return '';
  return `Âm thanh: từ ${formatDuration(timing.start)} đến ${formatDuration(timing.end)} trong tệp briefing.mp3.`;
}

/** Speaker notes of a story: the anchor script, then what the presenter needs to answer questions. */
export function storyNotes(story: BriefingStory, timing: SegmentTiming | undefined): string {
  const parts = [story.script];
  const sources = story.sources.map((source) => {
    const date = formatDateVi(source.published);
    return `- ${source.name}${date ? ` (${date})` : ''}: ${source.title} — ${source.url}`;
  });
  parts.push(`Nguồn:\n${sources.join('\n')}`);
  if (story.check.status !== 'passed') {
    const issues = story.check.issues.map((issue) => issue.value).join(', ');
    parts.push(`Lưu ý kiểm tra: ${story.check.note ?? (issues ? `chưa đối chiếu được ${issues}` : 'cần xem lại trước khi đọc')}.`);
  }
  const audio = timingNote(timing);
  if (audio) parts.push(audio);
  return parts.join('\n\n');
}

export function storySpec(story: BriefingStory, index: number, timing: SegmentTiming | undefined, withAudio: boolean): ContentSlideSpec {
  return {
    title: story.headline,
    paragraphs: story.bullets.map((text) => ({ text, bullet: true })),
    source: sourceLines(story.sources),
    notes: storyNotes(story, timing),
    withAudio,
    name: `story-${index + 1}`,
    bodySizes: STORY_BODY_SIZES,
    ...(currentKeyFigure(story) ? { callout: { label: CALLOUT_LABEL, figure: currentKeyFigure(story)! } } : {}),
  };
}

export function agendaSpec(briefing: Briefing, withAudio: boolean): ContentSlideSpec {
  const paragraphs = briefing.sections.map((section, index) => {
    const count = section.stories.length;
    return { text: `${section.title} — ${count > 0 ? `${count} tin` : 'không có tin mới trong kỳ này'}`, numbered: true };
  });
  briefing.segments.forEach((segment) => paragraphs.push({ text: segment.title, numbered: true }));
  return { title: 'Nội dung bản tin', paragraphs, notes: briefing.intro, name: 'agenda', withAudio };
}

/** "28/11" from "1980-11-28"; the year is left out on purpose (members' ages are not announced). */
function dayMonth(birthDate: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(birthDate);
  return match ? `${match[2]}/${match[1]}` : birthDate;
}

export function birthdaySpec(segment: BirthdaySegment, timing: SegmentTiming | undefined, withAudio: boolean): ContentSlideSpec {
  const note = timingNote(timing);
  return {
    title: segment.title,
    paragraphs: segment.people.map((person) => ({ text: `Đồng chí ${person.name} — sinh ngày ${dayMonth(person.birthDate)}`, bullet: true })),
    notes: note ? `${segment.script}\n\n${note}` : segment.script,
    withAudio,
    name: 'birthdays',
  };
}
