import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../src/speech/normalize/normalize.ts';
import { parseEvaluationSet, spokenWords } from './evaluation-set.ts';

// Only the tuning set is a test; the held-out set is measured by `npm run bench:speech-text`.
const TUNING = parseEvaluationSet(readFileSync('test/fixtures/speech/normalization-tuning.tsv', 'utf8'));

describe('normalizeForSpeech on the tuning set of bulletin phrases', () => {
  it('has at least 100 phrases', () => {
    expect(TUNING.length).toBeGreaterThanOrEqual(100);
  });

  it.each(TUNING)('reads $input as $spoken', ({ input, spoken }) => {
    expect(spokenWords(normalizeForSpeech(input))).toBe(spokenWords(spoken));
  });
});
