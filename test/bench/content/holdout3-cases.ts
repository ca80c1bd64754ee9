/**
 * The third held-out set: written by hand on 2 December 2026 by a helper who had not seen the
 * check (src/stages/check) nor the case lists of the earlier sets, from six windows of
 * ../shared/corpus/binhvq-news-corpus/demo-full.txt that no earlier set uses: lines 4–48 (unpaid
 * camera fines in TP.HCM), 107–124 and 136–156 (the mother of 70 tried for taking her daughter's
 * car; lines 125–135 between them belong to W2 of cases.ts), 561–585 (the car pledged for a loan),
 * 993–998 (the PVP Land trial and Đoàn Ngọc Hải's resignation) and 228–240 (Thông tư 64/2017).
 * Half faithful drafts in other notation or wording, as an editor or an LLM would write them for a
 * meeting, half corruptions, at least seven of each kind. Committed before its first run, whose
 * figures README.md keeps.
 * Same shape as cases.ts: a corpus window and a short draft sentence the team wrote.
 */
import type { ContentCase } from './cases.ts';

const CORPUS_FILE = 'binhvq-news-corpus/demo-full.txt';

export const HOLDOUT3_FILES = {
  H3A: { path: CORPUS_FILE, lines: [4, 48] },
  H3B: { path: CORPUS_FILE, lines: [107, 124] },
  H3C: { path: CORPUS_FILE, lines: [136, 156] },
  H3D: { path: CORPUS_FILE, lines: [561, 585] },
  H3E: { path: CORPUS_FILE, lines: [993, 998] },
  H3F: { path: CORPUS_FILE, lines: [228, 240] },
} as const satisfies Record<string, { path: string; lines: readonly [number, number] }>;

export type Holdout3Case = Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT3_FILES };

export const HOLDOUT3_CASES: Holdout3Case[] = [
  // Unpaid camera fines in TP.HCM.
  { kind: 'ok:number-words', file: 'H3A', draft: 'Từ năm 2017 đến nay, PC67 đã trích xuất bốn mươi chín nghìn bảy trăm lẻ bốn trường hợp vi phạm, nhưng mới xử phạt được mười sáu nghìn một trăm lẻ sáu trường hợp.' },
  { kind: 'ok:number-format', file: 'H3A', at: 'PC67 trích xuất 49.704', edits: [['49.704', '49704'], ['16.106', '16106'], ['32,4%', '32,4 phần trăm']] },
  { kind: 'ok:acronym', file: 'H3A', draft: 'Dù Phòng Cảnh sát giao thông đường bộ - đường sắt, Công an Thành phố Hồ Chí Minh nhiều lần gửi thông báo vi phạm về công an địa phương, chủ phương tiện vẫn chưa thực hiện quyết định xử phạt.' },
  { kind: 'ok:date', file: 'H3A', draft: 'Chẳng hạn, từ tháng 1 đến tháng 7 năm 2017, ô tô biển số 14A-130... đã 23 lần đỗ không đúng nơi quy định trên đường Hàm Nghi, quận 1.' },
  { kind: 'ok:place', file: 'H3A', draft: 'Từ tháng 4 đến tháng 10 năm 2017, ô tô biển số 84B-0023... đã 9 lần đỗ sai quy định trên đường Trần Phú, quận 5.' },
  { kind: 'ok:role', file: 'H3A', draft: 'Trung tá Huỳnh Trung Phong, Trưởng Phòng Cảnh sát giao thông đường bộ - đường sắt, khẳng định sẽ nghiên cứu tăng khung hình phạt lên mức cao nhất với các trường hợp tái phạm nhiều lần.' },
  { kind: 'ok:quote', file: 'H3A', draft: 'Ông Phạm Sanh nói: “Nói thẳng, công an chưa làm hết trách nhiệm, không nhiệt tình”.' },
  { kind: 'ok:paraphrase', file: 'H3A', draft: 'Theo tiến sĩ Phạm Sanh, nhiều nước đã dùng phương tiện kỹ thuật, trong đó có camera, hơn hai mươi năm nay, chủ yếu phạt nguội và ít phạt nóng.' },
  { kind: 'ok:shortened', file: 'H3A', at: 'tỷ lệ nộp phạt tại TP.HCM hiện nay', edits: [['Tuy nhiên, tỷ lệ', 'Tỷ lệ'], [', không hiệu quả trong đảm bảo trật tự an toàn giao thông', '']] },
  { kind: 'ok:combined', file: 'H3A', draft: 'Theo trung tá Phạm Công Danh, Đội trưởng Đội chỉ huy giao thông và điều khiển đèn tín hiệu giao thông, chủ phương tiện được mời đến trụ sở đội ở số 52-54 Nguyễn Khắc Nhu, phường Cô Giang, quận 1 để giải quyết.' },
  { kind: 'bad:number', file: 'H3A', at: 'PC67 trích xuất 49.704', edits: [['32,4%', '42,3%']] },
  { kind: 'bad:number', file: 'H3A', draft: 'Từ tháng 1 đến tháng 7 năm 2017, ô tô biển số 14A-130... đã 34 lần đỗ không đúng nơi quy định trên đường Hàm Nghi, quận 1.' },
  { kind: 'bad:date', file: 'H3A', at: 'PC67 trích xuất 49.704', edits: [['Từ năm 2017', 'Từ năm 2015']] },
  { kind: 'bad:place', file: 'H3A', draft: 'Từ tháng 3 đến tháng 10 năm 2017, ô tô biển số 30S-087... đã 34 lần đỗ không đúng nơi quy định trên đường Hàm Nghi, quận 1.' },
  { kind: 'bad:code', file: 'H3A', draft: 'Từ tháng 4 đến tháng 10 năm 2017, ô tô biển số 86B-0074... đã 34 lần đỗ trên đường Nguyễn Cư Trinh, quận 1.' },
  { kind: 'bad:name', file: 'H3A', at: 'trung tá Huỳnh Trung Phong', edits: [['Huỳnh Trung Phong', 'Nguyễn Văn Bình']] },
  { kind: 'bad:name', file: 'H3A', draft: 'Theo thượng tá Phạm Công Danh, trang điện tử của PC67 đang nâng cấp nên thông tin về phương tiện vi phạm qua hình ảnh được đưa lên Cổng thông tin điện tử của Công an Thành phố.' },
  { kind: 'bad:negation', file: 'H3A', at: 'vẫn chưa thực hiện quyết định xử phạt', edits: [['vẫn chưa thực hiện', 'đã thực hiện']] },
  { kind: 'bad:negation', file: 'H3A', draft: 'Theo tiến sĩ Phạm Sanh, công an đã làm hết trách nhiệm trong việc cưỡng chế người vi phạm nộp phạt.' },
  { kind: 'bad:quote', file: 'H3A', draft: 'Ông Sanh nói: “Ngành công an đang loay hoay trong việc xác minh nơi cư trú tìm chủ xe, trong khi các khâu này đều do ngành giao thông quản lý”.' },
  { kind: 'bad:quote', file: 'H3A', draft: 'Trung tá Huỳnh Trung Phong khẳng định: “Đối với các trường hợp tái phạm nhiều lần, chúng tôi sẽ tước giấy phép lái xe”.' },
  { kind: 'bad:quote', file: 'H3A', draft: 'Ông Sanh nói: "Nói thẳng, công an chưa làm hết trách nhiệm, không nhiệt tình, cần tập trung vào người điều khiển xe".' },

  // The mother of 70 and her daughter's car: the theft.
  { kind: 'ok:institution', file: 'H3B', draft: 'Tòa án nhân dân Thành phố Hồ Chí Minh mở lại phiên xử sơ thẩm bị cáo Nguyễn Thị Hoa về tội trộm cắp tài sản, mà người bị hại chính là con gái bà.' },
  { kind: 'ok:date', file: 'H3B', at: 'Tháng 8-2014, bị cáo đem xe máy', edits: [['Tháng 8-2014', 'Tháng 8 năm 2014'], ['10 triệu đồng', 'mười triệu đồng']] },
  { kind: 'ok:number-words', file: 'H3B', draft: 'Bà Hoa tìm người cầm cố chiếc Toyota Fortuner, định giá bảy trăm năm mươi triệu đồng, để lấy hai trăm triệu đồng, và cho người môi giới bốn mươi triệu đồng.' },
  { kind: 'ok:number-format', file: 'H3B', draft: 'Người nhận cầm xe đưa trước 170.000.000 đồng, 30.000.000 đồng còn lại thì bà Hoa đến chung cư Thái Sơn, phường Tân Tạo A, quận Bình Tân lấy và làm hợp đồng thế chấp.' },
  { kind: 'ok:shortened', file: 'H3B', at: 'tòa đã phải hoãn xử do bà Hoa', edits: [['Tuy nhiên, tòa', 'Tòa'], [' (được tại ngoại)', ''], [' để tham gia tố tụng theo giấy triệu tập', '']] },
  { kind: 'ok:reorder', file: 'H3B', draft: 'Vì con gái đang ở nước ngoài, đầu năm 2014 bà Hoa đến sống chung với cháu ngoại ở phường An Lạc, quận Bình Tân.' },
  { kind: 'ok:paraphrase', file: 'H3B', draft: 'Vài ngày sau, bà Hoa gọi điện cho cháu ngoại, báo rằng đã thế chấp chiếc xe để vay 170 triệu đồng.' },
  { kind: 'bad:number', file: 'H3B', at: 'Toyota Fortuner', edits: [['để lấy 200 triệu đồng', 'để lấy 750 triệu đồng']] },
  { kind: 'bad:date', file: 'H3B', at: 'Tháng 8-2014, bị cáo đem xe máy', edits: [['Tháng 8-2014', 'Tháng 8-2015']] },
  { kind: 'bad:place', file: 'H3B', at: 'con gái bà quay về Singapore', edits: [['Singapore', 'Malaysia']] },
  { kind: 'bad:place', file: 'H3B', draft: 'Số tiền 30 triệu đồng còn lại, bà Hoa đến một chung cư ở phường An Lạc, quận Bình Tân để lấy và làm hợp đồng thế chấp.' },
  { kind: 'bad:negation', file: 'H3B', at: 'biết chuyện nên con gái bà đã chuộc lại xe', edits: [['và không cho ở chung nhà nữa', 'nhưng vẫn cho ở chung nhà']] },

  // The mother of 70: the accomplice the court suspects, and the rules on an absent defendant.
  { kind: 'ok:role', file: 'H3C', draft: 'Luật sư Vũ Phi Long, nguyên Phó Chánh Tòa Hình sự Tòa án nhân dân Thành phố Hồ Chí Minh, cho biết bị cáo vắng mặt vì lý do bất khả kháng thì phải hoãn phiên tòa.' },
  { kind: 'ok:acronym', file: 'H3C', draft: 'Theo khoản 3 Điều 61 và Điều 290 Bộ luật Tố tụng hình sự năm 2015, bị cáo phải có mặt theo giấy triệu tập của tòa trong suốt thời gian xét xử.' },
  { kind: 'ok:acronym', file: 'H3C', draft: 'Theo Điều 156 Bộ luật Dân sự 2015, sự kiện bất khả kháng thường được hiểu là sự kiện xảy ra khách quan mà sức người không thể kháng cự được, như lũ lụt, hỏa hoạn, bão hay động đất.' },
  { kind: 'ok:number-words', file: 'H3C', draft: 'Bà Hoa đã gần bảy mươi tuổi, không biết lái xe, nên không thể một mình đưa chiếc xe ra khỏi nhà con gái.' },
  { kind: 'ok:combined', file: 'H3C', draft: 'Cơ quan Cảnh sát điều tra xác định số điện thoại đó đúng là của Tư vào thời điểm lấy xe và có gọi cho bà Hoa, dù Tư khai không dùng số này.' },
  { kind: 'ok:place', file: 'H3C', draft: 'Theo lời khai của bà Hoa, sau đó bà và Tư cùng vào một khách sạn ở Long An để giao nhận tiền.' },
  { kind: 'ok:date', file: 'H3C', draft: 'Tại phiên xử tháng 3 năm 2017, bà Hoa khai rằng vào ngày lấy xe, Tư liên tục gọi điện thoại cho bà và bà cũng gọi lại cho Tư.' },
  { kind: 'ok:paraphrase', file: 'H3C', draft: 'Viện kiểm sát giải thích không khởi tố hai người môi giới vì họ chỉ môi giới cầm cố xe, không giúp bà Hoa lén đưa xe ra khỏi nhà.' },
  { kind: 'bad:code', file: 'H3C', draft: 'Theo khoản 3 Điều 16 và Điều 290 Bộ luật Tố tụng hình sự 2015, bị cáo có nghĩa vụ có mặt theo giấy triệu tập của tòa.' },
  { kind: 'bad:code', file: 'H3C', draft: 'Theo khoản 3 Điều 61 và Điều 209 Bộ luật Tố tụng hình sự 2015, bị cáo có nghĩa vụ có mặt theo giấy triệu tập của tòa.' },
  { kind: 'bad:code', file: 'H3C', draft: 'Theo Điều 165 Bộ luật Dân sự 2015, sự kiện bất khả kháng là sự kiện xảy ra một cách khách quan mà sức người không thể kháng cự được.' },
  { kind: 'bad:name', file: 'H3C', at: 'Trong khi Tư khai không dùng số điện thoại này.', edits: [['Tư khai', 'bà Hoa khai']] },
  { kind: 'bad:name', file: 'H3C', draft: 'Luật sư Phương Loan, nguyên Phó Chánh Tòa Hình sự Tòa án nhân dân TP.HCM, cho biết bị cáo bỏ trốn thì bị truy nã.' },
  { kind: 'bad:place', file: 'H3C', at: 'cùng vào một khách sạn ở tỉnh Long An', edits: [['tỉnh Long An', 'tỉnh Tiền Giang']] },
  { kind: 'bad:place', file: 'H3C', draft: 'Luật sư Vũ Phi Long, nguyên Phó Chánh Tòa Hình sự Tòa án nhân dân Thành phố Hà Nội, cho biết các trường hợp vắng mặt khác có thể bị áp giải.' },
  { kind: 'bad:negation', file: 'H3C', at: 'thì phải hoãn phiên tòa', edits: [['thì phải hoãn phiên tòa', 'thì không phải hoãn phiên tòa']] },
  { kind: 'bad:date', file: 'H3C', draft: 'Tại phiên xử tháng 5 năm 2017, bà Hoa khai rằng vào ngày lấy xe, Tư liên tục gọi điện thoại cho bà.' },

  // The car pledged for a loan: Thọ, Linh and the witness Minh.
  { kind: 'ok:date', file: 'H3D', draft: 'Cáo trạng tháng 3 năm 2017 xác định lại thời gian bán xe là ngày 4 tháng 5 năm 2013.' },
  { kind: 'ok:date', file: 'H3D', at: 'ông Thọ ghi nhầm thành 4-4-2013', edits: [['4-4-2013', 'ngày 4 tháng 4 năm 2013']] },
  { kind: 'ok:number-words', file: 'H3D', draft: 'Ông Thọ đưa Linh ba trăm tám mươi triệu đồng, giữ lại hai mươi triệu đồng tiền lãi.' },
  { kind: 'ok:role', file: 'H3D', draft: 'Nhân chứng Lê Quang Minh, người giới thiệu Linh vay tiền ông Thọ, khẳng định không ký vào văn bản nào giữa hai người.' },
  { kind: 'ok:quote', file: 'H3D', draft: 'Nhân chứng Lê Quang Minh viết: “Tôi khẳng định không ký vào văn bản nào giữa ông Thọ và Linh”.' },
  { kind: 'ok:paraphrase', file: 'H3D', draft: 'Theo nhân chứng Minh, hai bên không ghi giấy tờ mà chỉ thỏa thuận miệng, vì ông đã quen ông Thọ hơn hai mươi năm.' },
  { kind: 'ok:combined', file: 'H3D', draft: 'Cầm xe được một tháng, Linh xin gia hạn thêm một tháng, đóng lãi được ba tháng tiếp theo thì không đóng được nữa.' },
  { kind: 'bad:number', file: 'H3D', at: 'Ông Thọ đưa Linh 380 triệu đồng', edits: [['380 triệu', '360 triệu']] },
  { kind: 'bad:number', file: 'H3D', draft: 'Ông Thọ cho nhân chứng Minh 20 triệu đồng tiền công giới thiệu.' },
  { kind: 'bad:date', file: 'H3D', draft: 'Cáo trạng tháng 3-2017 xác định lại thời gian bán xe là ngày 4-5-2014.' },
  { kind: 'bad:date', file: 'H3D', draft: 'Bản tường trình của nhân chứng Lê Quang Minh đề ngày 22 tháng 5 năm 2016.' },
  { kind: 'bad:name', file: 'H3D', at: 'Cha của Linh đã gặp ông Thọ', edits: [['Cha của Linh', 'Ông Minh']] },
  { kind: 'bad:negation', file: 'H3D', draft: 'Nhân chứng Minh khẳng định đã ký làm chứng vào giấy bán xe giữa ông Thọ và Linh.' },
  { kind: 'bad:quote', file: 'H3D', draft: 'Nhân chứng Minh viết: “Tôi quen ông Thọ hơn 20 năm nay nên đứng ra bảo lãnh cho Linh vay tiền”.' },
  { kind: 'bad:quote', file: 'H3D', draft: 'Nhân chứng Minh viết: “Ông Thọ cho tôi 4 triệu đồng tiền lãi”.' },

  // The PVP Land trial and Đoàn Ngọc Hải's resignation.
  { kind: 'ok:institution', file: 'H3E', draft: 'Ngày 24/1, Tòa án nhân dân Thành phố Hà Nội mở phiên tòa hình sự sơ thẩm xét xử vụ án tham ô tài sản xảy ra tại PVP Land.' },
  { kind: 'ok:number-words', file: 'H3E', draft: 'Bị cáo Trịnh Xuân Thanh, năm mươi hai tuổi, cựu Chủ tịch Hội đồng quản trị Tổng Công ty cổ phần Xây lắp Dầu khí Việt Nam, tiếp tục hầu tòa với tội danh tham ô tài sản.' },
  { kind: 'ok:shortened', file: 'H3E', draft: 'Cùng hầu tòa với Trịnh Xuân Thanh có bảy đồng phạm, trong đó có Đào Duy Phong, cựu Chủ tịch Hội đồng quản trị PVP Land.' },
  { kind: 'ok:role', file: 'H3E', draft: 'Nguyễn Ngọc Sinh, 46 tuổi, nguyên Tổng Giám đốc PVP Land, là một trong các đồng phạm hầu tòa cùng Trịnh Xuân Thanh.' },
  { kind: 'ok:acronym', file: 'H3E', draft: 'Thành ủy Thành phố Hồ Chí Minh đã gặp ông Đoàn Ngọc Hải, Phó Chủ tịch Ủy ban nhân dân quận 1, động viên ông rút đơn, nhưng ông vẫn kiên quyết xin từ chức.' },
  { kind: 'ok:quote', file: 'H3E', draft: 'Nguồn tin của Tiền Phong cho biết: “Nếu ông Hải vẫn kiên quyết thì Ban Thường vụ Thành ủy và UBND TP.HCM sẽ xem xét, xử lý theo quy định”.' },
  { kind: 'ok:date', file: 'H3E', draft: 'Sáng ngày 23 tháng 1, Thành ủy TP HCM đã gặp ông Đoàn Ngọc Hải để tìm hiểu tâm tư, nguyện vọng của ông.' },
  { kind: 'bad:number', file: 'H3E', at: 'Bị cáo Trịnh Xuân Thanh (52 tuổi', edits: [['52 tuổi', '56 tuổi']] },
  { kind: 'bad:name', file: 'H3E', draft: 'Nguyễn Ngọc Sinh, cựu Chủ tịch Hội đồng quản trị PVP Land, là một trong các đồng phạm hầu tòa cùng Trịnh Xuân Thanh.' },
  { kind: 'bad:name', file: 'H3E', draft: 'Đinh Mạnh Thắng, cựu Phó Tổng Giám đốc Công ty cổ phần Đầu tư Vietsan, cũng hầu tòa cùng Trịnh Xuân Thanh.' },
  { kind: 'bad:date', file: 'H3E', draft: 'Ngày 25/1, Tòa án nhân dân TP Hà Nội mở phiên tòa sơ thẩm xét xử vụ án tham ô tài sản tại PVP Land.' },
  { kind: 'bad:place', file: 'H3E', draft: 'Ngày 24/1, Tòa án nhân dân TP.HCM mở phiên tòa hình sự sơ thẩm xét xử vụ án tham ô tài sản xảy ra tại PVP Land.' },
  { kind: 'bad:place', file: 'H3E', draft: 'Thành ủy TP.HCM đã gặp ông Đoàn Ngọc Hải, Phó Chủ tịch UBND quận 3, nhưng ông vẫn kiên quyết xin từ chức.' },
  { kind: 'bad:negation', file: 'H3E', draft: 'Sau khi được Thành ủy TP.HCM động viên, ông Đoàn Ngọc Hải đã rút đơn và không còn xin từ chức.' },
  { kind: 'bad:quote', file: 'H3E', draft: 'Nguồn tin của Tiền Phong cho biết: “Nếu ông Hải vẫn kiên quyết thì Ban Thường vụ Thành ủy sẽ đồng ý cho ông nghỉ việc ngay”.' },
  { kind: 'bad:quote', file: 'H3E', draft: 'Nguồn tin của Tiền Phong cho biết: “Chúng tôi đã chấp thuận đơn xin từ chức của ông Hải”.' },

  // Thông tư 64/2017: selling or giving away a vehicle.
  { kind: 'ok:date', file: 'H3F', draft: 'Từ ngày 12 tháng 2 năm 2018, người bán, tặng xe ô tô không phải thông báo với công an.' },
  { kind: 'ok:number-format', file: 'H3F', draft: 'Thông tư số 64 năm 2017 của Bộ Công an có hiệu lực từ ngày 12/2/2018.' },
  { kind: 'ok:number-words', file: 'H3F', draft: 'Thông tư vẫn giữ quy định trong thời hạn ba mươi ngày kể từ ngày làm chứng từ chuyển quyền sở hữu xe, người mua, được tặng xe phải đến cơ quan đăng ký xe làm thủ tục sang tên.' },
  { kind: 'ok:shortened', file: 'H3F', at: 'thông tư này đã sửa đổi, bổ sung', edits: [['Theo đó, thông tư này', 'Thông tư 64/2017'], ['Thông tư số 15/2014/TT-BCA', 'Thông tư 15/2014']] },
  { kind: 'ok:combined', file: 'H3F', draft: 'Dãy chữ cái trên biển số xanh chữ trắng được rút gọn, chỉ còn từ A đến M thay vì từ A đến Z như trước đây.' },
  { kind: 'ok:paraphrase', file: 'H3F', draft: 'Các quy định khác về trách nhiệm của chủ xe không thay đổi.' },
  { kind: 'ok:reorder', file: 'H3F', draft: 'Trước khi bàn giao xe cho người mua, chủ xe biển số nền xanh chữ trắng hoặc biển ký hiệu 80 nền trắng chữ đen phải nộp lại đăng ký, biển số cho cơ quan đăng ký xe.' },
  { kind: 'bad:code', file: 'H3F', at: 'Theo Thông tư 64/2017 của Bộ Công an', edits: [['Thông tư 64/2017', 'Thông tư 46/2017']] },
  { kind: 'bad:code', file: 'H3F', at: 'thông tư này đã sửa đổi, bổ sung', edits: [['15/2014/TT-BCA', '51/2014/TT-BCA']] },
  { kind: 'bad:code', file: 'H3F', draft: 'Đây là nội dung mới được quy định tại Thông tư số 64/2017/TT-BTC, có hiệu lực từ ngày 12/2/2018.' },
  { kind: 'bad:date', file: 'H3F', at: 'Thông tư số 64/2017/TT-BCA của Bộ Công an có hiệu lực', edits: [['12/2/2018', '12/2/2017']] },
  { kind: 'bad:number', file: 'H3F', at: 'Thông tư 64/2017 giữ nguyên nội dung trong thời hạn 30 ngày', edits: [['30 ngày', '15 ngày']] },
  { kind: 'bad:negation', file: 'H3F', at: 'người bán, tặng xe sẽ không phải thông báo', edits: [['sẽ không phải thông báo', 'vẫn phải thông báo']] },
];
