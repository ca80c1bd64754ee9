import type { BriefingStory } from '../domain/briefing.ts';
import type { FeedItem, Story } from '../domain/collected.ts';
import type { RunProblem } from '../domain/run-report.ts';
import type { SectionId } from '../domain/sections.ts';

/** One feed's items for one interval, as every cell using the feed reads them. */
export interface HarvestRecord {
  feedId: string;
  /** The feed URL, by which each cell finds its own entry for the feed (ids may differ between cells). */
  url?: string;
  status: 'ok' | 'not-modified' | 'error';
  items: FeedItem[];
  /** Vietnamese reason when status is error. */
  error?: string;
}

/** What the summarize step reads: the story as collected (its length comes from its article and the province's config). */
export interface StoryInputRecord {
  story: Story;
}

/** A story written once for every cell that selected it. */
export interface WrittenStoryRecord {
  section: SectionId;
  story: BriefingStory;
  problems: RunProblem[];
}
