import { describe, expect, it } from 'vitest';
import { createRunReport } from '../../../src/domain/run-report.ts';
import type { Summarizer, SummaryInput } from '../../../src/providers/llm/llm.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { writeStory } from '../../../src/stages/write.ts';
import { MAX_ARTICLE_CHARS } from '../../../src/stages/write/cap-article.ts';
import { hugeStory } from '../../fixtures/stories/huge-article.ts';
import { testConfig } from './write-fixtures.ts';

/** A summarizer that keeps what it was given and answers with the article's first sentence. */
function recordingSummarizer(seen: SummaryInput[]): Summarizer {
  return {
    provider: 'recording',
    model: 'recording-1',
    async summarize(input) {
      seen.push(input);
      const first = input.sources[0]!.text.split(/(?<=\.)\s/u)[0]!;
      return { headline: input.title, script: first, bullets: [first.slice(0, 40), input.title] };
    },
  };
}

describe('writeStory with an oversized article', () => {
  it('writes and checks from the first 60,000 characters of a 5 MB article and says so in the run report', async () => {
    const story = hugeStory(5_000_000);
    const seen: SummaryInput[] = [];
    const report = createRunReport();
    const written = await writeStory(story, { config: testConfig() }, { summarizer: recordingSummarizer(seen), cache: createMemoryStorage(), now: () => new Date(), progress: () => {}, report });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.sources[0]!.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(seen[0]!.sources[0]!.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS / 2);
    expect(story.sources[0]!.text.startsWith(seen[0]!.sources[0]!.text)).toBe(true);
    const note = report.problems.find((problem) => problem.stage === 'write' && problem.item === story.title);
    expect(note?.reason).toMatch(/5\.000\.000 ký tự/u);
    expect(note?.reason).toMatch(/60\.000 ký tự/u);
    expect(written.script.length).toBeGreaterThan(0);
  });

  it('leaves an article of ordinary length whole and says nothing about its size', async () => {
    const story = hugeStory(20_000);
    const seen: SummaryInput[] = [];
    const report = createRunReport();
    await writeStory(story, { config: testConfig() }, { summarizer: recordingSummarizer(seen), cache: createMemoryStorage(), now: () => new Date(), progress: () => {}, report });
    expect(seen[0]!.sources[0]!.text).toBe(story.sources[0]!.text);
    expect(report.problems.some((problem) => /ký tự/u.test(problem.reason))).toBe(false);
  });
});
