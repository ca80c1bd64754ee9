import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/config.ts';
import type { Story } from '../../../src/domain/collected.ts';
import { storyWords, storyWordsBasis } from '../../../src/stages/write.ts';
import { buildSummaryInput } from '../../../src/stages/write/write-story.ts';
import { SYLLABLES_PER_MINUTE } from '../../../src/speech/speaking-rate.ts';
import { expansionRatio } from '../../../src/speech/spoken-length.ts';

const story = (text: string): Story => ({
  id: 's1', section: 'tinh', title: 'Tin', published: '2026-11-30T08:00:00+07:00', score: 1, text,
  sources: [{ feedId: 'f', name: 'Báo Đồng Tháp', url: 'https://example.invalid/a', title: 'Tin', published: '2026-11-30T08:00:00+07:00', official: false, text }],
});

const PLAIN = 'Hội nghị được tổ chức tại trụ sở Tỉnh ủy với sự tham dự của đại diện các sở, ngành và địa phương trong tỉnh. '.repeat(6);
const FIGURES = 'Ngày 30/11/2026, tỉnh giải ngân 9.876 tỷ đồng, đạt 71,4%; VKSND tỉnh truy tố 04 bị can, thu hồi 3.200.000.000 đồng. '.repeat(6);

describe('storyWords', () => {
  it("gives a story written on its own (a Workers summarize step) a length range that follows the voice's rate", () => {
    const slow = storyWords(ConfigSchema.parse({ voice: { rate: 0.8 } }), story(PLAIN));
    const fast = storyWords(ConfigSchema.parse({ voice: { rate: 1.3 } }), story(PLAIN));
    expect(fast.min).toBeGreaterThan(slow.min);
    expect(fast.max).toBeGreaterThan(slow.max);
    expect(slow.max).toBeGreaterThanOrEqual(slow.min);
  });

  it('leaves fewer written syllables for an article whose figures grow when read aloud', () => {
    const config = ConfigSchema.parse({});
    expect(storyWords(config, story(FIGURES)).max).toBeLessThan(storyWords(config, story(PLAIN)).max);
  });

  it('keys a story written on its own on every config part its length depends on, so a changed voice rate writes it again', () => {
    const base = ConfigSchema.parse({});
    const changes = [{ voice: { rate: 1.2 } }, { storySeconds: { min: 20, max: 30 } }, { quotas: Object.fromEntries(Object.keys(base.quotas).map((id) => [id, 1])) }, { targetMinutes: 30 }];
    for (const change of changes) {
      const changed = ConfigSchema.parse(change);
      expect(storyWords(changed, story(FIGURES)), JSON.stringify(change)).not.toEqual(storyWords(base, story(FIGURES)));
      expect(storyWordsBasis(changed), JSON.stringify(change)).not.toEqual(storyWordsBasis(base));
    }
    // Parts the length does not depend on leave the key alone: cells with other names share the summary.
    expect(storyWordsBasis(ConfigSchema.parse({ cell: { name: 'Chi bộ Phòng 1' } }))).toEqual(storyWordsBasis(base));
  });

  it('asks for at least the shortest story length, rounded up, and never more than the longest', () => {
    const config = ConfigSchema.parse({});
    const perMinute = SYLLABLES_PER_MINUTE[config.voice.provider] * config.voice.rate;
    for (const text of [PLAIN, FIGURES]) {
      const range = storyWords(config, story(text));
      const seconds = (written: number) => ((written * expansionRatio([text])) / perMinute) * 60;
      expect(seconds(range.min)).toBeGreaterThanOrEqual(config.storySeconds.min);
      expect(seconds(range.limit!)).toBeLessThanOrEqual(config.storySeconds.max);
      expect(range.limit).toBeGreaterThanOrEqual(range.max);
      const { input } = buildSummaryInput(story(text), range);
      expect(input).toMatchObject({ words: range.max, minWords: range.min, limitWords: range.limit });
    }
  });
});
