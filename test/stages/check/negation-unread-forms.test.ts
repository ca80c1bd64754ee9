import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const negations = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'negation');

describe('negations the check reads in other forms', () => {
  it('reads "chỉ X" as a flip of the article\'s "không chỉ X mà còn Y"', () => {
    const source = 'Gạo thơm Tháp Mười không chỉ được bán ở chợ trong tỉnh mà còn xuất sang Nhật Bản.';
    expect(negations('Gạo thơm Tháp Mười chỉ được bán ở chợ trong tỉnh, chưa xuất khẩu.', source)).not.toEqual([]);
    expect(negations('Gạo thơm Tháp Mười không chỉ được bán ở chợ trong tỉnh mà còn xuất sang Nhật Bản.', source)).toEqual([]);
  });

  it('flags a negated verb the article states plainly in another sentence about the same subject', () => {
    const source = 'Công ty Sông Hậu phá sản.\nDoanh nghiệp này vừa không trả được khoản nợ 40 tỷ đồng đến hạn cuối tháng 10 và có thể bị các ngân hàng khởi kiện.';
    expect(negations('Công ty Sông Hậu chưa phá sản dù không trả được khoản nợ 40 tỷ đồng đến hạn cuối tháng 10.', source)).not.toEqual([]);
    expect(negations('Công ty Sông Hậu phá sản sau khi không trả được khoản nợ 40 tỷ đồng đến hạn cuối tháng 10.', source)).toEqual([]);
    const meeting = 'Ban tổ chức họp báo sau khi giải đua thuyền kết thúc.\nGiải đua thuyền năm nay có 24 đội của tám huyện tham gia trên sông Tiền.';
    expect(negations('Ban tổ chức không họp báo sau khi giải đua thuyền có 24 đội tham gia trên sông Tiền kết thúc.', meeting)).not.toEqual([]);
  });

  it('reads "chưa có X nào" as the negation of the article\'s "nhiều X"', () => {
    const source = 'Dù mới qua nửa mùa giải, câu lạc bộ Đồng Tháp đã có nhiều cầu thủ nổi bật.';
    expect(negations('Dù mùa giải đã qua một nửa, câu lạc bộ Đồng Tháp vẫn chưa có cầu thủ nào nổi bật.', source)).not.toEqual([]);
  });

  it('reads "kể cả X" as a flip of the article\'s "trừ X", and back', () => {
    const source = 'Xe công vụ được cấp cho các sở, ngành của tỉnh, trừ các ban quản lý dự án đầu tư xây dựng.';
    expect(negations('Xe công vụ được cấp cho các sở, ngành của tỉnh, kể cả các ban quản lý dự án đầu tư xây dựng.', source)).not.toEqual([]);
    expect(negations('Xe công vụ được cấp cho các sở, ngành của tỉnh, trừ ban quản lý dự án đầu tư xây dựng.', source)).toEqual([]);
    const included = 'Mọi hộ dân đều được hỗ trợ, kể cả các hộ ở cồn Phú Thuận.';
    expect(negations('Mọi hộ dân đều được hỗ trợ, trừ các hộ ở cồn Phú Thuận.', included)).not.toEqual([]);
  });

  it('reads a rule the article says was abolished as not in force', () => {
    const source = [
      'Theo Quyết định 12/2026 của UBND tỉnh, từ ngày 1/3, hộ kinh doanh sẽ không phải đăng ký biển hiệu với phòng kinh tế huyện.',
      'Theo đó, quyết định đã bỏ nội dung về việc hộ kinh doanh phải đăng ký biển hiệu với phòng kinh tế huyện trước khi treo.',
      'Điều này có nghĩa là quy định hộ kinh doanh phải đăng ký biển hiệu với phòng kinh tế huyện sẽ không còn hiệu lực.',
    ].join('\n');
    expect(negations('Theo Quyết định 12/2026 của UBND tỉnh, từ ngày 1/3, hộ kinh doanh vẫn phải đăng ký biển hiệu với phòng kinh tế huyện.', source)).not.toEqual([]);
    expect(negations('Quyết định 12/2026 của UBND tỉnh đã bỏ Điều 3 của Quyết định 40/2020, vốn buộc hộ kinh doanh phải đăng ký biển hiệu.', source)).toEqual([]);
  });

  it('flags a rule said to be kept that the article says was abolished', () => {
    const source = [
      'Theo quy định hiện hành, chủ tàu cá phải nộp nhật ký khai thác cho ban quản lý cảng cá sau mỗi chuyến biển.',
      'Tuy nhiên, Quyết định 12/2026 đã bãi bỏ quy định này từ ngày 1/3.',
    ].join('\n');
    expect(negations('Quyết định 12/2026 vẫn giữ nguyên quy định chủ tàu cá phải nộp nhật ký khai thác cho ban quản lý cảng cá.', source)).not.toEqual([]);
    expect(negations('Quyết định 12/2026 bãi bỏ quy định chủ tàu cá phải nộp nhật ký khai thác cho ban quản lý cảng cá.', source)).toEqual([]);
  });
});
