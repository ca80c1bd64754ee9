import type { Feed } from '../../domain/catalog.ts';
import type { Story, TimeWindow } from '../../domain/collected.ts';
import { SECTION_IDS, type SectionId } from '../../domain/sections.ts';
import { keywordHits } from './sector-keywords.ts';

/**
 * A story's rank within its section: coverage (how many outlets, by name, reported it), recency within the
 * meeting window, source weight, an official source, and sector keywords. Rounded, so the order is
 * the same on every machine.
 */
export function scoreStory(story: Story, window: TimeWindow, feeds: Map<string, Feed>): number {
  // Two feeds of one outlet (its "Thời sự" and "Pháp luật") are one outlet's coverage.
  const outlets = new Set(story.sources.map((source) => source.name || source.feedId)).size;
  const coverage = Math.min(outlets - 1, 4) * 1.0;
  const since = Date.parse(window.since);
  const span = Math.max(1, Date.parse(window.until) - since);
  const recency = Math.min(1, Math.max(0, (Date.parse(story.published) - since) / span));
  const weights = story.sources.map((source) => feeds.get(source.feedId)?.weight ?? 1);
  const weight = Math.max(...weights) / 5;
  const official = story.sources.some((source) => source.official) ? 0.5 : 0;
  const lead = story.sources[0]?.text.slice(0, 400) ?? '';
  const keywords = Math.min(keywordHits(`${story.title} ${lead}`, story.section), 3) * 0.5;
  return Math.round((coverage + recency + weight + official + keywords) * 1000) / 1000;
}

/**
 * The bulletin's stories: per section, the best `quotas[section]` by score (ties: newer first, then
 * id), sections in bulletin order. Deterministic for the same inputs.
 */
export function selectStories(stories: Story[], options: { window: TimeWindow; quotas: Partial<Record<SectionId, number>>; feeds: Map<string, Feed> }): Story[] {
  const scored = stories.map((story) => ({ ...story, score: scoreStory(story, options.window, options.feeds) }));
  const selected: Story[] = [];
  for (const section of SECTION_IDS) {
    const quota = options.quotas[section] ?? 0;
    const ranked = scored
      .filter((story) => story.section === section)
      .sort((a, b) => b.score - a.score || Date.parse(b.published) - Date.parse(a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    selected.push(...ranked.slice(0, quota));
  }
  return selected;
}
