import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = [
  'Ngày 20/11/2026, Viện kiểm sát nhân dân tỉnh Đồng Tháp truy tố 12 bị can, thu hồi 3,2 tỷ đồng.',
  'Tổng số tiền giao dịch hơn 86,5 tỷ đồng, tăng 15,4% so với năm 2025; 1.234 người chơi.',
  'Thực hiện Chỉ thị 05-CT/TW và Nghị định 168/2024/NĐ-CP, Chủ tịch UBND tỉnh Trần Trí Quang chỉ đạo.',
  'Ông Lê Thành Tâm ở xã Hòa Long, gần công trình thủy lợi, được khen ngày 4 tháng 3 năm 2026.',
].join(' ');

function script(text: string) {
  return { headline: 'Tin', script: text, bullets: ['Truy tố các bị can', 'Thu hồi tiền'] };
}

describe('checkFacts', () => {
  it.each([
    ['numbers in either notation', 'Có 1234 người chơi, giao dịch 86.5 tỷ đồng.'],
    ['a percentage written with a dot', 'Tăng 15.4% so với năm 2025.'],
    ['a date with leading zeros', 'Ngày 20/11/2026 truy tố 12 bị can.'],
    ['a date without its year', 'Ngày 20/11, đã truy tố.'],
    ['a date written with zero padding and dashes', 'Vào ngày 20-11-2026 đã truy tố.'],
    ['a date written in words', 'Được khen ngày 04/03/2026.'],
    ['a document code with a leading zero dropped', 'Thực hiện Chỉ thị 5-CT/TW.'],
    ['a decree number', 'Theo Nghị định 168/2024/NĐ-CP.'],
    ['a person named as in the source', 'Chủ tịch Trần Trí Quang chỉ đạo.'],
    ['old and new tone placement', 'Ông Lê Thành Tâm ở xã Hoà Long gần công trình thuỷ lợi.'],
    ['decomposed Unicode', 'Ông Lê Thành Tâm ở xã Hòa Long.'.normalize('NFD')],
    ['an acronym for a name in the source', 'VKSND tỉnh Đồng Tháp truy tố.'],
    ['a money amount given with its scale word', 'Thu hồi 3.200.000.000 đồng.'],
  ])('accepts %s', (_, text) => {
    expect(checkFacts(script(text), [SOURCE])).toEqual([]);
  });

  it.each([
    ['an invented number', 'Truy tố 13 bị can.', { kind: 'number', value: '13 bị can' }],
    ['a changed percentage', 'Tăng 15,8% so với năm 2025.', { kind: 'percent', value: '15,8 phần trăm' }],
    ['a wrong date', 'Ngày 21/11/2026 truy tố.', { kind: 'date', value: 'ngày 21/11/2026' }],
    ['a wrong year', 'Ngày 20/11/2025 truy tố.', { kind: 'date', value: 'ngày 20/11/2025' }],
    ['a changed document code', 'Thực hiện Chỉ thị 06-CT/TW.', { kind: 'code', value: '06-CT/TW' }],
    ['an invented name', 'Bị can Nguyễn Văn Xuyến bị bắt.', { kind: 'name', value: 'Nguyễn Văn Xuyến' }],
    ['a changed given name', 'Chủ tịch Trần Trí Dũng chỉ đạo.', { kind: 'name', value: 'Trần Trí Dũng' }],
    ['a different country', 'Đoàn đã thăm Campuchia.', { kind: 'name', value: 'Campuchia' }],
  ])('flags %s', (_, text, issue) => {
    expect(checkFacts(script(text), [SOURCE])).toMatchObject([{ ...issue, where: 'script' }]);
  });

  it('says where each issue is: headline, script or bullets', () => {
    const issues = checkFacts({ headline: 'Truy tố 14 bị can', script: 'Thu hồi 3,2 tỷ đồng.', bullets: ['Tăng 99%', 'Có 12 bị can'] }, [SOURCE]);
    expect(issues.map(({ kind, where }) => ({ kind, where }))).toEqual([
      { kind: 'number', where: 'headline' },
      { kind: 'percent', where: 'bullets' },
    ]);
  });

  it('does not flag the anchor attribution, outlet names or section titles', () => {
    const draft = {
      headline: 'Điểm tin hoạt động trong Ngành',
      script: 'Theo báo Thanh Niên ngày 22/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp truy tố 12 bị can. Tin trong tỉnh tiếp theo.',
      bullets: ['Theo Trang thông tin điện tử VKSND tỉnh, truy tố 12 bị can', 'Thu hồi 3,2 tỷ đồng'],
    };
    expect(checkFacts(draft, [SOURCE], { allowed: ['Trang thông tin điện tử VKSND tỉnh'] })).toEqual([]);
  });

  it('accepts an outlet name and publication date only when they are allowed', () => {
    const draft = script('Theo VnExpress ngày 22/11/2026, truy tố 12 bị can.');
    expect(checkFacts(draft, [SOURCE]).map((issue) => issue.value)).toEqual(['ngày 22/11/2026', 'VnExpress']);
    expect(checkFacts(draft, [SOURCE], { allowed: ['VnExpress', 'ngày 22/11/2026'] })).toEqual([]);
  });

  it('finds facts in any of several sources', () => {
    expect(checkFacts(script('Có 452 đại biểu tán thành, 12 bị can bị truy tố.'), [SOURCE, 'Với 452 đại biểu tán thành.'])).toEqual([]);
  });

  it('does not count the capital at the start of a sentence as part of a name', () => {
    expect(checkFacts(script('Sau đó Lê Thành Tâm bị bắt. Sau đó, Trần Trí Quang chỉ đạo.'), [SOURCE])).toEqual([]);
  });

  it('does not take an ordinal or a weekday after "thứ" for a name (kỳ họp thứ Tư HĐND tỉnh)', () => {
    const source = 'Sáng 1/12, HĐND tỉnh khóa XI tổ chức kỳ họp thứ Tư (chuyên đề). Kỳ họp thứ Tư HĐND tỉnh diễn ra vào thứ Hai.';
    expect(checkFacts({ headline: 'Kỳ họp thứ Tư HĐND tỉnh khóa XI', script: 'Kỳ họp thứ Tư HĐND tỉnh khóa XI diễn ra vào thứ Hai, sáng 1/12.', bullets: ['HĐND tỉnh họp kỳ họp thứ Tư', 'Kỳ họp diễn ra sáng 1/12'] }, [source])).toEqual([]);
  });

  it.each([
    ['the city written in full for an abbreviation', 'Bắt tại TP HCM, tại TPHCM.', 'Bắt tại Thành phố Hồ Chí Minh.'],
    ['a Roman numeral written in digits', 'Nghị quyết Trung ương 4 khóa XII.', 'Nghị quyết Trung ương 4 khóa 12.'],
    ['a time written out', 'Khoảng 12h30 ngày 5/2, bắt 32 người.', 'Khoảng 12 giờ 30 phút ngày 5/2, bắt 32 người.'],
    ['a month written out', 'Từ 3/2025, có 13 tỉnh áp dụng.', 'Từ tháng 3 năm 2025, có 13 tỉnh áp dụng.'],
    ['a number written in words', 'Tòa tuyên phạt 8 năm tù.', 'Tòa tuyên phạt tám năm tù.'],
    ['an acronym of the youth union', 'Đoàn TNCS Hồ Chí Minh tổ chức hội thi.', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hội thi.'],
    ['a date after a time of day, written out', 'Tối 5/1/2025, Châu đập cửa buồng giam.', 'Tối 5 tháng 1 năm 2025, Châu đập cửa buồng giam.'],
  ])('accepts %s', (_, source, text) => {
    expect(checkFacts(script(text), [source])).toEqual([]);
  });

  it('checks a number with the word it counts, in the same sentence, not any equal number anywhere', () => {
    const source = 'Từ ngày 11/2, 13 tỉnh thành chuyển mã vùng. Âm báo kết thúc ngày 14/4/2017.';
    expect(checkFacts(script('Từ ngày 11/2, 14 tỉnh thành chuyển mã vùng.'), [source])).toMatchObject([{ kind: 'number', value: '14 tỉnh thành' }]);
  });

  it('never takes "năm" (year) as evidence for the number five', () => {
    const source = 'Năm 2025, Tiến bị tuyên phạt 8 năm tù.';
    expect(checkFacts(script('Tiến bị tuyên phạt 5 năm tù.'), [source])).toMatchObject([{ kind: 'number', value: '5 năm tù' }]);
    expect(checkFacts(script('Tiến bị tuyên phạt năm năm tù.'), [source])).toMatchObject([{ kind: 'number' }]);
  });

  it('flags a negation flipped against the source sentence', () => {
    const source = 'Gia đình bị hại không yêu cầu bồi thường thêm. Cán bộ quản giáo đã bị bắt tạm giam.';
    expect(checkFacts(script('Gia đình bị hại yêu cầu bồi thường thêm.'), [source])).toMatchObject([{ kind: 'negation' }]);
    expect(checkFacts(script('Cán bộ quản giáo chưa bị bắt tạm giam.'), [source])).toMatchObject([{ kind: 'negation' }]);
    expect(checkFacts(script('Cán bộ quản giáo đã bị bắt tạm giam.'), [source])).toEqual([]);
  });

  it('flags a quotation that no source contains and accepts one it does', () => {
    const source = 'Bà Khánh nói: “Tôi chỉ mong được minh oan”.';
    expect(checkFacts(script('Bà Khánh nói: “Tôi chỉ mong được minh oan”.'), [source])).toEqual([]);
    expect(checkFacts(script('Bà Khánh nói: “Tôi sẽ kiện đến cùng”.'), [source])).toMatchObject([{ kind: 'quote', value: 'Tôi sẽ kiện đến cùng' }]);
  });

  it("flags a person's name paired with another person's role from the article", () => {
    const source = 'Ông Lê Văn An, Giám đốc Công ty Sông Tiền, và ông Phạm Văn Bình, Phó Giám đốc Sở Tư pháp, dự họp.';
    expect(checkFacts(script('Ông Lê Văn An, Giám đốc Công ty Sông Tiền, dự họp.'), [source])).toEqual([]);
    expect(checkFacts(script('Ông Phạm Văn Bình, Giám đốc Công ty Sông Tiền, dự họp.'), [source])).toMatchObject([{ kind: 'role' }]);
  });

  it('flags a place taken from a different event of the article', () => {
    const source = 'Ngày 5/2, công an bắt 34 con bạc tại xã Hòa Hưng, huyện Cái Bè. Trước đó, trinh sát dụ người cảnh giới sang tỉnh Vĩnh Long.';
    expect(checkFacts(script('Ngày 5/2, công an bắt 34 con bạc tại tỉnh Vĩnh Long.'), [source])).toMatchObject([{ kind: 'place', value: 'vĩnh long' }]);
  });

  it('flags a title changed inside the same family, with or without a name ("Chủ tịch" for "Phó Chủ tịch", "Cục trưởng" for "Chi cục trưởng")', () => {
    const source = [
      'Ông Trần Văn Hùng, Phó Chủ tịch UBND huyện Tam Nông, xin thôi việc.',
      'Bà Lê Thị Thu, Chi cục trưởng Chi cục Thi hành án dân sự huyện Tháp Mười, cho biết sẽ cưỡng chế.',
      'Ông Nguyễn Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh, dự lễ. Ông Võ Minh Tâm, Giám đốc Sở Tư pháp, phát biểu.',
    ].join(' ');
    expect(checkFacts(script('Ông Trần Văn Hùng, Chủ tịch UBND huyện Tam Nông, xin thôi việc.'), [source])).toMatchObject([{ kind: 'role' }]);
    expect(checkFacts(script('Phó Chủ tịch UBND huyện Tam Nông xin thôi việc.'), [source])).toEqual([]);
    expect(checkFacts(script('Bà Lê Thị Thu, Cục trưởng Cục Thi hành án dân sự huyện Tháp Mười, cho biết sẽ cưỡng chế.'), [source])).toMatchObject([{ kind: 'role' }]);
    expect(checkFacts(script('Ông Nguyễn Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tư pháp, dự lễ.'), [source])).toMatchObject([{ kind: 'role' }]);
    expect(checkFacts(script('Ông Nguyễn Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh, dự lễ.'), [source])).toEqual([]);
  });

  it('flags a place swapped inside an office name or at the end of an address, both places being in the article', () => {
    const source = [
      'Ông Lý Văn Sang, cán bộ VKSND TP Cần Thơ, đứng ra thuê phòng. Sau đó, TAND TP Hà Nội xét xử vụ án.',
      'Công ty thuê đất ở xã Tân Hội Trung, huyện Cao Lãnh, tỉnh Đồng Tháp. Lô tôm được nuôi thử ở huyện Vĩnh Châu, tỉnh Sóc Trăng.',
      'Bà Mai ngụ phường 9, quận Gò Vấp, khiếu nại Chi nhánh văn phòng đất đai quận 12.',
    ].join(' ');
    expect(checkFacts(script('Ông Lý Văn Sang, cán bộ VKSND TP Hà Nội, đứng ra thuê phòng.'), [source])).toMatchObject([{ kind: 'place', value: 'hà nội' }]);
    expect(checkFacts(script('Ông Lý Văn Sang, cán bộ Viện kiểm sát nhân dân Thành phố Cần Thơ, đứng ra thuê phòng.'), [source])).toEqual([]);
    expect(checkFacts(script('Công ty thuê đất ở xã Tân Hội Trung, huyện Cao Lãnh, tỉnh Sóc Trăng.'), [source])).toMatchObject([{ kind: 'place', value: 'sóc trăng' }]);
    expect(checkFacts(script('Công ty thuê đất ở xã Tân Hội Trung, huyện Cao Lãnh, tỉnh Đồng Tháp.'), [source])).toEqual([]);
    expect(checkFacts(script('Bà Mai ngụ phường 9, quận 12.'), [source])).toMatchObject([{ kind: 'place', value: 'quận 12' }]);
  });

  it('flags a negation flipped in a sentence the draft rewrote from two of the article', () => {
    const source = 'Độ dài mã vùng trước đây không thống nhất giữa các tỉnh. Điều này không phù hợp với thông lệ quốc tế. Việc đổi mã vùng phù hợp với quy hoạch.';
    expect(checkFacts(script('Độ dài mã vùng không thống nhất là phù hợp với thông lệ quốc tế.'), [source])).toMatchObject([{ kind: 'negation' }]);
    expect(checkFacts(script('Độ dài mã vùng không thống nhất, không phù hợp với thông lệ quốc tế.'), [source])).toEqual([]);
  });

  it("flags a figure of the article moved to another fact (the goods' value given as the profit)", () => {
    const source = 'Bốn sản phẩm bị giám định là hàng giả, tổng trị giá 6,6 tỷ đồng; giám đốc bị cáo buộc thu lợi bất chính 3,3 tỷ đồng.';
    expect(checkFacts(script('Giám đốc bị cáo buộc thu lợi bất chính 6,6 tỷ đồng.'), [source])).toMatchObject([{ kind: 'number' }]);
    expect(checkFacts(script('Giám đốc thu lợi bất chính 3,3 tỷ đồng từ hàng giả trị giá 6,6 tỷ đồng.'), [source])).toEqual([]);
  });

  it("flags a figure given to another fact when other words surround it in the article, even after a person's initial", () => {
    const source = 'Gia đình ông T. ở nhờ căn nhà 33 năm để sản xuất kinh doanh. Vợ chồng tôi đã phụng dưỡng bà suốt 31 năm nay, ông T. nói.';
    expect(checkFacts(script('Vợ chồng ông T. đã phụng dưỡng bà S. suốt 33 năm.'), [source])).toMatchObject([{ kind: 'number', value: '33 năm' }]);
    expect(checkFacts(script('Vợ chồng ông T. đã phụng dưỡng bà S. suốt 31 năm.'), [source])).toEqual([]);
  });

  it("flags a hamlet from another person's address, though the district's name starts like a family name (Lâm Hà)", () => {
    const source = 'Ông Vương Đình Kính ở thôn Tân Đức, xã Tân Hà, huyện Lâm Hà, tỉnh Lâm Đồng. Tài sản được bán cho bà Đào Thị Thơm, trú tại thôn Tân Trung, xã Tân Hà, huyện Lâm Hà.';
    expect(checkFacts(script('Bà Đào Thị Thơm trú tại thôn Tân Đức, xã Tân Hà, huyện Lâm Hà.'), [source])).toMatchObject([{ kind: 'place', value: 'tân đức' }]);
    expect(checkFacts(script('Bà Đào Thị Thơm trú tại thôn Tân Trung, xã Tân Hà, huyện Lâm Hà.'), [source])).toEqual([]);
  });

  it('does not take "không chấp nhận" for a flip of "chấp nhận toàn bộ yêu cầu" said of something else', () => {
    const source = 'Tòa sơ thẩm chấp nhận toàn bộ yêu cầu của bà P. Tại phiên phúc thẩm, bà S. đồng ý hỗ trợ ông T. 400 triệu đồng nhưng ông vẫn không chịu.';
    expect(checkFacts(script('Tại phiên phúc thẩm, bà S. đồng ý hỗ trợ ông T. 400 triệu đồng nhưng ông T. không chấp nhận.'), [source])).toEqual([]);
  });

  it("flags a person of the article put into another person's event", () => {
    const source = 'Vợ chồng ông Kính vay tiền của bà Dương Thị Thúy. Sau đó, tài sản của gia đình ông Kính được bán cho người trúng đấu giá là bà Đào Thị Thơm, trú tại thôn Tân Trung.';
    expect(checkFacts(script('Tài sản của gia đình ông Kính được bán cho người trúng đấu giá là bà Dương Thị Thúy.'), [source])).toMatchObject([{ kind: 'name', value: 'dương thị thuý' }]);
    expect(checkFacts(script('Tài sản của gia đình ông Kính được bán cho người trúng đấu giá là bà Đào Thị Thơm.'), [source])).toEqual([]);
  });

  it('flags a commune put in a district the article does not put it in, and accepts the units as the article nests them', () => {
    const source = 'Bộ GTVT miễn, giảm giá cho 972 xe thuộc xã Tân Phú Thạnh, thị trấn Cái Tắc (thuộc tỉnh Hậu Giang) và 1.023 xe thuộc các phường Ba Láng, Lê Bình (quận Cái Răng, TP.Cần Thơ).';
    expect(checkFacts(script('Bộ GTVT miễn, giảm giá cho 972 xe thuộc xã Tân Phú Thạnh, thị trấn Cái Tắc, quận Cái Răng.'), [source])).toMatchObject([{ kind: 'place', value: 'cái răng' }]);
    expect(checkFacts(script('Bộ GTVT miễn, giảm giá cho 972 xe thuộc thị trấn Cái Tắc, tỉnh Hậu Giang.'), [source])).toEqual([]);
    expect(checkFacts(script('Có 1.023 xe thuộc phường Lê Bình, quận Cái Răng, Thành phố Cần Thơ được giảm giá.'), [source])).toEqual([]);
  });

  it('flags a negation flipped with another verb of cause ("không gây ùn tắc" for "đã khiến … ùn tắc")', () => {
    const source = 'Nhiều tài xế dùng tiền lẻ mua vé qua trạm. Vụ việc đã khiến giao thông tại đây ùn tắc nhẹ.';
    expect(checkFacts(script('Vụ việc không gây ùn tắc giao thông tại đây.'), [source])).toMatchObject([{ kind: 'negation' }]);
    expect(checkFacts(script('Vụ việc gây ùn tắc giao thông tại đây.'), [source])).toEqual([]);
  });

  it('accepts a count in words of the documents one sentence of the article lists ("hai quyết định"), not another count', () => {
    const source = 'UBND tỉnh giữ nguyên Quyết định số 3398/QĐ-UBND ngày 8/8/2016 và Quyết định số 940/QĐ-UBND ngày 28/9/2017 của Chủ tịch UBND huyện Mỹ Xuyên.';
    expect(checkFacts(script('UBND tỉnh giữ nguyên hai quyết định của Chủ tịch UBND huyện Mỹ Xuyên.'), [source])).toEqual([]);
    expect(checkFacts(script('UBND tỉnh giữ nguyên ba quyết định của Chủ tịch UBND huyện Mỹ Xuyên.'), [source])).toMatchObject([{ kind: 'number' }]);
  });

  it('reads a negation over the whole clause and the word in its own use, so a faithful sentence is no flip', () => {
    const source = [
      'Ngày 29/1, công ty chính thức thu phí thử nghiệm (phát vé không thu tiền) tại trạm.',
      'Bộ Xây dựng khẳng định công ty được tiếp tục thi công và không cần phải thực hiện cấp giấy phép xây dựng.',
      'Người mua xe công vẫn chưa chịu làm thủ tục sang tên.',
    ].join(' ');
    expect(checkFacts(script('Từ ngày 29/1, công ty thu phí thử nghiệm tại trạm.'), [source])).toEqual([]);
    expect(checkFacts(script('Công ty được tiếp tục thi công mà không cần giấy phép xây dựng.'), [source])).toEqual([]);
    expect(checkFacts(script('Người mua xe công không làm thủ tục sang tên.'), [source])).toEqual([]);
    expect(checkFacts(script('Ngày 29/1, công ty phát vé và thu tiền tại trạm.'), [source])).toMatchObject([{ kind: 'negation' }]);
  });

  it('reads "Công ty CP" as a joint-stock company, not the Government, on both sides', () => {
    const source = 'Công ty CP BOT Biên Cương sẽ cấp thẻ ưu tiên tạm thời 3 tháng.';
    expect(checkFacts(script('Công ty CP BOT Biên Cương cấp thẻ ưu tiên 3 tháng.'), [source])).toEqual([]);
  });
  it('stops a negation at the comma after it ("chưa đủ, sau khi ký …" says nothing against what follows)', () => {
    const source = 'Hợp đồng mua bán đã ký tại văn phòng công chứng. Tuy vậy như thế là chưa đủ, sau khi ký hợp đồng người mua còn phải làm thủ tục đăng ký.';
    expect(checkFacts(script('Sau khi ký hợp đồng, người mua còn phải làm thủ tục đăng ký.'), [source])).toEqual([]);
    expect(checkFacts(script('Sau khi ký hợp đồng, người mua không phải làm thủ tục đăng ký.'), [source])).toMatchObject([{ kind: 'negation' }]);
  });

  it('reads the issuer a document code names ("TT-BTC" is Bộ Tài chính) and flags another ministry', () => {
    const source = 'Thông tư 27/2026/TT-BTC hướng dẫn việc thu phí, có hiệu lực từ ngày 1/3/2026.';
    expect(checkFacts(script('Thông tư 27/2026/TT-BTC của Bộ Tài chính có hiệu lực từ ngày 1 tháng 3 năm 2026.'), [source])).toEqual([]);
    expect(checkFacts(script('Thông tư 27/2026/TT-BTC của Bộ Nội vụ có hiệu lực từ ngày 1 tháng 3 năm 2026.'), [source])).toContainEqual(expect.objectContaining({ kind: 'name' }));
  });

  it('reads "bỏ quy định … cho phép … được X" as no longer allowed to X, and flags a draft that still allows it', () => {
    const source = 'Từ ngày 1/3, bỏ quy định về việc cho phép các trạm thu phí được giữ lại một phần tiền phạt.';
    expect(checkFacts(script('Từ ngày 1 tháng 3, các trạm thu phí không còn được giữ lại một phần tiền phạt.'), [source])).toEqual([]);
    expect(checkFacts(script('Từ ngày 1/3, các trạm thu phí vẫn được giữ lại một phần tiền phạt.'), [source])).toMatchObject([{ kind: 'negation' }]);
  });

  it('gives the first figure of a range the scale of the second ("5-6 triệu đồng" is 5 triệu to 6 triệu)', () => {
    const source = 'Xe vi phạm bị phạt 5-6 triệu đồng; tái phạm bị phạt 9-10 triệu đồng.';
    expect(checkFacts(script('Xe vi phạm bị phạt từ 5 triệu đến 6 triệu đồng.'), [source])).toEqual([]);
    expect(checkFacts(script('Xe vi phạm bị phạt từ 4 triệu đến 6 triệu đồng.'), [source])).toMatchObject([{ kind: 'number' }]);
  });

  it('reads a year right after a law\'s name as that year ("Luật Đất đai 2013" for "Luật Đất đai năm 2013")', () => {
    const source = 'Theo Điều 95, Luật Đất đai năm 2013, người dân phải đăng ký biến động trong 30 ngày.';
    expect(checkFacts(script('Điều 95 Luật Đất đai 2013 quy định đăng ký biến động trong 30 ngày.'), [source])).toEqual([]);
    expect(checkFacts(script('Điều 95 Luật Đất đai 2003 quy định đăng ký biến động trong 30 ngày.'), [source])).not.toEqual([]);
  });

  it('keeps a figure whose long rule sentence holds the draft\'s words, though a unit was dropped from the range', () => {
    const source = 'Người điều khiển ô tô trong vùng đất cảng bị phạt khi mắc các lỗi sau: chạy quá tốc độ quy định từ 5 km/h đến dưới 10 km/h bị phạt 600.000-800.000 đồng; chạy quá tốc độ quy định trên 20 km/h đến 35 km/h bị phạt 5-6 triệu đồng.';
    expect(checkFacts(script('Chạy quá tốc độ từ 5 đến dưới 10 km/h trong vùng đất cảng bị phạt từ sáu trăm nghìn đến tám trăm nghìn đồng.'), [source])).toEqual([]);
  });
  it('flags a ministry said to issue a document whose code names another ministry', () => {
    const source = 'Thông tư 27/2026/TT-BTC hướng dẫn việc thu phí. Bộ Công an cũng ban hành Thông tư 12/2026/TT-BCA về đăng ký xe.';
    expect(checkFacts(script('Bộ Công an ban hành Thông tư số 27/2026/TT-BTC hướng dẫn việc thu phí.'), [source])).toMatchObject([{ kind: 'name' }]);
    expect(checkFacts(script('Thông tư 12/2026/TT-BCA của Bộ Tài chính về đăng ký xe.'), [source])).not.toEqual([]);
    expect(checkFacts(script('Bộ Tài chính ban hành Thông tư số 27/2026/TT-BTC hướng dẫn việc thu phí.'), [source])).toEqual([]);
  });
  it('flags a year the article gives to another of its events, and keeps the year of the same event', () => {
    const source = 'Năm 2019, xã Tân Phú khởi công cây cầu bê tông qua kênh Xáng. Cuối năm 2021, cây cầu được nghiệm thu và đưa vào sử dụng phục vụ người dân hai bên kênh.';
    expect(checkFacts(script('Cuối năm 2019, cây cầu qua kênh Xáng được nghiệm thu và đưa vào sử dụng.'), [source])).toMatchObject([{ kind: 'date' }]);
    expect(checkFacts(script('Cuối năm 2021, cây cầu qua kênh Xáng được nghiệm thu và đưa vào sử dụng.'), [source])).toEqual([]);
    expect(checkFacts(script('Xã Tân Phú khởi công cây cầu qua kênh Xáng năm 2019.'), [source])).toEqual([]);
    expect(checkFacts(script('Cây cầu qua kênh Xáng khởi công năm 2019, được nghiệm thu và đưa vào sử dụng cuối năm 2021.'), [source])).toEqual([]);
  });
  it('flags a title given to another ministry of the article ("Giám đốc Sở Tài chính" where the article writes "Giám đốc Sở Xây dựng")', () => {
    const source = 'Sở Tài chính đã thẩm định dự toán. Đơn giá xây dựng nhà ở xã hội trên địa bàn tỉnh do Giám đốc Sở Xây dựng công bố hằng năm.';
    expect(checkFacts(script('Đơn giá xây dựng nhà ở xã hội trên địa bàn tỉnh do Giám đốc Sở Tài chính công bố hằng năm.'), [source])).toMatchObject([{ kind: 'role' }]);
    expect(checkFacts(script('Đơn giá xây dựng nhà ở xã hội trên địa bàn tỉnh do Giám đốc Sở Xây dựng công bố hằng năm.'), [source])).toEqual([]);
  });
  it('flags a rule the article says was abolished, stated as still in force', () => {
    const source = [
      'Từ ngày 1/7, người nộp hồ sơ sẽ không phải nộp bản sao giấy khai sinh cho Ủy ban nhân dân xã.',
      'Quyết định đã bỏ quy định: Khi làm thủ tục, người nộp hồ sơ phải nộp bản sao giấy khai sinh cho Ủy ban nhân dân xã.',
    ].join(' ');
    expect(checkFacts(script('Từ ngày 1/7, người nộp hồ sơ vẫn phải nộp bản sao giấy khai sinh cho Ủy ban nhân dân xã.'), [source])).toMatchObject([{ kind: 'negation' }]);
    expect(checkFacts(script('Từ ngày 1/7, người nộp hồ sơ không phải nộp bản sao giấy khai sinh cho Ủy ban nhân dân xã.'), [source])).toEqual([]);
  });
});
