import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) => checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name').map((issue) => issue.value);

describe('a title, an office and the person who holds it, in one capitalized run', () => {
  const SOURCE = 'Ông Lê Văn Hùng, Chủ tịch Hiệp hội Du lịch Đà Nẵng, cho biết lượng khách quốc tế đến thành phố tăng 20%.';

  it('reads "… Du lịch Đà Nẵng Lê Văn Hùng" as the office\'s "Đà Nẵng" and the person "Lê Văn Hùng"', () => {
    expect(names('Chủ tịch Hiệp hội Du lịch Đà Nẵng Lê Văn Hùng cho biết lượng khách quốc tế đến thành phố tăng 20%.', SOURCE)).toEqual([]);
  });

  it('reads a ministry and its minister apart: "Bộ Công Thương" and "Nguyễn Hồng Diên"', () => {
    const source = 'Bộ trưởng Công Thương Nguyễn Hồng Diên yêu cầu các doanh nghiệp xăng dầu bảo đảm nguồn cung.';
    expect(names('Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên yêu cầu các doanh nghiệp xăng dầu bảo đảm nguồn cung.', source)).toEqual([]);
  });

  it('still flags another person put in the office', () => {
    expect(names('Chủ tịch Hiệp hội Du lịch Đà Nẵng Lê Văn Hòa cho biết lượng khách quốc tế đến thành phố tăng 20%.', SOURCE)).toContain('Lê Văn Hòa');
  });

  it('still flags another city put in the office', () => {
    expect(names('Chủ tịch Hiệp hội Du lịch Quảng Nam Lê Văn Hùng cho biết lượng khách quốc tế đến thành phố tăng 20%.', SOURCE)).toContain('Quảng Nam');
  });
});
