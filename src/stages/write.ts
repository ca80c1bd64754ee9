import type { Briefing, BriefingStory } from '../domain/briefing.ts';
import type { CollectResult, Story } from '../domain/collected.ts';
import { SECTION_IDS, type SectionId } from '../domain/sections.ts';
import { assembleBriefing } from './write/assemble-briefing.ts';
import type { Config } from '../config.ts';
import { mapLimit } from './write/map-limit.ts';
import { writeBirthdays, writeIntro, writeOpeners, writeOutro } from './write/script-frame.ts';
import { expansionRatio } from '../speech/spoken-length.ts';
import { spokenSyllables, storyWordRange, type WordRange } from './write/word-budget.ts';
import { writeCheckedStory, type WriteDeps } from './write/write-story.ts';

export type { WriteDeps } from './write/write-story.ts';

/**
 * Writes one story on its own (the web editor's "regenerate" and "add from a URL").
 * Without `words`, the budget is the one a full bulletin of the configured quotas would give.
 * `refresh` skips the cached draft (a real "write it again"); the new draft replaces it in the cache.
 */
export async function writeStory(
  story: Story,
  options: { config: Config; words?: number | WordRange; refresh?: boolean; meetingDate?: string; window?: { since: string; until: string } },
  deps: WriteDeps,
): Promise<BriefingStory> {
  const words = options.words ?? storyWords(options.config, story);
  return writeCheckedStory(story, words, deps, options.refresh ?? false, { meetingDate: options.meetingDate, window: options.window });
}

/** What a bulletin being written knows of itself: how many stories it has and what its frame says. */
export interface BulletinShape {
  storyCount: number;
  frameSpoken: number;
  itemCount: number;
}

/**
 * The length range of one story, at the voice's rate, grown by how much this story's own article
 * grows when read aloud (a story of figures gets fewer written syllables for the same seconds).
 * In a bulletin (Node's writeBriefing) the share is the bulletin's own; written on its own (Node's
 * `writeStory`, a Workers summarize step) it is the share of a full bulletin of the configured quotas.
 */
export function storyWords(config: Config, story: Story, bulletin?: BulletinShape): WordRange {
  // On its own it reads only what storyWordsBasis lists, and the story's first article.
  const expansion = expansionRatio([story.sources[0]?.text ?? story.text], config.voice.thousand);
  if (bulletin) return storyWordRange(config, bulletin.storyCount, { frameSpoken: bulletin.frameSpoken, itemCount: bulletin.itemCount, expansion });
  const planned = Object.values(config.quotas).reduce((sum, count) => sum + count, 0);
  return storyWordRange(config, planned, { expansion });
}

/**
 * Everything of the config that storyWords reads: a cache of stories written on their own keys on
 * it (with the article), so a changed voice rate or story length writes them again.
 */
export function storyWordsBasis(config: Config): unknown[] {
  const { voice, storySeconds, targetMinutes, quotas } = config;
  return [voice.provider, voice.rate, voice.thousand, storySeconds.min, storySeconds.max, targetMinutes, Object.values(quotas).reduce((sum, count) => sum + count, 0)];
}

/**
 * write: the briefing document from the collected stories. Stories are written with bounded
 * concurrency, each cached; a draft whose facts are not in its articles is written once more with
 * the problems as feedback, then replaced by the article's own words. The frame (greeting,
 * openers, birthdays, closing) is assembled around them. The check stage reports what remains.
 */
export async function writeBriefing(
  collected: Pick<CollectResult, 'window' | 'stories'>,
  options: { config: Config; meetingDate: string },
  deps: WriteDeps,
): Promise<Briefing> {
  const { config, meetingDate } = options;
  const bySection = new Map<SectionId, Story[]>(SECTION_IDS.map((id) => [id, []]));
  for (const story of collected.stories) bySection.get(story.section)?.push(story);
  const withNews = SECTION_IDS.filter((id) => (bySection.get(id)?.length ?? 0) > 0);
  const ordered = withNews.flatMap((id) => bySection.get(id)!);

  const intro = writeIntro(config, meetingDate, collected.window, withNews);
  const openers = writeOpeners(withNews);
  const birthdays = writeBirthdays(config, meetingDate);
  const outro = writeOutro(config, collected.window);
  const frame = [intro, ...withNews.map((id) => openers[id]), birthdays?.script ?? '', outro];
  const shape: BulletinShape = { storyCount: ordered.length, frameSpoken: spokenSyllables(frame.join(' '), config), itemCount: ordered.length + frame.filter(Boolean).length };

  let written = 0;
  deps.progress({ stage: 'write', done: 0, total: ordered.length, message: 'Đang viết bản tin' });
  const stories = await mapLimit(ordered, config.llm.concurrency, async (story) => {
    const result = await writeCheckedStory(story, storyWords(config, story, shape), deps, false, { meetingDate, window: collected.window });
    written += 1;
    deps.progress({ stage: 'write', done: written, total: ordered.length, message: story.title });
    return result;
  });
  const outage = deps.summarizer.outage?.();
  if (outage) deps.report.add({ stage: 'write', item: 'mô hình viết tin', reason: outage });
  return assembleBriefing({
    config,
    meetingDate,
    window: collected.window,
    stories: ordered.map((story, index) => ({ section: story.section, story: stories[index]! })),
    problems: deps.report.problems,
    writer: deps.summarizer,
    now: deps.now(),
  });
}
