import type { Briefing } from './briefing.ts';
import type { SectionId } from './sections.ts';

/**
 * One unit the newsreader reads, in playback order. Audio segments, chapters, subtitles and the
 * web player's transcript are all built from this list, so they can never disagree on order.
 */
export interface SpokenItem {
  /** Stable id: "intro", "section:tinh", "story:<story id>", "segment:birthdays", "outro". */
  id: string;
  kind: 'intro' | 'section' | 'story' | 'segment' | 'outro';
  /** Chapter title shown to the user. */
  title: string;
  /** The text as written (not yet normalized for speech). */
  text: string;
  sectionId?: SectionId;
}

export function listSpokenItems(briefing: Briefing): SpokenItem[] {
  const items: SpokenItem[] = [{ id: 'intro', kind: 'intro', title: 'Lời mở đầu', text: briefing.intro }];
  for (const section of briefing.sections) {
    if (section.stories.length === 0) continue;
    items.push({ id: `section:${section.id}`, kind: 'section', title: section.title, text: section.opener, sectionId: section.id });
    for (const story of section.stories) {
      items.push({ id: `story:${story.id}`, kind: 'story', title: story.headline, text: story.script, sectionId: section.id });
    }
  }
  for (const segment of briefing.segments) {
    items.push({ id: `segment:${segment.kind}`, kind: 'segment', title: segment.title, text: segment.script });
  }
  items.push({ id: 'outro', kind: 'outro', title: 'Lời kết', text: briefing.outro });
  return items;
}
