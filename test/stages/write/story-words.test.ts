import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/config.ts';
import type { Story } from '../../../src/domain/collected.ts';
import { storyWords } from '../../../src/stages/write.ts';

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
});
