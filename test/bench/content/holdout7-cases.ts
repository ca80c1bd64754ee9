/**
 * Blind set 7, the reserve: written by hand on 2 December 2026 by a helper who did not see the check
 * (src/stages/check/**, its tests) nor the case lists of the other sets, and committed before the check
 * first ran on it. Its first run (`npm run bench:content -- --reserve`) gives the figures reported to
 * users; nobody may tune on it before.
 *
 * Sources, real Vietnamese news of March 2026 no other set uses: the teasers (headline and summary) of
 * two saved section pages in ../shared/corpus/vn-pages/ — all 47 of VnExpress Kinh doanh
 * (vnexpress_list.html: prices of gold, oil and petrol, markets, company and tax news) and all 18 of
 * Báo Chính phủ (baochinhphu_list.html: circulars and decrees with codes such as 08/2026/TT-BCT).
 * A source's text is the teaser's headline, a full stop, a newline and its summary.
 *
 * Faithful drafts (`ok:`) state only what the teaser states, as a good LLM or a careful editor would
 * write them for a script read aloud: numbers in words or other notation, dates written out, acronyms
 * spelled out or introduced (NHNN, HĐQT, GD&ĐT, ĐBSCL, FDI, CPTPP), a document code in a shorter
 * accepted form, a negation said another way ("bất thành" → "không thành", "từ chối cho" → "không cho"),
 * another word order, a shortened sentence, headline and summary merged.
 * Corrupted drafts (`bad:`) hold exactly one error of their kind, of the sorts LLMs make: a figure changed
 * or taken from another fact of the teaser; a date or year shifted; a person, company or ministry swapped
 * (a circular given to the wrong ministry); a province, country or region swapped; a document code
 * altered or borrowed from another document the teaser cites; a negation added or removed; a quoted word
 * changed or words in quotation marks the teaser never says.
 */
import type { ContentCase } from './cases.ts';

const VNE = 'vn-pages/vnexpress_list.html';
const BCP = 'vn-pages/baochinhphu_list.html';
const vne = (listItem: number) => ({ path: VNE, listItem }) as const;
const bcp = (listItem: number) => ({ path: BCP, listItem }) as const;

export const HOLDOUT7_FILES = {
  vne00: vne(0),
  vne01: vne(1),
  vne02: vne(2),
  vne03: vne(3),
  vne04: vne(4),
  vne05: vne(5),
  vne06: vne(6),
  vne07: vne(7),
  vne08: vne(8),
  vne09: vne(9),
  vne10: vne(10),
  vne11: vne(11),
  vne12: vne(12),
  vne13: vne(13),
  vne14: vne(14),
  vne15: vne(15),
  vne16: vne(16),
  vne17: vne(17),
  vne18: vne(18),
  vne19: vne(19),
  vne20: vne(20),
  vne21: vne(21),
  vne22: vne(22),
  vne23: vne(23),
  vne24: vne(24),
  vne25: vne(25),
  vne26: vne(26),
  vne27: vne(27),
  vne28: vne(28),
  vne29: vne(29),
  vne30: vne(30),
  vne31: vne(31),
  vne32: vne(32),
  vne33: vne(33),
  vne34: vne(34),
  vne35: vne(35),
  vne36: vne(36),
  vne37: vne(37),
  vne38: vne(38),
  vne39: vne(39),
  vne40: vne(40),
  vne41: vne(41),
  vne42: vne(42),
  vne43: vne(43),
  vne44: vne(44),
  vne45: vne(45),
  vne46: vne(46),
  bcp00: bcp(0),
  bcp01: bcp(1),
  bcp02: bcp(2),
  bcp03: bcp(3),
  bcp04: bcp(4),
  bcp05: bcp(5),
  bcp06: bcp(6),
  bcp07: bcp(7),
  bcp08: bcp(8),
  bcp09: bcp(9),
  bcp10: bcp(10),
  bcp11: bcp(11),
  bcp12: bcp(12),
  bcp13: bcp(13),
  bcp14: bcp(14),
  bcp15: bcp(15),
  bcp16: bcp(16),
  bcp17: bcp(17),
} as const;

export const HOLDOUT7_CASES: Array<Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT7_FILES }> = [
  // Gold and oil, end of the week.
  { kind: 'ok:merge', file: 'vne00', draft: 'Giá vàng thế giới tăng mạnh, mỗi ounce thêm trên 90 USD; dầu thô vượt 90 USD, riêng dầu WTI của Mỹ đắt thêm hơn 12% trong phiên cuối tuần.' },
  { kind: 'bad:number', file: 'vne00', at: 'dầu thô Mỹ WTI', edits: [['hơn 12%', 'hơn 21%']] },

  // Petrol prices adjusted sooner.
  { kind: 'ok:number-words', file: 'vne01', draft: 'Theo Nghị quyết mới của Chính phủ, nếu giá cơ sở tăng từ bảy phần trăm trở lên, giá xăng dầu có thể được điều chỉnh ngay một ngày sau đó, không phải chờ bảy ngày như trước.' },

  // Consumer loans under 400 million đồng.
  { kind: 'ok:acronym', file: 'vne02', draft: 'Theo dự thảo Thông tư đang lấy ý kiến, NHNN muốn nâng hạn mức cho vay giá trị nhỏ từ 100 triệu lên 400 triệu đồng, khoản vay tiêu dùng dưới mức này có thể không phải chứng minh tài chính.' },
  { kind: 'bad:number', file: 'vne02', at: 'Ngân hàng Nhà nước muốn', edits: [['lên 400 triệu đồng', 'lên 500 triệu đồng']] },
  { kind: 'bad:negation', file: 'vne02', draft: 'Vay tiêu dùng dưới 400 triệu đồng vẫn phải chứng minh tài chính, theo dự thảo Thông tư của Ngân hàng Nhà nước đang lấy ý kiến.' },

  // LDG's former chairman back after a prison term.
  { kind: 'ok:acronym', file: 'vne03', draft: 'LDG giao ông Nguyễn Khánh Hưng, cựu Chủ tịch Hội đồng quản trị từng bị án tù 16 tháng vì lừa dối khách hàng, đứng đầu Hội đồng chiến lược mới thành lập.' },
  { kind: 'bad:number', file: 'vne03', at: 'LDG giao cựu', edits: [['án tù 16 tháng', 'án tù 18 tháng']] },
  { kind: 'bad:negation', file: 'vne03', at: 'LDG giao cựu', edits: [['LDG giao', 'LDG không giao']] },

  // Recycling: no more payments into the fund.
  { kind: 'ok:negation-paraphrase', file: 'vne04', draft: 'Bộ Tài nguyên và Môi trường đề xuất doanh nghiệp không đóng tiền vào quỹ nữa mà phải trực tiếp tái chế hoặc mua tín chỉ bù đắp, nhằm thúc đẩy chuyển đổi xanh.' },
  { kind: 'bad:negation', file: 'vne04', at: 'Bộ Tài nguyên', edits: [['yêu cầu doanh nghiệp', 'không yêu cầu doanh nghiệp']] },

  // 24 states sue over the 10% tariff.
  { kind: 'ok:number-words', file: 'vne05', draft: 'Hai mươi bốn bang đã khởi kiện mức thuế nhập khẩu mười phần trăm của ông Trump, cho rằng thuế mới mà Tổng thống Mỹ áp dụng sau phán quyết của Tòa án Tối cao tháng trước là bất hợp pháp.' },
  { kind: 'bad:name', file: 'vne05', at: '24 bang kiện', edits: [['ông Trump', 'ông Biden']] },

  // Thái Nguyên leads in FDI.
  { kind: 'ok:currency-words', file: 'vne06', draft: 'Đầu năm 2026, Thái Nguyên vượt cả Hà Nội và TP HCM, dẫn đầu cả nước về thu hút vốn đầu tư nước ngoài với hơn 1,6 tỷ đô la Mỹ vốn đăng ký mới.' },
  { kind: 'bad:place', file: 'vne06', at: 'Thái Nguyên dẫn đầu', edits: [['Thái Nguyên', 'Bắc Ninh']] },

  // VN-Index loses over 40 points.
  { kind: 'ok:number-words', file: 'vne07', draft: 'VN-Index mất hơn bốn mươi điểm, mức điều chỉnh mạnh nhất ba tháng qua, khi nhà đầu tư bán tháo trên diện rộng khiến gần hai trăm bốn mươi mã cổ phiếu giảm giá.' },
  { kind: 'bad:number', file: 'vne07', at: 'Nhà đầu tư bán tháo', edits: [['gần 240 mã', 'gần 420 mã']] },

  // China's cautious climate goal.
  { kind: 'ok:paraphrase', file: 'vne08', draft: 'Không đạt mục tiêu đặt ra cho giai đoạn 2021-2025, Bắc Kinh đặt kế hoạch khử carbon thận trọng cho 5 năm tới.' },
  { kind: 'bad:negation', file: 'vne08', at: 'Bắc Kinh đặt', edits: [['sau khi không đạt', 'sau khi đã đạt']] },
  { kind: 'bad:date', file: 'vne08', at: 'Bắc Kinh đặt', edits: [['giai đoạn 2021-2025', 'giai đoạn 2016-2020']] },

  // Petrol supply for March.
  { kind: 'ok:shortened', file: 'vne09', draft: 'Bộ Công Thương cho biết nguồn cung xăng dầu trong nước tháng 3 cơ bản được bảo đảm nhờ kết hợp nguồn dự trữ, sản xuất trong nước và nhập khẩu.' },
  { kind: 'bad:quote', file: 'vne09', at: 'Theo Bộ Công Thương', edits: [['"cơ bản được bảo đảm"', '"được bảo đảm đầy đủ"']] },
  { kind: 'bad:negation', file: 'vne09', at: 'Bộ Công Thương: Nguồn cung', edits: [['được bảo đảm', 'chưa được bảo đảm']] },
  { kind: 'bad:date', file: 'vne09', at: 'Theo Bộ Công Thương', edits: [['tháng 3', 'tháng 4']] },

  // Freight to the Middle East triples.
  { kind: 'ok:number-words', file: 'vne10', draft: 'Cước tàu sang Trung Đông tăng gấp ba; phụ phí vận tải biển tăng hàng nghìn USD mỗi container khiến nhiều doanh nghiệp xuất khẩu lao đao, có nguy cơ mất đơn hàng.' },
  { kind: 'bad:place', file: 'vne10', at: 'Doanh nghiệp xuất khẩu lao đao', edits: [['sang Trung Đông', 'sang châu Âu']] },

  // Petrol stations out of stock.
  { kind: 'ok:acronym', file: 'vne11', draft: 'Một số cửa hàng xăng dầu tại Hà Nội, Thành phố Hồ Chí Minh và An Giang treo biển hết hàng hoặc hạn chế lượng nhiên liệu đổ mỗi lần, do nguồn cung nhỏ giọt vì xung đột Trung Đông.' },
  { kind: 'bad:place', file: 'vne11', at: 'Một số cửa hàng', edits: [['An Giang', 'Cần Thơ']] },

  // Domestic gold 21 million above world price.
  { kind: 'ok:number-words', file: 'vne12', draft: 'Các thương hiệu bán vàng miếng với giá gần 184 triệu đồng, cao hơn giá thế giới hơn hai mươi mốt triệu đồng.' },
  { kind: 'bad:number', file: 'vne12', at: 'Các thương hiệu bán ra', edits: [['chênh hơn 21 triệu', 'chênh hơn 12 triệu']] },

  // Household businesses' stock at the end of 2025.
  { kind: 'ok:date-form', file: 'vne13', draft: 'Hộ kinh doanh xác định giá trị hàng tồn kho, máy móc, thiết bị tại ngày 31 tháng 12 năm 2025, làm căn cứ tính chi phí được trừ khi xác định thuế thu nhập cá nhân năm 2026.' },
  { kind: 'bad:date', file: 'vne13', at: 'Hộ kinh doanh xác định', edits: [['31/12/2025', '30/6/2025']] },
  { kind: 'bad:negation', file: 'vne13', at: 'Hộ kinh doanh được ghi nhận', edits: [['được ghi nhận', 'không được ghi nhận']] },

  // Crude oil jumps on 5 March.
  { kind: 'ok:date-form', file: 'vne14', draft: 'Trong phiên ngày 5 tháng 3, giá dầu Brent và WTI tăng từ 5 đến 8% do nguồn cung dầu từ Trung Đông bị gián đoạn.' },
  { kind: 'bad:date', file: 'vne14', at: 'Nguồn cung dầu từ', edits: [['phiên 5/3', 'phiên 6/3']] },

  // Export outlook.
  { kind: 'ok:number-words', file: 'vne15', draft: 'Thuế quan Mỹ biến động và xung đột ở Trung Đông trở thành hai làn gió ngược với xuất khẩu, khi xuất khẩu vừa dễ thở trong hai tháng đầu năm.' },
  { kind: 'bad:quote', file: 'vne15', at: 'Thuế quan của Mỹ', edits: [['"dễ thở"', '"bứt phá"']] },

  // Geopolitics and the gold price.
  { kind: 'ok:paraphrase', file: 'vne16', draft: 'Chiến sự, các lệnh trừng phạt hay căng thẳng toàn cầu thường làm giá vàng biến động mạnh.' },

  // Russian oil gains.
  { kind: 'ok:paraphrase', file: 'vne17', draft: 'Căng thẳng Trung Đông làm gián đoạn chuỗi cung ứng năng lượng toàn cầu, nhưng lại mở ra cơ hội để Nga tăng xuất khẩu và cải thiện nguồn thu ngân sách.' },
  { kind: 'bad:place', file: 'vne17', at: 'Căng thẳng Trung Đông làm', edits: [['giúp Nga', 'giúp Ả Rập Xê Út']] },

  // Masan and tungsten.
  { kind: 'ok:shortened', file: 'vne18', draft: 'Masan High-Tech Materials kỳ vọng doanh thu tăng trưởng nhờ giá vonfram duy trì ở mức cao.' },
  { kind: 'bad:negation', file: 'vne18', at: 'Masan High-Tech', edits: [['duy trì ở mức cao', 'không còn ở mức cao']] },

  // Hà Tĩnh sells nearly 30 kg of gold.
  { kind: 'ok:number-words', file: 'vne19', draft: 'Sở Tài chính Hà Tĩnh thông báo sẽ bán gần ba mươi ki-lô-gam vàng tinh khiết đã được xác lập quyền sở hữu toàn dân, với giá hơn 142 tỷ đồng.' },
  { kind: 'bad:place', file: 'vne19', at: 'Sở Tài chính Hà Tĩnh', edits: [['Hà Tĩnh', 'Nghệ An']] },
  { kind: 'bad:number', file: 'vne19', at: 'Sở Tài chính Hà Tĩnh', edits: [['hơn 142 tỷ', 'hơn 124 tỷ']] },

  // Energy security task force.
  { kind: 'ok:paraphrase', file: 'vne20', draft: 'Để ứng phó với diễn biến phức tạp của xung đột quân sự tại Trung Đông, Chính phủ đã thành lập Tổ công tác bảo đảm an ninh năng lượng.' },
  { kind: 'bad:negation', file: 'vne20', at: 'Chính phủ lập Tổ công tác', edits: [['Chính phủ lập', 'Chính phủ chưa lập']] },
  { kind: 'bad:quote', file: 'vne20', draft: 'Chính phủ lập Tổ công tác bảo đảm an ninh năng lượng với yêu cầu "không để đứt gãy nguồn cung trong mọi tình huống" trước xung đột quân sự tại Trung Đông.' },

  // Jackpot.
  { kind: 'ok:paraphrase', file: 'vne21', draft: 'Vietlott xác định một khách hàng đã trúng giải Jackpot sản phẩm Power 6/55, trị giá hơn 114 tỷ đồng.' },

  // Gelex dividend.
  { kind: 'ok:number-words', file: 'vne22', draft: 'Gelex đã tạm ứng cổ tức tiền mặt tỷ lệ tám phần trăm trong năm ngoái, nay dự kiến trả thêm cổ tức bằng cổ phiếu với tỷ lệ hai mươi lăm phần trăm.' },
  { kind: 'bad:number', file: 'vne22', at: 'Sau khi tạm ứng', edits: [['tỷ lệ 25%', 'tỷ lệ 8%']] },

  // Oil and gas stocks sold off.
  { kind: 'ok:paraphrase', file: 'vne23', draft: 'Do áp lực chốt lời sau nhịp tăng nóng, hàng loạt cổ phiếu dầu khí như GAS, PLX, OIL, BSR, PVD giảm sâu, có mã chạm sàn.' },

  // Petrol up over 2,000 đồng a litre.
  { kind: 'ok:time-form', file: 'vne24', draft: 'Từ 15 giờ hôm nay, giá xăng, dầu tăng 1.810-7.140 đồng mỗi lít, kg, lên lần lượt 22.340 đồng và 26.600 đồng, sau điều chỉnh của liên Bộ Công Thương - Tài chính.' },
  { kind: 'ok:number-words', file: 'vne24', draft: 'Giá xăng tăng hơn hai nghìn đồng một lít.' },
  { kind: 'bad:date', file: 'vne24', at: 'Giá xăng, dầu cùng tăng', edits: [['từ 15h hôm nay', 'từ 15h ngày mai']] },

  // GSM's new chair.
  { kind: 'ok:date-form', file: 'vne25', draft: 'Từ ngày 4 tháng 3, tỷ phú Phạm Thu Hương, vợ ông Phạm Nhật Vượng, làm Chủ tịch Công ty GSM, đơn vị vận hành hãng taxi và gọi xe Xanh SM.' },
  { kind: 'bad:name', file: 'vne25', at: 'Tỷ phú Phạm Thu Hương làm', edits: [['Tỷ phú Phạm Thu Hương', 'Tỷ phú Phạm Nhật Vượng']] },
  { kind: 'bad:date', file: 'vne25', at: 'Tỷ phú Phạm Thu Hương, vợ', edits: [['từ ngày 4/3', 'từ ngày 14/3']] },

  // The Reverie Saigon yacht.
  { kind: 'ok:negation-paraphrase', file: 'vne26', draft: 'Sau hai lần đấu giá không thành hồi đầu năm, giá khởi điểm du thuyền The Reverie Saigon của bà Trương Mỹ Lan được hạ từ hơn 52 tỷ xuống dưới 47 tỷ đồng.' },
  { kind: 'bad:number', file: 'vne26', at: 'Du thuyền của bà', edits: [['còn 47 tỷ', 'còn 52 tỷ']] },
  { kind: 'bad:name', file: 'vne26', at: 'Sau hai lần đấu giá', edits: [['bà Trương Mỹ Lan', 'bà Trương Huệ Vân']] },
  { kind: 'bad:negation', file: 'vne26', at: 'Sau hai lần đấu giá', edits: [['đấu giá bất thành', 'đấu giá thành công']] },

  // China's growth target.
  { kind: 'ok:number-words', file: 'vne27', draft: 'Trung Quốc đặt mục tiêu tăng trưởng kinh tế năm 2026 ở mức 4,5 đến 5 phần trăm, thấp hơn năm ngoái.' },

  // Hormuz closure.
  { kind: 'ok:paraphrase', file: 'vne28', draft: 'Nếu Iran đóng eo biển Hormuz, an ninh năng lượng của nhiều nước phụ thuộc vào dầu, khí nhập khẩu như Trung Quốc hay Ấn Độ sẽ bị thử thách.' },
  { kind: 'bad:place', file: 'vne28', at: 'Hormuz đóng cửa', edits: [['Trung Quốc hay Ấn Độ', 'Nhật Bản hay Hàn Quốc']] },

  // Duck robots in rice fields.
  { kind: 'ok:acronym', file: 'vne29', draft: 'Startup NewGreen của Nhật Bản và Lộc Trời hợp tác dùng robot vịt diệt cỏ trong trồng lúa phát thải thấp tại ĐBSCL.' },
  { kind: 'bad:place', file: 'vne29', at: 'Startup NewGreen', edits: [['Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng']] },

  // Grand Opera Tower.
  { kind: 'ok:number-words', file: 'vne30', draft: 'Grand Opera Tower, biểu tượng hai mươi ba năm, được nâng cấp trên nền giao thoa giữa văn hóa bản địa và chuẩn quốc tế, nằm trong tổng thể Sheraton Saigon Grand Opera Hotel.' },
  { kind: 'bad:quote', file: 'vne30', at: 'Grand Opera Tower - từ', edits: [["'khách sạn trong lòng khách sạn'", "'khách sạn trong lòng thành phố'"]] },

  // US tariff to 15%.
  { kind: 'ok:number-words', file: 'vne31', draft: 'Trong tuần này, Mỹ sẽ nâng mức thuế nhập khẩu tạm thời đang áp với tất cả đối tác thương mại từ mười phần trăm lên mười lăm phần trăm.' },
  { kind: 'bad:negation', file: 'vne31', at: 'Mức thuế nhập khẩu tạm thời', edits: [['sẽ sớm được nâng lên', 'sẽ không được nâng lên']] },

  // US measures for crude shipping.
  { kind: 'ok:paraphrase', file: 'vne32', draft: 'Theo Bộ trưởng Tài chính Mỹ Scott Bessent, Washington sẽ triển khai các biện pháp ổn định việc vận chuyển dầu qua Vịnh Ba Tư.' },
  { kind: 'bad:name', file: 'vne32', at: 'Bộ trưởng Tài chính Mỹ', edits: [['Scott Bessent', 'Janet Yellen']] },
  { kind: 'bad:quote', file: 'vne32', draft: 'Bộ trưởng Tài chính Mỹ Scott Bessent cho biết Washington sẽ "bảo vệ mọi chuyến tàu chở dầu" qua Vịnh Ba Tư.' },

  // Bitcoin.
  { kind: 'ok:number-words', file: 'vne33', draft: 'Dòng tiền mua chủ động mạnh lên, dẫn dắt bởi các cá mập, giúp Bitcoin tăng bảy phần trăm lên hơn 71.000 USD, cao nhất gần một tháng.' },
  { kind: 'bad:quote', file: 'vne33', at: 'Dòng tiền mua chủ động', edits: [['"cá mập"', '"cá voi"']] },
  { kind: 'bad:number', file: 'vne33', at: 'Dòng tiền mua chủ động', edits: [['hơn 71.000 USD', 'hơn 81.000 USD']] },

  // VietinBank's tower at Ciputra.
  { kind: 'ok:acronym', file: 'vne34', draft: 'VDSC dự báo Ngân hàng VietinBank có thể bán xong tòa tháp ở Ciputra trong nửa đầu năm, sớm nhất là trong quý I.' },
  { kind: 'bad:name', file: 'vne34', at: 'Chứng khoán Rồng Việt', edits: [['Chứng khoán Rồng Việt (VDSC)', 'Chứng khoán SSI']] },
  { kind: 'bad:place', file: 'vne34', at: 'VietinBank có thể bán', edits: [['tại Ciputra', 'tại Thủ Thiêm']] },

  // Korean fund and FLC.
  { kind: 'ok:number-words', file: 'vne35', draft: 'Eastbridge Partners, quỹ đầu tư Hàn Quốc đang quản lý danh mục một phẩy năm tỷ USD, có thể đầu tư chiến lược và đồng hành dài hạn cùng FLC, Bamboo Airways.' },
  { kind: 'bad:place', file: 'vne35', at: 'Quỹ đầu tư Hàn Quốc', edits: [['Quỹ đầu tư Hàn Quốc', 'Quỹ đầu tư Nhật Bản']] },

  // Exchange rate.
  { kind: 'ok:paraphrase', file: 'vne36', draft: 'Theo Phó thống đốc Phạm Thanh Hà, tuần này tỷ giá có xu hướng nhích lên vì căng thẳng ở Trung Đông.' },
  { kind: 'bad:name', file: 'vne36', at: 'Tuần này, tỷ giá', edits: [['Phạm Thanh Hà', 'Đào Minh Tú']] },
  { kind: 'bad:quote', file: 'vne36', draft: 'Phó thống đốc Phạm Thanh Hà nhận định tỷ giá "sẽ còn chịu sức ép lớn" do căng thẳng Trung Đông.' },

  // Property supply.
  { kind: 'ok:paraphrase', file: 'vne37', draft: 'Bộ Xây dựng dự kiến nguồn cung bất động sản năm nay tăng mạnh nhờ gỡ vướng pháp lý, góp phần hạ nhiệt giá nhà.' },
  { kind: 'bad:quote', file: 'vne37', draft: 'Theo Bộ Xây dựng, nguồn cung bất động sản năm 2026 sẽ "bùng nổ" nhờ gỡ vướng pháp lý.' },

  // Income ceiling for social housing.
  { kind: 'ok:number-words', file: 'vne38', draft: 'Thủ tướng giao Bộ Xây dựng nghiên cứu nâng mức thu nhập của cá nhân mua nhà ở xã hội lên tối đa 25-27 triệu đồng mỗi tháng, cao hơn mức hai mươi triệu hiện hành.' },
  { kind: 'bad:number', file: 'vne38', at: 'Thủ tướng giao', edits: [['mức 20 triệu hiện hành', 'mức 15 triệu hiện hành']] },
  { kind: 'bad:quote', file: 'vne38', at: "'Nghiên cứu nâng trần", edits: [["'Nghiên cứu nâng trần", "'Khẩn trương nâng trần"]] },

  // Bottom fishing.
  { kind: 'ok:merge', file: 'vne39', draft: 'Dòng tiền vào chứng khoán cao nhất nửa năm; VN-Index dao động mạnh, từ giảm gần 50 điểm chuyển sang tăng 5 điểm nhờ dòng tiền bắt đáy cổ phiếu đầu ngành.' },
  { kind: 'bad:quote', file: 'vne39', at: 'VN-Index dao động', edits: [['"bắt đáy"', '"gom hàng"']] },

  // Durian exports.
  { kind: 'ok:number-words', file: 'vne40', draft: 'Dù tháng 1 là giai đoạn nghịch mùa, nguồn cung hạn chế, xuất khẩu sầu riêng vẫn tăng 275 phần trăm so với cùng kỳ, đạt hơn 117 triệu đô la Mỹ.' },
  { kind: 'bad:date', file: 'vne40', at: 'Tháng 1 là', edits: [['Tháng 1', 'Tháng 2']] },
  { kind: 'bad:number', file: 'vne40', at: 'Tháng 1 là', edits: [['275%', '175%']] },

  // Aviation losses.
  { kind: 'ok:paraphrase', file: 'vne41', draft: 'Giới phân tích cho rằng xung đột tại Trung Đông, giao lộ quan trọng nối châu Á với châu Âu, có thể khiến hàng không toàn cầu thiệt hại hàng tỷ USD.' },
  { kind: 'bad:quote', file: 'vne41', at: 'Hàng không toàn cầu có thể mất', edits: [["'lỗ hổng'", "'vùng chết'"]] },
  { kind: 'bad:place', file: 'vne41', at: 'Theo giới phân tích', edits: [['châu Á và châu Âu', 'châu Á và châu Phi']] },

  // REE buys a wind farm.
  { kind: 'ok:number-words', file: 'vne42', draft: 'REE, công ty của bà Nguyễn Thị Mai Thanh, sẽ nhận chuyển nhượng toàn bộ vốn Công ty Điện gió Phú Cường, đơn vị thực hiện dự án nhà máy điện gió cùng tên tại thành phố Cần Thơ.' },
  { kind: 'bad:name', file: 'vne42', at: 'Công ty bà Nguyễn', edits: [['bà Nguyễn Thị Mai Thanh', 'bà Nguyễn Thị Phương Thảo']] },

  // Trump threatens Spain.
  { kind: 'ok:negation-paraphrase', file: 'vne43', draft: 'Tổng thống Mỹ dọa cấm vận thương mại Tây Ban Nha vì nước này không cho quân đội Mỹ sử dụng căn cứ để tấn công Iran.' },
  { kind: 'bad:place', file: 'vne43', at: 'Tổng thống Mỹ dọa', edits: [['Tây Ban Nha', 'Bồ Đào Nha']] },
  { kind: 'bad:quote', file: 'vne43', draft: 'Ông Trump tuyên bố sẽ "cắt đứt mọi giao thương" với Tây Ban Nha vì nước này từ chối cho quân đội Mỹ sử dụng căn cứ để tấn công Iran.' },

  // Gold bars down 4 million.
  { kind: 'ok:number-words', file: 'vne44', draft: 'Sáng nay, các thương hiệu giảm giá mua và bán vàng miếng bốn triệu đồng, theo đà đi xuống của thế giới.' },
  { kind: 'bad:number', file: 'vne44', at: 'Sáng nay', edits: [['vàng miếng 4 triệu', 'vàng miếng 2 triệu']] },

  // Retailers fear a petrol shortage.
  { kind: 'ok:paraphrase', file: 'vne45', draft: 'Bất ổn ở Trung Đông siết chặt nguồn cung xăng dầu khiến doanh nghiệp lo thiếu hàng, mức chiết khấu bị đẩy xuống thấp làm các đơn vị bán lẻ gặp khó khăn.' },
  { kind: 'bad:negation', file: 'vne45', at: 'Doanh nghiệp lo thiếu', edits: [['Doanh nghiệp lo thiếu', 'Doanh nghiệp không lo thiếu']] },

  // Hormuz and Asia's economies.
  { kind: 'ok:shortened', file: 'vne46', draft: 'Căng thẳng ở eo biển Hormuz có thể khiến sản xuất tại nhiều nền kinh tế châu Á bị đình trệ, gia tăng nguy cơ lạm phát.' },
  { kind: 'bad:place', file: 'vne46', at: 'Xung đột ở Trung Đông', edits: [['kinh tế châu Á', 'kinh tế châu Âu']] },

  // Circular 08/2026/TT-BCT amending 04/2020/TT-BCT (used-car tariff quota auctions, CPTPP).
  { kind: 'ok:date-form', file: 'bcp00', draft: 'Bộ Công Thương vừa ban hành Thông tư 08/2026/TT-BCT ngày 25 tháng 2 năm 2026, sửa đổi, bổ sung một số điều của Thông tư 04/2020/TT-BCT về đấu giá hạn ngạch thuế quan nhập khẩu ô tô đã qua sử dụng theo Hiệp định CPTPP.' },
  { kind: 'bad:code', file: 'bcp00', draft: 'Bộ Công Thương vừa ban hành Thông tư số 04/2020/TT-BCT quy định về đấu giá hạn ngạch thuế quan nhập khẩu ô tô đã qua sử dụng theo Hiệp định CPTPP.' },
  { kind: 'bad:date', file: 'bcp00', draft: 'Thông tư số 08/2026/TT-BCT ngày 25/3/2026 của Bộ Công Thương sửa đổi quy định về đấu giá hạn ngạch thuế quan nhập khẩu ô tô đã qua sử dụng theo CPTPP.' },
  { kind: 'bad:name', file: 'bcp00', draft: 'Bộ Tài chính vừa ban hành Thông tư số 08/2026/TT-BCT sửa đổi quy định về đấu giá hạn ngạch thuế quan nhập khẩu ô tô đã qua sử dụng theo CPTPP.' },

  // Circular 05/2026/TT-BGDĐT (vocational teachers).
  { kind: 'ok:code-form', file: 'bcp01', draft: 'Bộ Giáo dục và Đào tạo ban hành Thông tư 05/2026 quy định chế độ làm việc đối với nhà giáo giáo dục nghề nghiệp.' },
  { kind: 'bad:code', file: 'bcp01', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư 06/2026/TT-BGDĐT quy định chế độ làm việc với nhà giáo giáo dục nghề nghiệp.' },
  { kind: 'bad:name', file: 'bcp01', draft: 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư 05/2026/TT-BGDĐT quy định chế độ làm việc với nhà giáo giáo dục nghề nghiệp.' },

  // Circular 07/2026/TT-BCT amending 37/2013/TT-BCT (cigarette and cigar imports), in force 10/4/2026.
  { kind: 'ok:date-form', file: 'bcp02', draft: 'Thông tư 07/2026/TT-BCT của Bộ Công Thương, sửa đổi, bổ sung một số điều của Thông tư 37/2013/TT-BCT quy định nhập khẩu thuốc lá điếu, xì gà, có hiệu lực từ ngày 10-4-2026.' },
  { kind: 'bad:date', file: 'bcp02', at: 'Thông tư có hiệu lực', edits: [['10/4/2026', '1/4/2026']] },
  { kind: 'bad:code', file: 'bcp02', draft: 'Bộ trưởng Bộ Công Thương ban hành Thông tư số 37/2026/TT-BCT sửa đổi quy định nhập khẩu thuốc lá điếu, xì gà, có hiệu lực từ ngày 10/4/2026.' },

  // Circular 04/2026/TT-BGDĐT (continuing-education teachers).
  { kind: 'ok:acronym', file: 'bcp03', draft: 'Bộ trưởng Bộ GD&ĐT vừa ban hành Thông tư 04/2026/TT-BGDĐT quy định chế độ làm việc đối với giáo viên cơ sở giáo dục thường xuyên.' },
  { kind: 'bad:code', file: 'bcp03', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo vừa ban hành Thông tư 05/2026/TT-BGDĐT quy định chế độ làm việc đối với giáo viên cơ sở giáo dục thường xuyên.' },

  // Circular 03/2026/TT-BGDĐT (teachers' code of conduct).
  { kind: 'ok:code-form', file: 'bcp04', draft: 'Thông tư số 03 năm 2026 của Bộ Giáo dục và Đào tạo quy định về quy tắc ứng xử của nhà giáo trong cơ sở giáo dục thuộc hệ thống giáo dục quốc dân.' },
  { kind: 'bad:code', file: 'bcp04', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo vừa ban hành Thông tư số 03/2025/TT-BGDĐT quy định về quy tắc ứng xử của nhà giáo.' },
  { kind: 'bad:negation', file: 'bcp04', at: 'quy tắc ứng xử của nhà giáo trong', edits: [['(Chinhphu.vn) - ', ''], ['thuộc hệ thống', 'không thuộc hệ thống']] },

  // Circular 08/2026/TT-BNNMT (small irrigation works).
  { kind: 'ok:merge', file: 'bcp05', draft: 'Thông tư 08/2026/TT-BNNMT của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định chi tiết một số điều của Luật Thủy lợi, về quản lý, khai thác công trình thủy lợi nhỏ, thủy lợi nội đồng.' },
  { kind: 'bad:code', file: 'bcp05', draft: 'Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư 08/2026/TT-BCT quy định chi tiết một số điều của Luật Thủy lợi.' },

  // Circular 02/2026/TT-BGDĐT amending rules issued with 09/2023/TT-BGDĐT (ethnic-minority languages).
  { kind: 'ok:code-form', file: 'bcp06', draft: 'Thông tư 02/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Quy định tổ chức đào tạo, bồi dưỡng và cấp chứng chỉ tiếng dân tộc thiểu số, ban hành kèm theo Thông tư 09/2023.' },
  { kind: 'bad:code', file: 'bcp06', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư số 09/2023/TT-BGDĐT sửa đổi, bổ sung quy định tổ chức đào tạo, cấp chứng chỉ tiếng dân tộc thiểu số.' },

  // New policies in force in February 2026.
  { kind: 'ok:date-form', file: 'bcp07', draft: 'Nhiều chính sách mới có hiệu lực trong tháng 2 năm 2026, nổi bật là quy định xử phạt vi phạm hành chính trong lĩnh vực kinh doanh vàng, thuế và chính sách khuyến khích phát triển văn học.' },
  { kind: 'bad:date', file: 'bcp07', at: 'Chính sách mới có hiệu lực từ', edits: [['tháng 2/2026', 'tháng 3/2026']] },

  // Circular 03/2026/TT-BCT (salt and poultry-egg quotas 2026).
  { kind: 'ok:code-form', file: 'bcp08', draft: 'Bộ Công Thương ban hành Thông tư 03/2026 quy định hạn ngạch thuế quan nhập khẩu muối và trứng gia cầm năm 2026.' },
  { kind: 'bad:code', file: 'bcp08', draft: 'Bộ trưởng Bộ Công Thương ban hành Thông tư số 04/2026/TT-BCT quy định hạn ngạch thuế quan nhập khẩu muối, trứng gia cầm năm 2026.' },
  { kind: 'bad:date', file: 'bcp08', draft: 'Bộ trưởng Bộ Công Thương ban hành Thông tư số 03/2026/TT-BCT quy định hạn ngạch thuế quan nhập khẩu muối, trứng gia cầm năm 2025.' },

  // Circular 04/2026/TT-BCT (raw tobacco quota 2026).
  { kind: 'ok:paraphrase', file: 'bcp09', draft: 'Bộ trưởng Bộ Công Thương vừa ban hành Thông tư số 04/2026/TT-BCT quy định hạn ngạch thuế quan nhập khẩu thuốc lá nguyên liệu năm 2026.' },

  // Decree 42/2026/NĐ-CP of 26/01/2026 (special-use forests).
  { kind: 'ok:date-form', file: 'bcp10', draft: 'Nghị định 42/2026/NĐ-CP ngày 26 tháng 1 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định về lâm nghiệp và kiểm lâm, đáng chú ý là chính sách đầu tư đối với rừng đặc dụng.' },
  { kind: 'bad:code', file: 'bcp10', draft: 'Chính phủ ban hành Nghị định số 24/2026/NĐ-CP sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực lâm nghiệp và kiểm lâm, mở rộng chính sách đầu tư bảo vệ rừng đặc dụng.' },
  { kind: 'bad:date', file: 'bcp10', draft: 'Nghị định số 42/2026/NĐ-CP ngày 26/02/2026 của Chính phủ sửa đổi chính sách đầu tư đối với rừng đặc dụng.' },

  // Circular 59/2025/TT-BKHCN (radiation safety in health care).
  { kind: 'ok:code-form', file: 'bcp11', draft: 'Bộ Khoa học và Công nghệ ban hành Thông tư 59/2025 quy định về bảo đảm an toàn bức xạ và ứng phó sự cố bức xạ và hạt nhân, trong đó có an toàn bức xạ trong y tế.' },
  { kind: 'bad:name', file: 'bcp11', draft: 'Bộ trưởng Bộ Y tế đã ban hành Thông tư 59/2025/TT-BKHCN quy định về bảo đảm an toàn bức xạ trong y tế.' },

  // Circular 01/2026/TT-BCT guiding the Chemicals Law and Decree 26/2026/NĐ-CP.
  { kind: 'ok:shortened', file: 'bcp12', draft: 'Bộ Công Thương ban hành Thông tư 01/2026/TT-BCT hướng dẫn thi hành một số điều của Luật Hóa chất và Nghị định 26/2026/NĐ-CP.' },
  { kind: 'bad:code', file: 'bcp12', draft: 'Bộ trưởng Bộ Công Thương ban hành Thông tư số 26/2026/TT-BCT quy định chi tiết một số điều của Luật Hóa chất.' },

  // Teacher recruitment authority.
  { kind: 'ok:shortened', file: 'bcp13', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo vừa ban hành thông tư quy định thẩm quyền tuyển dụng nhà giáo.' },
  { kind: 'bad:name', file: 'bcp13', draft: 'Bộ trưởng Bộ Nội vụ vừa ban hành thông tư quy định thẩm quyền tuyển dụng nhà giáo.' },

  // Circular 03/2026/TT-BNNMT (aquatic animal quarantine).
  { kind: 'ok:paraphrase', file: 'bcp14', draft: 'Thông tư 03/2026/TT-BNNMT của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định về kiểm dịch động vật, sản phẩm động vật thủy sản.' },

  // Circular 01/2026/TT-BYT (national centralised procurement).
  { kind: 'ok:paraphrase', file: 'bcp15', draft: 'Bộ Y tế đã ban hành danh mục mua sắm tập trung cấp quốc gia đối với thiết bị y tế và vật tư xét nghiệm, tại Thông tư 01/2026/TT-BYT.' },

  // Circular 81/2025/TT-NHNN (discounting by credit institutions).
  { kind: 'ok:acronym', file: 'bcp16', draft: 'Thống đốc NHNN ban hành Thông tư 81/2025/TT-NHNN quy định hoạt động chiết khấu của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài đối với khách hàng.' },
  { kind: 'bad:code', file: 'bcp16', draft: 'Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư 18/2025/TT-NHNN quy định về hoạt động chiết khấu của tổ chức tín dụng đối với khách hàng.' },
  { kind: 'bad:name', file: 'bcp16', draft: 'Bộ trưởng Bộ Tài chính ban hành Thông tư 81/2025/TT-NHNN quy định về hoạt động chiết khấu của tổ chức tín dụng đối với khách hàng.' },

  // Circular 91/2025/TT-BNNMT (mineral exploration supervision).
  { kind: 'ok:code-form', file: 'bcp17', draft: 'Thông tư số 91/2025/TT-BNNMT của Bộ Nông nghiệp và Môi trường quy định nội dung công tác giám sát thi công đề án thăm dò khoáng sản.' },
  { kind: 'bad:code', file: 'bcp17', draft: 'Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư 19/2025/TT-BNNMT quy định nội dung giám sát thi công Đề án thăm dò khoáng sản.' },
];
