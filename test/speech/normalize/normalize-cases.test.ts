import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../src/speech/normalize/normalize.ts';
import { CASES, SOUTHERN_CASES } from './cases.ts';

describe('normalizeForSpeech on news sentences', () => {
  it('has at least 150 table cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)('reads $input as $spoken', ({ input, spoken }) => {
    expect(normalizeForSpeech(input)).toBe(spoken);
  });

  it.each(SOUTHERN_CASES)('reads $input as $spoken with the Southern thousand', ({ input, spoken }) => {
    expect(normalizeForSpeech(input, { thousand: 'ngàn' })).toBe(spoken);
  });

  it.each(CASES)('leaves no digit in the spoken form of $input', ({ input }) => {
    expect(normalizeForSpeech(input)).not.toMatch(/[0-9]/);
  });

  it('changes nothing when the spoken form is normalized again', () => {
    const changed = CASES.map(({ spoken }) => spoken).filter((spoken) => normalizeForSpeech(spoken) !== spoken);
    expect(changed).toEqual([]);
  });
});
