import { BriefingSchema, type Briefing } from '../../../src/domain/briefing.ts';
import { SECTION_IDS, SECTION_TITLES } from '../../../src/domain/sections.ts';

const source = { feedId: 'bao-dong-thap', name: 'Báo Đồng Tháp', url: 'https://baodongthap.vn/a', title: 'Tin', published: '2026-11-24T08:00:00+07:00' };
const check = { status: 'passed' as const, writer: 'extractive' as const, issues: [] };

function story(id: string, headline: string, script: string) {
  return { id, headline, script, bullets: ['Ý thứ nhất', 'Ý thứ hai'], sources: [source], check };
}

/** A small valid briefing: two sections with short stories, the other three empty. */
export function smallBriefing(): Briefing {
  const stories: Record<string, ReturnType<typeof story>[]> = {
    tinh: [
      story('tinh-1', 'Đồng Tháp khởi công đường ven sông Tiền', 'Theo Báo Đồng Tháp, tỉnh khởi công tuyến đường ven sông Tiền, dài sáu phẩy hai ki lô mét. Công trình giúp chống sạt lở.'),
      story('tinh-2', 'Hội nghị sơ kết công tác kiểm sát', 'Viện kiểm sát nhân dân tỉnh tổ chức hội nghị sơ kết công tác sáu tháng đầu năm.'),
    ],
    nganh: [story('nganh-1', 'Hướng dẫn mới về kiểm sát điều tra', 'Viện kiểm sát nhân dân tối cao ban hành hướng dẫn về kiểm sát điều tra các vụ án tham nhũng.')],
  };
  return BriefingSchema.parse({
    version: 1,
    meta: {
      cellName: 'Chi bộ Văn phòng',
      unitName: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp',
      meetingDate: '2026-11-27',
      window: { since: '2026-11-20T00:00:00+07:00', until: '2026-11-26T23:59:59+07:00' },
      generatedAt: '2026-11-27T01:00:00Z',
      targetMinutes: 10,
      writer: { provider: 'extractive', model: 'extractive-v1', promptVersion: '1' },
    },
    intro: 'Kính thưa các đồng chí, sau đây là bản tin thời sự tháng 11.',
    sections: SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], opener: `Sau đây là ${SECTION_TITLES[id].toLowerCase()}.`, stories: stories[id] ?? [] })),
    outro: 'Bản tin đến đây là hết. Xin cảm ơn các đồng chí.',
  });
}

/** Stand-in for the real normalizer: spells the only number the fixture contains. */
export function simpleNormalize(text: string): string {
  return text.replace(/\b11\b/g, 'mười một');
}
