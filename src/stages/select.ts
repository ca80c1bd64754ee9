/** select: per section, the best stories up to its quota, sections in bulletin order. */
import type { Feed } from '../domain/catalog.ts';
import type { Story, TimeWindow } from '../domain/collected.ts';
import type { Progress } from '../domain/progress.ts';
import type { SectionId } from '../domain/sections.ts';
import { selectStories } from './select/select-stories.ts';

export function selectBulletinStories(
  stories: Story[],
  options: { window: TimeWindow; quotas: Partial<Record<SectionId, number>>; feeds: Map<string, Feed> },
  deps: { progress: Progress },
): Story[] {
  deps.progress({ stage: 'select', done: 0, total: stories.length, message: 'Đang chọn tin cho từng mục' });
  const selected = selectStories(stories, options);
  deps.progress({ stage: 'select', done: stories.length, total: stories.length, message: `Chọn ${selected.length} tin` });
  return selected;
}
