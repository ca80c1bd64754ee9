import { describe, expect, it } from 'vitest';
import { summarizeExtractively } from '../../../src/providers/llm/extractive.ts';
import { MAX_RANKED_SENTENCES, type RankWork } from '../../../src/text/rank-sentences.ts';
import { countSyllables } from '../../../src/text/syllables.ts';
import { hugeStory } from '../../fixtures/stories/huge-article.ts';

describe('summarizeExtractively on a huge article', () => {
  it('ranks a bounded number of sentences of a 5 MB article, however long it is', () => {
    const story = hugeStory(5_000_000);
    expect(story.sources[0]!.text.length).toBeGreaterThanOrEqual(4_999_000);
    const work: RankWork = { sentencesRanked: 0, comparisons: 0 };
    const draft = summarizeExtractively({ storyId: story.id, section: story.section, title: story.title, words: 120, minWords: 90, sources: story.sources.map((source) => ({ ...source, published: source.published || null })) }, { work });
    expect(work.sentencesRanked).toBeGreaterThan(0);
    expect(work.sentencesRanked).toBeLessThanOrEqual(MAX_RANKED_SENTENCES);
    expect(work.comparisons).toBeGreaterThan(0);
    expect(work.comparisons).toBeLessThanOrEqual(MAX_RANKED_SENTENCES * MAX_RANKED_SENTENCES);
    expect(countSyllables(draft.script)).toBeLessThanOrEqual(120);
    expect(draft.bullets.length).toBeGreaterThanOrEqual(2);
  });
});
