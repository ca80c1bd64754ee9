import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';

const io: CliIo = { stdout: () => undefined, stderr: () => undefined, stdin: async () => '', interactive: false };

/** The article text kept in briefing.json, written by the team. */
const ARTICLE =
  'Sáng 24/11, UBND tỉnh Đồng Tháp khởi công tuyến đường ven sông Tiền đoạn qua TP Cao Lãnh. Tuyến dài 6,2 km, tổng vốn đầu tư hơn 1.200 tỷ đồng, dự kiến hoàn thành năm 2028.';

function oneStoryBriefing(script: string): Briefing {
  const fixture = BriefingSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  const story = fixture.sections[0]!.stories[0]!;
  return {
    ...fixture,
    segments: [],
    sections: fixture.sections.map((section, index) => ({
      ...section,
      stories: index === 0 ? [{ ...story, script, bullets: ['Tuyến đường dài 6,2 km', 'Dự kiến hoàn thành năm 2028'], sources: [{ ...story.sources[0]!, text: ARTICLE }], check: { status: 'passed', writer: 'editor', issues: [] } }] : [],
    })),
  };
}

describe('bantin render --from', () => {
  it('re-checks an edited briefing.json: an invented figure is flagged in script.md and in the story check of briefing.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-recheck-'));
    const file = join(dir, 'briefing.json');
    const edited = 'Theo Báo Đồng Tháp, ngày 24 tháng 11, Ủy ban nhân dân tỉnh khởi công tuyến đường dài 6,2 ki-lô-mét, vốn đầu tư hơn 1.200 tỷ đồng, trong đó 150 tỷ đồng từ ngân sách tỉnh.';
    writeFileSync(file, JSON.stringify(oneStoryBriefing(edited)));

    expect(await main(['render', '--from', file, '--out', dir], io)).toBe(0);

    const written = BriefingSchema.parse(JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')));
    expect(written.sections[0]!.stories[0]!.check).toMatchObject({ status: 'flagged', issues: [{ kind: 'number', value: '150 tỷ đồng', where: 'script' }] });
    expect(written.report).toMatchObject({ checked: 1, flagged: 1 });
    const script = readFileSync(join(dir, 'script.md'), 'utf8');
    expect(script).toContain('⚠️ CẦN XEM LẠI');
    expect(script).toContain('⚠️ Cần xem lại: số liệu "150 tỷ đồng" trong lời đọc không có trong bài nguồn');
    expect(script).not.toContain('✅ Đã đối chiếu');
  }, 120_000);

  it('keeps the green check for an edit every fact of which is in the kept article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-recheck-'));
    const file = join(dir, 'briefing.json');
    writeFileSync(file, JSON.stringify(oneStoryBriefing('Theo Báo Đồng Tháp, ngày 24 tháng 11, Ủy ban nhân dân tỉnh khởi công tuyến đường dài 6,2 ki-lô-mét ở Thành phố Cao Lãnh.')));

    expect(await main(['render', '--from', file, '--out', dir], io)).toBe(0);

    const written = BriefingSchema.parse(JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')));
    expect(written.sections[0]!.stories[0]!.check).toMatchObject({ status: 'passed', issues: [] });
    expect(readFileSync(join(dir, 'script.md'), 'utf8')).toContain('✅ Đã đối chiếu');
  }, 120_000);
});
