import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const negations = (text: string, source: string) =>
  checkFacts(script(text), [source]).filter((issue) => issue.kind === 'negation').map((issue) => issue.value);

describe('a negated word read where the article uses it', () => {
  it('reads "giới tính" as the compound the article says plainly, not as its "không tính thuế"', () => {
    const source = 'Nhà trường tư vấn cho học sinh về sức khỏe, giới tính, tình bạn và gia đình; khoản hỗ trợ tư vấn không tính vào thu nhập chịu thuế của giáo viên.';
    expect(negations('Học sinh được tư vấn về sức khỏe, giới tính, tình bạn và gia đình.', source)).toEqual([]);
  });

  it('still flags a negation dropped from the article\'s phrase', () => {
    const source = 'Nhà trường tư vấn cho học sinh về sức khỏe, giới tính, tình bạn và gia đình; khoản hỗ trợ tư vấn không tính vào thu nhập chịu thuế của giáo viên.';
    expect(negations('Khoản hỗ trợ tư vấn được tính vào thu nhập chịu thuế của giáo viên.', source)).not.toEqual([]);
  });

  it('reads "chưa thu tiền" as the article\'s "không thu tiền", though it says "trạm thu phí" nearer', () => {
    const source = 'Chạy thử trạm thu phí trên quốc lộ 5.\nSáng nay, doanh nghiệp dự án đã vận hành thử nghiệm (phát vé không thu tiền) tại các trạm thu phí Km12 và Km15 trên quốc lộ 5.';
    expect(negations('Doanh nghiệp dự án đã cho chạy thử trạm thu phí trên quốc lộ 5, chưa thu tiền.', source)).toEqual([]);
  });

  it('still flags a negation added to the article\'s plain use', () => {
    const source = 'Chạy thử trạm thu phí trên quốc lộ 5.\nSáng nay, doanh nghiệp dự án đã vận hành thử nghiệm (phát vé và thu tiền) tại các trạm thu phí Km12 và Km15 trên quốc lộ 5.';
    expect(negations('Doanh nghiệp dự án đã cho chạy thử trạm thu phí trên quốc lộ 5, chưa thu tiền.', source)).not.toEqual([]);
  });
});
