import { describe, expect, it } from 'vitest';
import { BriefingSchema } from '../../../src/domain/briefing.ts';
import { markSample, SPOKEN_SAMPLE_NOTICE } from '../../../src/stages/write/script-frame.ts';
import { readFileSync } from 'node:fs';

const fixture = () => BriefingSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));

describe('markSample', () => {
  it('flags the briefing and has the newsreader say it is a sample right after the greeting, once', () => {
    const briefing = fixture();
    const greeting = 'Kính thưa các đồng chí đảng viên Chi bộ Văn phòng, Viện kiểm sát nhân dân tỉnh Đồng Tháp!';
    briefing.intro = `${greeting} Mở đầu buổi sinh hoạt chi bộ, xin điểm lại tin tức thời sự trong tuần.`;
    markSample(markSample(briefing));
    expect(briefing.meta.sample).toBe(true);
    expect(briefing.intro.startsWith(`${greeting} ${SPOKEN_SAMPLE_NOTICE} `)).toBe(true);
    expect(briefing.intro.split(SPOKEN_SAMPLE_NOTICE)).toHaveLength(2);
  });
});
