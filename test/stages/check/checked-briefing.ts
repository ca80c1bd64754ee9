import { readFileSync } from 'node:fs';
import { BriefingSchema, type Briefing, type BriefingStory } from '../../../src/domain/briefing.ts';

/** Articles and scripts written by the team for these tests. */
export const STORIES: Array<{ id: string; headline: string; article: string; script: string }> = [
  {
    id: 'duong-ven-song',
    headline: 'Khởi công đường ven sông Tiền',
    article: 'Sáng 24/11, UBND tỉnh Đồng Tháp khởi công tuyến đường ven sông Tiền đoạn qua phường Cao Lãnh. Tuyến dài 6,2 km, tổng vốn đầu tư hơn 1.200 tỷ đồng, dự kiến hoàn thành năm 2028.',
    script: 'Ủy ban nhân dân tỉnh Đồng Tháp khởi công tuyến đường ven sông Tiền dài 6,2 km, tổng vốn hơn 1.200 tỷ đồng, dự kiến xong năm 2028.',
  },
  {
    id: 'xet-xu-tham-o',
    headline: 'Nguyên kế toán trưởng lĩnh 12 năm tù',
    article: 'Ngày 25/11, Tòa án nhân dân tỉnh Đồng Tháp xét xử sơ thẩm vụ tham ô tài sản tại một công ty cấp nước. Bị cáo Nguyễn Văn Bình, nguyên kế toán trưởng, bị tuyên phạt 12 năm tù; số tiền chiếm đoạt là 8,5 tỷ đồng.',
    script: 'Tòa án nhân dân tỉnh Đồng Tháp tuyên phạt bị cáo Nguyễn Văn Bình, nguyên kế toán trưởng một công ty cấp nước, 12 năm tù vì tham ô 8,5 tỷ đồng.',
  },
  {
    id: 'lua-thu-dong',
    headline: 'Đồng Tháp thu hoạch lúa thu đông',
    article: 'Nông dân tỉnh Đồng Tháp đã thu hoạch 45.000 ha lúa thu đông, năng suất bình quân 5,8 tấn mỗi ha. Giá lúa tươi tại ruộng dao động từ 6.200 đến 6.500 đồng mỗi kg.',
    script: 'Đồng Tháp đã thu hoạch 45.000 ha lúa thu đông, năng suất bình quân 5,8 tấn mỗi ha, giá lúa tươi từ 6.200 đến 6.500 đồng mỗi kg.',
  },
];

function story(fixture: BriefingStory, written: (typeof STORIES)[number]): BriefingStory {
  return {
    ...fixture,
    id: written.id,
    headline: written.headline,
    script: written.script,
    bullets: written.script.split(', ').slice(0, 2),
    sources: [{ ...fixture.sources[0]!, text: written.article }],
    check: { status: 'passed', writer: 'llm', issues: [] },
  };
}

/** The realistic fixture with these stories as its only ones, each checked against its own article. */
export function briefingOf(stories: typeof STORIES): Briefing {
  const fixture = BriefingSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  const first = fixture.sections[0]!.stories[0]!;
  return { ...fixture, sections: fixture.sections.map((section, index) => ({ ...section, stories: index === 0 ? stories.map((written) => story(first, written)) : [] })) };
}
