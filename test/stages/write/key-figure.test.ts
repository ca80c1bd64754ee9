import { describe, expect, it } from 'vitest';
import { findKeyFigure } from '../../../src/stages/write/key-figure.ts';

const story = (headline: string, script: string, bullets: string[] = []) => ({ headline, script, bullets });

describe('findKeyFigure', () => {
  it('takes a prison term with its noun', () => {
    expect(findKeyFigure(story('Nguyên giám đốc ban quản lý dự án lĩnh án', 'Hội đồng xét xử tuyên phạt bị cáo 8 năm tù về tội tham ô tài sản, buộc nộp lại 3 tỷ đồng.'))).toBe('8 năm tù');
  });

  it('keeps the word that qualifies a sum, so "hơn 150 tỷ đồng" is never shown as 150 tỷ đồng', () => {
    expect(findKeyFigure(story('Truy tố 12 bị can trong đường dây lừa đảo', 'Các bị can đã chiếm đoạt hơn 150 tỷ đồng của 2.400 người.'))).toBe('hơn 150 tỷ đồng');
  });

  it('keeps "thêm" and "tăng", which make a figure a change rather than a total', () => {
    expect(findKeyFigure(story('Hiệp định kinh tế số ASEAN', 'Hiệp định có thể mang lại thêm 2.000 tỷ USD cho kinh tế khu vực.'))).toBe('thêm 2.000 tỷ USD');
    expect(findKeyFigure(story('Kim ngạch xuất khẩu tăng 14,6%', 'Xuất khẩu 11 tháng tăng 14,6% so với cùng kỳ.'))).toBe('tăng 14,6%');
  });

  it('finds no figure in dates, years, document numbers and article references', () => {
    expect(findKeyFigure(story('Sửa đổi Nghị định số 168/2024/NĐ-CP', 'Ngày 27/11, theo khoản 4 Điều 174 Bộ luật Hình sự năm 2015, tại kỳ họp thứ 10 khóa XV, lần thứ 3.'))).toBeNull();
  });

  it('does not take a speed for a distance', () => {
    expect(findKeyFigure(story('Bão đổ bộ miền Trung', 'Bão giật cấp 14, sức gió 185 km/h; 600.000 người đã được sơ tán.'))).toBe('600.000 người');
  });

  it('prefers the figure the headline puts forward among figures of the same kind', () => {
    expect(findKeyFigure(story('GRDP 10 tháng ước tăng 7,9%', 'Thu ngân sách đạt 91,2% dự toán; GRDP ước tăng 7,9%.', ['Thu ngân sách đạt 91,2% dự toán']))).toBe('tăng 7,9%');
  });

  it('says what a share counts: "100% mệnh giá thẻ bảo hiểm y tế", never a bare "100%"', () => {
    expect(findKeyFigure(story('Kỳ họp chuyên đề HĐND tỉnh', 'Kỳ họp thông qua 14 nghị quyết, trong đó hỗ trợ 100% mệnh giá thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo.'))).toBe('100% mệnh giá thẻ bảo hiểm y tế');
    expect(findKeyFigure(story('Hội nghị sơ kết công tác kiểm sát 11 tháng', 'Hội nghị kết nối 34 điểm cầu; tỷ lệ truy tố đúng thời hạn đạt 100%.'))).toBeNull();
    expect(findKeyFigure(story('Bão đổ bộ Philippines', 'Khoảng 1,1 triệu hộ gia đình bị mất điện.'))).toBe('Khoảng 1,1 triệu hộ gia đình');
    expect(findKeyFigure(story('Giải ngân vốn đầu tư công', 'Tỉnh giải ngân 9.876 tỷ đồng, bằng 71,4% kế hoạch; GRDP tăng 7,9% so với cùng kỳ.'))).toBe('9.876 tỷ đồng');
  });
});
