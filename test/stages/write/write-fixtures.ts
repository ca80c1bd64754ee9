import { ConfigSchema, type Config } from '../../../src/config.ts';
import type { CollectResult, Story } from '../../../src/domain/collected.ts';
import type { ProgressEvent } from '../../../src/domain/progress.ts';
import { createRunReport } from '../../../src/domain/run-report.ts';
import type { Summarizer } from '../../../src/providers/llm/llm.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import type { Storage } from '../../../src/providers/storage/storage.ts';
import { loadStoryFixtures } from '../../fixtures/stories/load-stories.ts';

export const WINDOW = { since: '2026-11-19T17:00:00.000Z', until: '2026-11-26T17:00:00.000Z' };

export function testConfig(overrides: Record<string, unknown> = {}): Config {
  return ConfigSchema.parse({
    cell: { name: 'Chi bộ Văn phòng', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp' },
    members: [
      { name: 'Nguyễn Thị Lan', birthDate: '1985-11-03' },
      { name: 'Trần Văn Bình', birthDate: '1979-04-21' },
      { name: 'Lê Minh Khoa', birthDate: '1990-11-28' },
    ],
    llm: { provider: 'openai', concurrency: 3 },
    ...overrides,
  });
}

export function collected(stories: Story[] = loadStoryFixtures()): CollectResult {
  return { window: WINDOW, feeds: [], stories };
}

/** Deps for writeBriefing/writeStory with a fresh memory cache unless one is given. */
export function writeDeps(summarizer: Summarizer, cache: Storage = createMemoryStorage()) {
  const events: ProgressEvent[] = [];
  const report = createRunReport();
  return { summarizer, cache, now: () => new Date('2026-11-27T01:00:00Z'), progress: (event: ProgressEvent) => void events.push(event), report, events };
}
