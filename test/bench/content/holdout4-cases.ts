/**
 * The final held-out set: written by hand on 2 December 2026 by a helper who did not see the check
 * (src/stages/check/**) nor the case lists of the other sets, and committed before the check first
 * ran on it. Run it once, at the end of the session, with `npm run bench:content -- --final`; its
 * first-run figures are the held-out figures reported to users. Nobody may tune on it before.
 *
 * Sources, all real 2026 Vietnamese news no other set uses:
 * - ../shared/corpus/rss/rss-items-2026-08-22-sample.json: RSS items of VnExpress, Tuổi Trẻ and
 *   Thanh Niên of 22 August 2026 (an item's text is its title and summary);
 * - ../shared/corpus/vn-pages/{vnexpress,tuoitre,baochinhphu}_article.html, read by the extract stage
 *   (fuel export limits in Asia, March 2026; flower prices for 8 March 2026; the government's new
 *   rules in force from March 2026);
 * - two legal-advice answers of ../shared/corpus/binhvq-news-corpus/demo-full.txt (lines 443–456
 *   and 800–818), used sparingly.
 * Faithful drafts say what a good LLM or an editor would write for a meeting script, in other
 * notation or wording; corruptions are the errors LLMs make: a figure changed or taken from another
 * fact of the same source, a date shifted, a person, role or place swapped, a document code altered
 * or borrowed from another document of the page, a negation flipped, a quotation invented or altered.
 * The document codes come from the Báo Chính phủ page (nine decrees and circulars) and the two legal
 * answers' article numbers; the RSS items hold none.
 */
import type { ContentCase } from './cases.ts';

const RSS = 'rss/rss-items-2026-08-22-sample.json';
const LEGAL = 'binhvq-news-corpus/demo-full.txt';
const rss = (item: number) => ({ path: RSS, item }) as const;

export const HOLDOUT4_FILES = {
  rss00: rss(0),
  rss01: rss(1),
  rss04: rss(4),
  rss05: rss(5),
  rss06: rss(6),
  rss07: rss(7),
  rss08: rss(8),
  rss09: rss(9),
  rss10: rss(10),
  rss11: rss(11),
  rss12: rss(12),
  rss14: rss(14),
  rss15: rss(15),
  rss16: rss(16),
  rss17: rss(17),
  rss21: rss(21),
  rss22: rss(22),
  rss23: rss(23),
  rss25: rss(25),
  rss26: rss(26),
  rss28: rss(28),
  rss29: rss(29),
  rss30: rss(30),
  rss32: rss(32),
  rss33: rss(33),
  rss36: rss(36),
  rss37: rss(37),
  rss38: rss(38),
  rss39: rss(39),
  rss41: rss(41),
  vnexpressFuel: { path: 'vn-pages/vnexpress_article.html', html: true },
  tuoitreFlowers: { path: 'vn-pages/tuoitre_article.html', html: true },
  baochinhphuRules: { path: 'vn-pages/baochinhphu_article.html', html: true },
  legalLand: { path: LEGAL, lines: [443, 456] },
  legalMortgage: { path: LEGAL, lines: [800, 818] },
} as const;

export type Holdout4Case = Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT4_FILES };

export const HOLDOUT4_CASES: Holdout4Case[] = [
  // RSS items: faithful.
  { kind: 'ok:institution', file: 'rss00', draft: 'Phường Bắc Nha Trang, tỉnh Khánh Hòa, vừa thay phó chủ tịch Ủy ban nhân dân phường phụ trách lĩnh vực đất đai, sau khi người dân kêu chậm giải quyết thủ tục, giấy tờ đất đai.' },
  { kind: 'ok:number-words', file: 'rss01', draft: 'Trường Đại học Y Hà Nội cho biết mười một học sinh chuyên Tuyên Quang dự kiến trúng tuyển năm 2026 sau khi thi lại, trong đó hai em được tuyển thẳng.' },
  { kind: 'ok:date', file: 'rss04', draft: 'Kỳ nghỉ lễ ngày 2 tháng 9 năm nay kéo dài hơn thường lệ; giá tour được giữ nguyên nhưng du khách tính kỹ từng khoản chi.' },
  { kind: 'ok:paraphrase', file: 'rss04', draft: 'Các doanh nghiệp lữ hành cho biết sức mua tour dịp lễ 2-9 còn chậm, khách ưu tiên hành trình linh hoạt và tour ngắn ngày.' },
  { kind: 'ok:place', file: 'rss05', draft: 'Theo mô hình mới, 20 trung tâm y tế tại thành phố Cần Thơ sẽ trở thành bệnh viện đa khoa khu vực.' },
  { kind: 'ok:acronym', file: 'rss06', draft: 'Nếu thắng Thái Lan ở chung kết lượt về, đội tuyển Việt Nam sẽ cân bằng kỷ lục số trận thắng tại một kỳ ASEAN Cup mà chính thầy trò huấn luyện viên Kim Sang-sik từng thiết lập.' },
  { kind: 'ok:quote', file: 'rss07', draft: 'Huấn luyện viên Anthony Hudson của Thái Lan nói: “Nếu không tin thắng nổi Việt Nam lượt về, tôi lên máy bay làm gì?”' },
  { kind: 'ok:shortened', file: 'rss07', draft: 'Dù thua Việt Nam 0-2 ngay trên sân Rajamangala ở chung kết lượt đi, HLV Anthony Hudson vẫn khen các học trò.' },
  { kind: 'ok:institution', file: 'rss08', draft: 'Chủ tịch Liên đoàn Bóng đá Việt Nam Trần Quốc Tuấn xuống sân chúc mừng đội tuyển sau chiến thắng trước Thái Lan ở chung kết lượt đi ASEAN Cup 2026.' },
  { kind: 'ok:number-words', file: 'rss08', draft: 'Đội tuyển Việt Nam được thưởng nóng hai tỉ rưỡi đồng sau chiến thắng trước Thái Lan.' },
  { kind: 'ok:number-format', file: 'rss08', draft: 'Chủ tịch VFF Trần Quốc Tuấn đánh giá cao những điều chỉnh của HLV Kim Sang-sik; đội tuyển được thưởng nóng 2,5 tỷ đồng.' },
  { kind: 'ok:date', file: 'rss09', draft: 'Chiều ngày 22 tháng 8, nội dung đôi nữ nghệ sĩ tại giải pickleball “Cùng con đi tiếp cuộc đời” mùa thứ năm khép lại, MC Thảo Nhi vô địch ngay lần đầu tham dự.' },
  { kind: 'ok:reorder', file: 'rss10', draft: 'Trên sân Rajamangala tối 22.8, Việt Nam thắng Thái Lan 2-0 ở chung kết lượt đi ASEAN Cup 2026, một trận đấu mà CNN Indonesia đánh giá là cực kỳ kịch tính.' },
  { kind: 'ok:paraphrase', file: 'rss11', draft: 'Nguyễn Quang Hải và Nguyễn Hai Long vào sân từ băng ghế dự bị nên chỉ được chấm trên 7 điểm, dù cả hai đều ghi bàn trong trận thắng Thái Lan 2-0.' },
  { kind: 'ok:shortened', file: 'rss12', draft: 'Đây là lần đầu Việt Nam thắng cách biệt từ hai bàn trên sân Thái Lan, ở mọi cấp độ.' },
  { kind: 'ok:quote', file: 'rss14', draft: 'Sau trận thua, HLV Anthony Hudson nói: “Chúng tôi không đáng thua Việt Nam”.' },
  { kind: 'ok:combined', file: 'rss14', draft: 'HLV Anthony Hudson tiếc những cơ hội Thái Lan bỏ lỡ và khen thủ môn Lê Giang Patrik sau trận thua Việt Nam tối 22 tháng 8.' },
  { kind: 'ok:acronym', file: 'rss15', draft: 'Manchester United của Michael Carrick bất ngờ thua 0-2 trên sân Hull City, đội mới thăng hạng, ở vòng một Ngoại hạng Anh mùa 2026-2027.' },
  { kind: 'ok:number-format', file: 'rss16', draft: 'Trận lượt đi chung kết ASEAN Cup 2026 giữa Thái Lan và Việt Nam bắt đầu lúc 20 giờ, Đình Bắc và Xuân Son đá chính.' },
  { kind: 'ok:reorder', file: 'rss17', draft: 'Việt Nam thắng Thái Lan 2-0 trên sân Thái Lan ở lượt đi chung kết ASEAN Cup 2026, với các bàn thắng của Nguyễn Hai Long và Nguyễn Quang Hải.' },
  { kind: 'ok:number-words', file: 'rss21', draft: 'Số vụ lừa đảo trực tuyến tại Việt Nam giảm năm mươi sáu phần trăm so với nửa đầu năm ngoái, nhưng thủ đoạn ngày càng tinh vi nhờ trí tuệ nhân tạo.' },
  { kind: 'ok:paraphrase', file: 'rss22', draft: 'Thử nghiệm giai đoạn ba cho thấy vaccine mRNA của Moderna và Merck giúp giảm mạnh nguy cơ tái phát ung thư hắc tố.' },
  { kind: 'ok:reorder', file: 'rss23', draft: 'Sau khi Quang Hải ghi bàn thứ hai cho Việt Nam, tiếp nối pha lập công của Hai Long, người hâm mộ trên phố Nguyễn Huệ ôm nhau, giơ cao cờ Tổ quốc và hò reo.' },
  { kind: 'ok:date', file: 'rss25', draft: 'Công ty khởi nghiệp DaxAI của Trung Quốc giới thiệu robot ngựa bốn chân tại Hội nghị Robot Thế giới 2026, diễn ra ở Bắc Kinh từ ngày 19 đến ngày 23 tháng 8.' },
  { kind: 'ok:quote', file: 'rss26', draft: 'Các chuyên gia cho rằng nhà khoa học “không nhất thiết làm giám đốc doanh nghiệp”, mà cần tìm được đội ngũ phù hợp để đưa kết quả nghiên cứu ra thị trường.' },
  { kind: 'ok:role', file: 'rss28', draft: 'Mark Zuckerberg, Giám đốc điều hành Meta, mua lâu đài Strancally gần 200 năm tuổi ở thành phố Waterford, làm nơi nghỉ ngơi khi ghé thăm Ireland.' },
  { kind: 'ok:shortened', file: 'rss29', draft: 'Trong vài tháng tới, SpaceX sẽ thử thu hồi tầng trên của Starship ngay tại bệ phóng.' },
  { kind: 'ok:paraphrase', file: 'rss30', draft: 'Bộ Ngoại giao Iran chỉ trích các lệnh trừng phạt mới của Hoa Kỳ là xâm phạm chủ quyền, vì ép các nước khác ngừng giao thương với Tehran.' },
  { kind: 'ok:acronym', file: 'rss32', draft: 'Ukraine muốn dùng máy bay không người lái kết nối mạng vệ tinh Starlink của Elon Musk để tấn công bệ phóng tên lửa đạn đạo nằm sâu trên đất Nga.' },
  { kind: 'ok:number-format', file: 'rss33', draft: 'Lầu Năm Góc sa thải tổng biên tập, giám đốc xuất bản và phóng viên của Stars and Stripes, tờ báo quân đội Mỹ thành lập từ thế kỷ XIX.' },
  { kind: 'ok:number-words', file: 'rss36', draft: 'Đàm phán đổ bể, Mỹ chính thức áp thuế lên hai mươi tỷ đô la Mỹ hàng hóa Canada từ ngày 22 tháng 8, Ottawa tuyên bố sẽ trả đũa.' },
  { kind: 'ok:number-format', file: 'rss36', draft: 'Từ 22-8, Mỹ áp thuế lên 20 tỉ USD hàng hóa Canada sau khi đàm phán thương mại giữa hai nước đổ bể.' },
  { kind: 'ok:institution', file: 'rss37', draft: 'Bộ trưởng Bộ Tài chính cho biết 99,98% hộ kinh doanh có doanh thu dưới 10 tỉ đồng một năm nên đều có thể được giảm 30% thuế.' },
  { kind: 'ok:number-words', file: 'rss38', draft: 'Theo số liệu của Chính phủ, còn hơn bốn nghìn sáu trăm dự án đang vướng mắc chờ tháo gỡ, trong đó nhiều dự án đất đai.' },
  { kind: 'ok:role', file: 'rss39', draft: 'Bộ trưởng Bộ Tài chính Ngô Văn Tuấn cho rằng lấn biển xây dựng đô thị sẽ tạo một cực tăng trưởng mới, nên cần có cơ chế cho hoạt động này.' },
  { kind: 'ok:shortened', file: 'rss41', draft: 'Giám đốc Công an tỉnh Phú Thọ Nguyễn Minh Tuấn đề nghị luật hóa việc cấm quảng cáo sai sự thật về dự án bất động sản.' },

  // RSS items: corrupted.
  { kind: 'bad:number', file: 'rss01', draft: 'Trường Đại học Y Hà Nội cho biết 11 học sinh chuyên Tuyên Quang dự kiến trúng tuyển năm 2026, trong đó 3 em được tuyển thẳng.' },
  { kind: 'bad:place', file: 'rss01', draft: 'Mười một học sinh chuyên Thái Nguyên dự kiến đỗ Trường Đại học Y Hà Nội sau khi thi lại.' },
  { kind: 'bad:date', file: 'rss04', draft: 'Kỳ nghỉ lễ 30-4 kéo dài hơn thường lệ được kỳ vọng tạo cú hích cho du lịch, nhưng sức mua tour còn chậm.' },
  { kind: 'bad:number', file: 'rss05', draft: 'Theo mô hình mới, 12 trung tâm y tế tại TP Cần Thơ sẽ trở thành bệnh viện đa khoa khu vực.' },
  { kind: 'bad:place', file: 'rss05', draft: 'Theo mô hình mới, 20 trung tâm y tế tại tỉnh Khánh Hòa sẽ trở thành bệnh viện đa khoa khu vực.' },
  { kind: 'bad:quote', file: 'rss07', draft: 'HLV Anthony Hudson tuyên bố: “Thái Lan chắc chắn sẽ thắng Việt Nam ở lượt về”.' },
  { kind: 'bad:number', file: 'rss08', draft: 'Đội tuyển Việt Nam được thưởng nóng 3,5 tỉ đồng sau chiến thắng trước Thái Lan ở chung kết lượt đi.' },
  { kind: 'bad:date', file: 'rss09', draft: 'Chiều 23-8, nội dung đôi nữ nghệ sĩ tại giải pickleball “Cùng con đi tiếp cuộc đời” mùa 5 khép lại với chức vô địch của MC Thảo Nhi.' },
  { kind: 'bad:name', file: 'rss09', draft: 'MC Thảo Nhi tiếc nuối khi chỉ thiếu một chút may mắn ở trận chung kết, còn ca sĩ Diệp Anh vô địch ngay lần đầu tham dự.' },
  { kind: 'bad:date', file: 'rss10', draft: 'CNN Indonesia đánh giá trận Việt Nam thắng Thái Lan 2-0 tối 21-8 trên sân Rajamangala là cực kỳ kịch tính.' },
  { kind: 'bad:place', file: 'rss10', draft: 'Báo chí Malaysia ngỡ ngàng vì HLV Kim Sang-sik thay người quá hay, giúp Việt Nam thắng Thái Lan.' },
  { kind: 'bad:negation', file: 'rss12', draft: 'Chiến thắng 2-0 ở lượt đi chung kết ASEAN Cup 2026 không phải lần đầu Việt Nam thắng cách biệt từ hai bàn trên sân Thái Lan.' },
  { kind: 'bad:name', file: 'rss14', draft: 'Sau trận thua Việt Nam trên sân Rajamangala, HLV Kim Sang-sik tiếc những cơ hội bị Thái Lan bỏ lỡ.' },
  { kind: 'bad:negation', file: 'rss14', draft: 'HLV Anthony Hudson cho rằng Thái Lan đáng thua Việt Nam trên sân Rajamangala.' },
  { kind: 'bad:quote', file: 'rss14', draft: 'HLV Anthony Hudson thừa nhận: “Việt Nam xứng đáng thắng chúng tôi”.' },
  { kind: 'bad:name', file: 'rss16', draft: 'Ở lượt đi chung kết ASEAN Cup 2026 với Thái Lan, Đình Bắc và Quang Hải đá chính cho Việt Nam.' },
  { kind: 'bad:number', file: 'rss21', draft: 'Lừa đảo trực tuyến tại Việt Nam giảm 65% về số vụ so với nửa đầu năm ngoái.' },
  { kind: 'bad:negation', file: 'rss21', draft: 'Lừa đảo trực tuyến tại Việt Nam chưa có dấu hiệu giảm, thủ đoạn tiếp tục tinh vi nhờ AI.' },
  { kind: 'bad:name', file: 'rss23', draft: 'Người hâm mộ trên phố Nguyễn Huệ hò reo sau khi Hai Long ghi bàn thứ hai cho Việt Nam, tiếp nối pha lập công của Quang Hải.' },
  { kind: 'bad:date', file: 'rss25', draft: 'DaxAI giới thiệu robot ngựa bốn chân tại Hội nghị Robot Thế giới 2026, diễn ra ở Bắc Kinh từ ngày 19 đến 25/8.' },
  { kind: 'bad:place', file: 'rss25', draft: 'Công ty khởi nghiệp DaxAI giới thiệu robot ngựa bốn chân tại Hội nghị Robot Thế giới 2026, diễn ra ở Thượng Hải.' },
  { kind: 'bad:quote', file: 'rss26', draft: 'Các chuyên gia cho rằng nhà khoa học “nhất thiết phải làm giám đốc doanh nghiệp” để đưa kết quả nghiên cứu ra thị trường.' },
  { kind: 'bad:place', file: 'rss28', draft: 'Mark Zuckerberg mua lâu đài Strancally ở thành phố Waterford, làm nơi nghỉ ngơi trong những chuyến ghé thăm Scotland.' },
  { kind: 'bad:date', file: 'rss36', draft: 'Do đàm phán đổ bể, Mỹ chính thức áp thuế lên 20 tỷ USD hàng hóa Canada từ ngày 25/8.' },
  { kind: 'bad:place', file: 'rss36', draft: 'Do đàm phán đổ bể, Mỹ chính thức áp thuế lên 20 tỷ USD hàng hóa Mexico từ 22/8.' },
  { kind: 'bad:negation', file: 'rss36', draft: 'Dù đàm phán đổ bể, Mỹ vẫn chưa áp thuế lên 20 tỷ USD hàng hóa Canada.' },
  { kind: 'bad:number', file: 'rss37', draft: 'Bộ trưởng Tài chính cho biết 99,98% hộ kinh doanh có doanh thu dưới ngưỡng 30 tỷ đồng một năm nên đều có thể được giảm thuế.' },
  { kind: 'bad:name', file: 'rss37', draft: 'Thống đốc Ngân hàng Nhà nước cho biết 99,98% hộ kinh doanh có doanh thu dưới ngưỡng 10 tỷ đồng một năm.' },
  { kind: 'bad:name', file: 'rss39', draft: 'Bộ trưởng Tài chính Nguyễn Minh Tuấn cho biết cần cơ chế cho hoạt động lấn biển xây dựng đô thị.' },

  // Báo Chính phủ: the government's new rules from March 2026.
  { kind: 'ok:date', file: 'baochinhphuRules', draft: 'Nghị định số 58/2026/NĐ-CP về đăng ký cư trú cho người chưa thành niên có hiệu lực từ ngày 15 tháng 3 năm 2026.' },
  { kind: 'ok:number-words', file: 'baochinhphuRules', draft: 'Nghị định số 336/2025/NĐ-CP quy định mức phạt tiền tối đa trong hoạt động đường bộ là bảy mươi lăm triệu đồng với cá nhân và một trăm năm mươi triệu đồng với tổ chức.' },
  { kind: 'ok:combined', file: 'baochinhphuRules', draft: 'Nghị định số 51/2026/NĐ-CP sửa đổi, bổ sung Nghị định số 143/2013/NĐ-CP về bồi hoàn học bổng và chi phí đào tạo, có hiệu lực từ ngày 26/3/2026.' },
  { kind: 'ok:acronym', file: 'baochinhphuRules', draft: 'Theo Nghị định số 62/2026/NĐ-CP, UBND tỉnh, thành phố trực thuộc trung ương cho ý kiến về hoạt động của tổ chức nước ngoài tại địa phương nơi tổ chức này dự kiến đặt Văn phòng đại diện.' },
  { kind: 'ok:number-format', file: 'baochinhphuRules', draft: 'Sử dụng tài liệu lưu trữ để bôi nhọ, xúc phạm cá nhân có thể bị phạt từ 20 triệu đến 30 triệu đồng theo Nghị định số 31/2026/NĐ-CP, có hiệu lực từ ngày 8/3/2026.' },
  { kind: 'ok:paraphrase', file: 'baochinhphuRules', draft: 'Từ ngày 1/3/2026, theo Thông tư 25/2025/TT-NHNN của Ngân hàng Nhà nước, tài khoản ngân hàng của hộ kinh doanh phải đứng tên đúng theo giấy chứng nhận đăng ký hộ kinh doanh.' },
  { kind: 'bad:number', file: 'baochinhphuRules', draft: 'Theo Nghị định số 336/2025/NĐ-CP, mức phạt tiền tối đa trong hoạt động đường bộ đối với cá nhân là 150 triệu đồng.' },
  { kind: 'bad:date', file: 'baochinhphuRules', draft: 'Nghị định số 58/2026/NĐ-CP về đăng ký cư trú cho người chưa thành niên có hiệu lực từ ngày 1/3/2026.' },
  { kind: 'bad:name', file: 'baochinhphuRules', draft: 'Theo Nghị định số 62/2026/NĐ-CP, Bộ Công an gửi hồ sơ đề nghị lập Văn phòng đại diện của tổ chức nước ngoài cho cơ quan chủ quản phía Việt Nam và các bộ, cơ quan liên quan.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Nghị định số 58/2025/NĐ-CP sửa đổi, bổ sung quy định về đăng ký cư trú cho người chưa thành niên.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Nghị định số 363/2025/NĐ-CP quy định mức phạt tiền tối đa trong hoạt động đường bộ đối với tổ chức là 150 triệu đồng.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Thông tư 52/2025/TT-NHNN yêu cầu tài khoản ngân hàng của hộ kinh doanh phải đúng tên đăng ký trên giấy chứng nhận.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Nghị định 30/2026/NĐ-CP yêu cầu quỹ xã hội, quỹ từ thiện công khai thu chi trước ngày 31/3 hằng năm.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Nghị định số 51/2026/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 134/2013/NĐ-CP về bồi hoàn học bổng và chi phí đào tạo.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Thông tư 77/2025/TT-NHNN sửa đổi, bổ sung một số điều của Thông tư 17/2024/TT-NHNN về an toàn, bảo mật cho dịch vụ trực tuyến trong ngành Ngân hàng.' },
  { kind: 'bad:code', file: 'baochinhphuRules', draft: 'Nghị định số 31/2026/NĐ-CP quy định mức phạt tiền tối đa trong hoạt động đường bộ đối với tổ chức là 150 triệu đồng.' },
  { kind: 'bad:negation', file: 'baochinhphuRules', draft: 'Từ ngày 1/3/2026, tài khoản ngân hàng của hộ kinh doanh không bắt buộc phải đúng tên đăng ký trên giấy chứng nhận.' },
  { kind: 'bad:negation', file: 'baochinhphuRules', draft: 'Nghị định 03/2026/NĐ-CP quy định quỹ xã hội, quỹ từ thiện không có nghĩa vụ công khai các khoản đóng góp trên phương tiện thông tin đại chúng.' },

  // VnExpress: fuel export limits in Asia, March 2026.
  { kind: 'ok:number-words', file: 'vnexpressFuel', at: 'Iraq đã giảm sản lượng', edits: [['1,5 triệu thùng', 'một triệu rưỡi thùng']] },
  { kind: 'ok:date', file: 'vnexpressFuel', draft: 'Ngày 5 tháng 3, Reuters dẫn nguồn tin thân cận cho biết giới chức Trung Quốc đã yêu cầu các hãng lọc dầu ngừng ký mới hợp đồng xuất khẩu nhiên liệu.' },
  { kind: 'ok:role', file: 'vnexpressFuel', draft: 'Phó Thủ tướng Nga Alexander Novak tuyên bố Moskva sẵn sàng tăng nguồn cung dầu cho Trung Quốc và Ấn Độ, hai khách mua hàng đầu của Nga.' },
  { kind: 'ok:quote', file: 'vnexpressFuel', draft: 'Một thương nhân cho biết: “Bắc Kinh đã mua lượng lớn dầu giá rẻ trước Tết Nguyên đán”.' },
  { kind: 'ok:acronym', file: 'vnexpressFuel', draft: 'Bộ Công Thương kiến nghị NHNN và các địa phương ưu tiên ngoại tệ, tín dụng cho doanh nghiệp kinh doanh xăng dầu để phục vụ nhập khẩu.' },
  { kind: 'bad:number', file: 'vnexpressFuel', at: 'tăng tỷ lệ dự trữ bắt buộc', edits: [['từ 1% lên 3%', 'từ 1% lên 5%']] },
  { kind: 'bad:date', file: 'vnexpressFuel', draft: 'Dầu thô Mỹ WTI hôm 5/3 lên mức cao nhất kể từ tháng 7/2023.' },
  { kind: 'bad:name', file: 'vnexpressFuel', draft: 'Ngoại trưởng Italy Alexander Novak cho biết nước này sẵn sàng bảo vệ nền kinh tế và các hộ gia đình trước tác động từ khủng hoảng tại Trung Đông.' },
  { kind: 'bad:place', file: 'vnexpressFuel', draft: 'Thái Lan tạm dừng xuất khẩu nhiên liệu tinh chế đến các nước, trừ Lào và Campuchia.' },
  { kind: 'bad:negation', file: 'vnexpressFuel', draft: 'Sau cuộc họp giữa các nhóm điều phối dầu khí, Liên minh châu Âu đã đề ra kế hoạch ứng phó khẩn cấp.' },
  { kind: 'bad:quote', file: 'vnexpressFuel', draft: 'Một thương nhân cho biết: “Bắc Kinh đã mua lượng lớn dầu giá rẻ sau Tết Nguyên đán”.' },

  // Tuổi Trẻ: flower prices for 8 March 2026.
  { kind: 'ok:place', file: 'tuoitreFlowers', draft: 'Ông Phạm Hoàng Thái Dương, chủ shop Hoa Yêu Thương ở Thành phố Hồ Chí Minh, cho biết hoa hồng, loại hoa được chuộng dịp 8-3, đang trở nên đắt đỏ.' },
  { kind: 'ok:quote', file: 'tuoitreFlowers', draft: 'Ông Nguyễn Minh, chủ thương hiệu Happy Flower, nói: “Giá nhập tăng nên giá bán cũng phải điều chỉnh theo”.' },
  { kind: 'ok:number-format', file: 'tuoitreFlowers', draft: 'Ở Đà Lạt, giá hoa hồng đỏ hiện khoảng 800 nghìn đến 900 nghìn đồng một bó.' },
  { kind: 'ok:role', file: 'tuoitreFlowers', draft: 'Chị Thanh Vân, đại diện hệ thống hoa Liti Florist, cho biết cửa hàng dự kiến tăng giá từ 10 đến 20% tùy loại hoa, nhất là hoa nhập khẩu.' },
  { kind: 'ok:date', file: 'tuoitreFlowers', draft: 'Bà Nguyễn Thanh Vy cho biết năm nay cửa hàng phải đặt trước khoảng 20 ngày mới có lô hoa nhập về ngày 6 tháng 3.' },
  { kind: 'bad:number', file: 'tuoitreFlowers', draft: 'Chị Thanh Vân cho biết Liti Florist dự kiến tăng giá từ 20 đến 30% tùy loại hoa, nhất là hoa nhập khẩu.' },
  { kind: 'bad:date', file: 'tuoitreFlowers', draft: 'Hoa hồng đỏ giống Ecuador trồng tại Đà Lạt, dịp lễ 20-11 năm ngoái có giá khoảng 450.000 đồng, nay đã lên khoảng 700.000 đồng.' },
  { kind: 'bad:name', file: 'tuoitreFlowers', draft: 'Bà Nguyễn Thanh Vy, chủ thương hiệu Happy Flower, cho biết giá hoa nhập khẩu năm nay có loại tăng 45%.' },
  { kind: 'bad:place', file: 'tuoitreFlowers', draft: 'Ông Phạm Hoàng Thái Dương, chủ shop Hoa Yêu Thương ở Hà Nội, cho biết hoa hồng đang trở nên đắt đỏ.' },
  { kind: 'bad:negation', file: 'tuoitreFlowers', draft: 'Chị Thanh Vân cho biết một số lô hàng nhập từ Hà Lan bị trễ chuyến và đã bị hủy.' },
  { kind: 'bad:quote', file: 'tuoitreFlowers', draft: 'Ông Nguyễn Minh nói: “Giá nhập tăng nhưng chúng tôi vẫn giữ nguyên giá bán”.' },
  { kind: 'bad:quote', file: 'tuoitreFlowers', draft: '“Năm nay cửa hàng đặt trước khoảng 10 ngày mới có được lô hoa nhập về ngày 6-3”, bà Vy chia sẻ.' },
  { kind: 'bad:quote', file: 'tuoitreFlowers', draft: 'Chị Vân nói: “Bình thường ngày lễ giá hoa đã cao hơn ngày thường, năm nay thách thức nhỏ hơn”.' },
  { kind: 'bad:quote', file: 'tuoitreFlowers', draft: 'Một chủ shop hoa chia sẻ: “Khách không còn muốn mua hoa nữa, họ chuyển hết sang bánh kem”.' },

  // Legal-advice answers (binhvq corpus).
  { kind: 'ok:role', file: 'legalLand', draft: 'Luật sư Phạm Thị Bích Hảo, Giám đốc Công ty luật TNHH Đức An, cho biết khi người bố mất không để lại di chúc, di sản ông để lại là một nửa quyền sử dụng đất.' },
  { kind: 'bad:code', file: 'legalLand', draft: 'Người bố mất năm 2000 nên việc chia di sản áp dụng Điều 675, 676 Bộ luật Dân sự năm 2015.' },
  { kind: 'ok:paraphrase', file: 'legalMortgage', draft: 'Theo Điều 650 Bộ luật Dân sự 2015, di sản thừa kế được chia theo pháp luật khi không có di chúc hoặc di chúc không hợp pháp.' },
  { kind: 'bad:code', file: 'legalMortgage', draft: 'Theo Điều 605 Bộ luật Dân sự 2015, di sản thừa kế được chia theo pháp luật khi không có di chúc hoặc di chúc không hợp pháp.' },
];
