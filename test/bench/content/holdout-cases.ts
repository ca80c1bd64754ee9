/**
 * The held-out set: written by hand on 2 December 2026, after cases.ts and fresh-cases.ts had both
 * been used for tuning, from 6 articles of ../shared/corpus/binhvq-news-corpus/demo-full.txt that
 * neither of them uses. Written from the articles as a reviewer would, before the check was run on
 * them; committed before their first run, whose figures README.md keeps. The false flags of that
 * run were then fixed as classes (its misses were not), so the set is tuning data now.
 * Same shape as cases.ts: a corpus window and a short draft sentence the team wrote.
 */
import type { ContentCase } from './cases.ts';

const CORPUS_FILE = 'binhvq-news-corpus/demo-full.txt';

export const HOLDOUT_FILES = {
  Y1: { path: CORPUS_FILE, lines: [379, 411] },
  Y2: { path: CORPUS_FILE, lines: [457, 480] },
  Y3: { path: CORPUS_FILE, lines: [481, 514] },
  Y4: { path: CORPUS_FILE, lines: [521, 534] },
  Y5: { path: CORPUS_FILE, lines: [586, 606] },
  Y6: { path: CORPUS_FILE, lines: [964, 989] },
} as const satisfies Record<string, { path: string; lines: readonly [number, number] }>;

export type HoldoutCase = Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT_FILES };

export const HOLDOUT_CASES: HoldoutCase[] = [
  { kind: 'ok:number-format', file: 'Y1', draft: 'Xuân Hòa góp 16,5 tỷ đồng, tương đương 30 phần trăm vốn điều lệ của Công ty Nhuệ Giang.' },
  { kind: 'ok:roman', file: 'Y1', draft: 'Theo báo cáo tài chính quý 3 năm 2017, Xuân Hòa mới góp vào Nhuệ Giang 3,3 tỷ đồng.' },
  { kind: 'ok:institution', file: 'Y1', draft: 'Ngày 2 tháng 4 năm 2009, Ủy ban nhân dân Thành phố Hà Nội có Văn bản số 2693/UBND-TNMT giao Sở Tài nguyên và Môi trường hướng dẫn hai đơn vị làm thủ tục.' },
  { kind: 'ok:place', file: 'Y1', draft: 'Luật sư Trần Đức Phượng, Đoàn Luật sư Thành phố Hồ Chí Minh, cho rằng cần xem lại quá trình cổ phần hóa và giao đất.' },
  { kind: 'ok:number-words', file: 'Y1', draft: 'Vốn pháp định của doanh nghiệp kinh doanh bất động sản không thấp hơn hai mươi tỷ đồng.' },
  { kind: 'ok:code', file: 'Y1', draft: 'Ngày 17/6/2016, Bộ Xây dựng có Công văn 1195/BXD-HĐXD cho phép Nhuệ Giang tiếp tục thi công mà không cần giấy phép xây dựng.' },
  { kind: 'ok:place', file: 'Y1', draft: 'Khu đất nằm tại số 27 đường Đông Lạnh, trước đây thuộc thị trấn Cầu Diễn, huyện Từ Liêm, nay là phường Cầu Diễn, quận Nam Từ Liêm.' },
  { kind: 'bad:number', file: 'Y1', draft: 'Dự án có tổng vốn đầu tư 1.840,9 tỷ đồng.' },
  { kind: 'bad:number', file: 'Y1', draft: 'Vốn huy động từ khách hàng là 962,61 tỷ đồng, chiếm 60%.' },
  { kind: 'bad:date', file: 'Y1', draft: 'Ngày 4/3/2011, UBND TP. Hà Nội có Văn bản số 1448/UBND-XD chấp thuận chủ trương di dời cơ sở sản xuất.' },
  { kind: 'bad:code', file: 'Y1', draft: 'Ngày 2/4/2009, UBND TP. Hà Nội có Văn bản số 2639/UBND-TNMT giao Sở Tài nguyên và Môi trường hướng dẫn hai đơn vị.' },
  { kind: 'bad:code', file: 'Y1', draft: 'Thường trực Thành ủy Hà Nội có Công văn số 532-TB/TU đồng ý đề xuất tại Báo cáo số 510/BC-BCS.' },
  { kind: 'bad:code', file: 'Y1', draft: 'Ngày 11/6/2016, Công ty Nhuệ Giang có Văn bản số 04/2017/VB-LD gửi Bộ Xây dựng.' },
  { kind: 'bad:name', file: 'Y1', draft: 'Luật sư Trần Đức Phong, Đoàn Luật sư TP.HCM, cho rằng cần xem lại quá trình cổ phần hóa và giao đất.' },
  { kind: 'bad:place', file: 'Y1', draft: 'Khu đất rộng 24.000 m2 nằm tại số 27 đường Đông Lạnh, phường Cầu Diễn, quận Bắc Từ Liêm.' },
  { kind: 'bad:negation', file: 'Y1', draft: 'Bộ Xây dựng khẳng định Công ty Nhuệ Giang phải thực hiện cấp giấy phép xây dựng.' },
  { kind: 'bad:quote', file: 'Y1', draft: 'Luật sư Trần Đức Phượng nói: “Đây là một vụ thâu tóm đất công”.' },

  { kind: 'ok:place', file: 'Y2', draft: 'Ông Hoàng Thanh Tốn ở huyện Khoái Châu, tỉnh Hưng Yên, đã khởi kiện ra Tòa án nhân dân huyện Khoái Châu.' },
  { kind: 'ok:paraphrase', file: 'Y2', draft: 'Chính quyền huyện đã bác đơn kêu cứu của ông Tốn.' },
  { kind: 'bad:place', file: 'Y2', draft: 'Cụ Nguyễn Thị Thật ở Khoái Châu, Hưng Yên bị chủ đầu tư thu hồi nhà, đất mà không bồi thường.' },
  { kind: 'bad:date', file: 'Y2', draft: 'Gia đình ông Hoàng Thanh Tốn ở ổn định tại Khoái Châu từ năm 1966.' },
  { kind: 'bad:negation', file: 'Y2', draft: 'Chủ đầu tư đã bồi thường khi thu hồi nhà, đất của cụ Nguyễn Thị Thật.' },

  { kind: 'ok:institution', file: 'Y3', draft: 'Ủy ban nhân dân phường Trung Văn đã ngừng tiếp nhận hồ sơ xét cấp Giấy chứng nhận quyền sử dụng đất cho bà Huệ.' },
  { kind: 'ok:paraphrase', file: 'Y3', draft: 'Gia đình bà Huệ hoàn toàn phủ nhận việc bán đất cho ông Tiến theo giấy chuyển nhượng viết tay.' },
  { kind: 'ok:date', file: 'Y3', draft: 'Tháng 10 năm 2016, bà Nga thanh toán toàn bộ số tiền gốc đã vay của ông Toàn.' },
  { kind: 'ok:number-words', file: 'Y3', draft: 'Gia đình bà Huệ không có căn nhà ba tầng nào ngoài nhà ở trên thửa đất số 53.' },
  { kind: 'ok:place', file: 'Y3', draft: 'Ông Nguyễn Anh Tiến trú tại phường Khương Đình, quận Thanh Xuân, Thành phố Hà Nội.' },
  { kind: 'bad:place', file: 'Y3', draft: 'Ông Nguyễn Anh Tiến, trú tại phường Trung Văn, quận Nam Từ Liêm, gửi đơn đến UBND phường.' },
  { kind: 'bad:place', file: 'Y3', draft: 'Bà Mai Thị Quỳnh Nga trú tại tổ dân phố 16, phường Khương Đình, quận Thanh Xuân, Hà Nội.' },
  { kind: 'bad:name', file: 'Y3', draft: 'Ông Nguyễn Đình Quân, Chủ tịch UBND phường Trung Văn, cho biết kiến nghị của anh Tiến là có cơ sở.' },
  { kind: 'bad:number', file: 'Y3', draft: 'Thửa đất số 53 (nay là thửa số 44) thuộc tờ bản đồ số 62.' },
  { kind: 'bad:date', file: 'Y3', draft: 'Bà Mai Thị Quỳnh Nga sinh năm 1985.' },
  { kind: 'bad:negation', file: 'Y3', draft: 'Bà Nga cho biết ông Toàn đã đứng tên trong giấy cho vay tiền.' },
  { kind: 'bad:quote', file: 'Y3', draft: 'Bà Nga nói: “Ông Tiến đã nhận đủ tiền gốc và lãi”.' },

  { kind: 'ok:date', file: 'Y4', draft: 'Việc cấp thẻ ưu tiên diễn ra từ chiều ngày 29 tháng 1 năm 2018 đến hết ngày 7 tháng 2 năm 2018 tại Cung Văn hóa Thành phố Cẩm Phả.' },
  { kind: 'ok:institution', file: 'Y4', draft: 'Công ty cổ phần BOT Biên Cương thu phí thử nghiệm trên quốc lộ 18, đoạn Hạ Long - Mông Dương.' },
  { kind: 'ok:number-words', file: 'Y4', draft: 'Xe ô tô dưới mười hai ghế ngồi của người dân có hộ khẩu thường trú tại bảy phường của Cẩm Phả được miễn phí vé.' },
  { kind: 'ok:number-format', file: 'Y4', draft: 'Dự án dài 31,5 km, với tổng vốn đầu tư gần 1.400 tỷ đồng.' },
  { kind: 'ok:paraphrase', file: 'Y4', draft: 'Chủ phương tiện có hộ khẩu ở Cẩm Phả nhưng xe không chính chủ chỉ cần giấy xác nhận của Ủy ban nhân dân xã, phường để được cấp thẻ ưu tiên 3 tháng.' },
  { kind: 'bad:number', file: 'Y4', draft: 'Xe ô tô dưới 12 ghế của người dân tại 9 xã, phường còn lại của Cẩm Phả được giảm 50% phí qua trạm.' },
  { kind: 'bad:number', file: 'Y4', draft: 'Chủ phương tiện có xe không chính chủ được cấp thẻ ưu tiên thời hạn 6 tháng.' },
  { kind: 'bad:date', file: 'Y4', draft: 'Trong dịp Tết Nguyên đán Mậu Tuất, từ 14 đến 25/2/2018, mọi phương tiện qua trạm được miễn phí.' },
  { kind: 'bad:place', file: 'Y4', draft: 'Cty CP BOT Biên Cương phát thẻ ưu tiên, miễn giảm giá cho người dân TP.Uông Bí (Quảng Ninh).' },
  { kind: 'bad:negation', file: 'Y4', draft: 'Dự án đã cải tạo đoạn đường thành bốn làn đường nhưng vẫn chưa có dải phân cách.' },
  { kind: 'bad:quote', file: 'Y4', draft: 'Đại diện Cty CP BOT Biên Cương cho biết: “Chúng tôi sẽ thu phí chính thức ngay sau Tết”.' },

  { kind: 'ok:time', file: 'Y5', draft: 'Đúng 11 giờ ngày 29 tháng 1, Công ty CP BOT Biên Cương vận hành thử nghiệm tại các trạm thu giá trên QL18.' },
  { kind: 'ok:time', file: 'Y5', draft: 'Thẻ ưu tiên được cấp phát từ 14h ngày 29/1 đến hết ngày 7/2 tại Cung văn hóa Cẩm Phả.' },
  { kind: 'ok:institution', file: 'Y5', draft: 'Ông Nguyễn Đức Long, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh, đồng ý cho chủ đầu tư vận hành thử nghiệm hệ thống thu giá.' },
  { kind: 'ok:number-words', file: 'Y5', draft: 'Trạm Hạ Long - Mông Dương là trạm BOT thứ hai trên địa bàn tỉnh Quảng Ninh, trong tổng số năm trạm BOT sẽ thu phí trong năm 2018.' },
  { kind: 'ok:date', file: 'Y5', draft: 'Trạm BOT quốc lộ 18 đoạn Hạ Long - Mông Dương dự kiến thu tiền chính thức từ ngày 5 tháng 2 năm 2018.' },
  { kind: 'ok:paraphrase', file: 'Y5', draft: 'Sau 3 tháng, nếu chủ phương tiện không sang tên, đổi chủ thì Công ty CP BOT Biên Cương sẽ không cấp thẻ ưu tiên cho phương tiện đó.' },
  { kind: 'ok:date', file: 'Y5', draft: 'Chủ đầu tư miễn phí cho các phương tiện qua trạm từ ngày 14 tháng 2 đến ngày 20 tháng 2.' },
  { kind: 'bad:name', file: 'Y5', draft: 'Ông Vũ Quyết Tiến, Chủ tịch UBND tỉnh Quảng Ninh, đồng ý cho phép chủ đầu tư vận hành thử nghiệm hệ thống thu giá.' },
  { kind: 'bad:name', file: 'Y5', draft: 'Ông Nguyễn Đức Long, Chủ tịch UBND thành phố Cẩm Phả, cho biết danh sách phương tiện được miễn, giảm phí đã hoàn tất.' },
  { kind: 'bad:negation', file: 'Y5', draft: 'Trong thời gian Tết Nguyên đán Mậu Tuất 2018, chủ đầu tư vẫn được thu tiền.' },
  { kind: 'bad:date', file: 'Y5', draft: 'Cuộc họp giải quyết các tồn tại, vướng mắc trong công tác thu giá diễn ra ngày 25/01/2018.' },
  { kind: 'bad:place', file: 'Y5', draft: 'Cung văn hóa Cẩm Phả nằm tại phường Cẩm Tây, thành phố Cẩm Phả.' },
  { kind: 'bad:number', file: 'Y5', draft: 'Trạm BOT Hạ Long - Mông Dương là trạm BOT thứ 3 trên địa bàn tỉnh Quảng Ninh.' },
  { kind: 'bad:quote', file: 'Y5', draft: 'Ông Vũ Quyết Tiến nói: “Người dân Cẩm Phả sẽ được miễn phí hoàn toàn”.' },

  { kind: 'ok:code', file: 'Y6', draft: 'Thông tư 64/2017/TT-BCA của Bộ Công an, ban hành ngày 28 tháng 12 năm 2017, có hiệu lực từ ngày 12 tháng 2 năm 2018.' },
  { kind: 'ok:institution', file: 'Y6', draft: 'Trung tá Lê Thanh Nghị, Phó trưởng phòng Cảnh sát giao thông Đường bộ - Đường sắt, Công an Nghệ An, cho biết đây là vấn đề nan giải trên cả nước.' },
  { kind: 'ok:number-format', file: 'Y6', draft: 'Cá nhân không làm thủ tục sang tên xe bị phạt từ 1 triệu đến 2 triệu đồng, tổ chức từ 2 triệu đến 4 triệu đồng.' },
  { kind: 'ok:number-words', file: 'Y6', draft: 'Hơn bảy mươi xe công vụ biển xanh ở Nghệ An đã được thanh lý, bán đấu giá cho tư nhân.' },
  { kind: 'ok:quote', file: 'Y6', draft: 'Ông Hoàng Minh Quân, Trưởng phòng Quản lý giá và công sản, Sở Tài chính Nghệ An, nói: “Nếu chúng tôi đề nghị thu hồi biển số khi đấu giá là chúng tôi lạm quyền”.' },
  { kind: 'ok:paraphrase', file: 'Y6', draft: 'Trong thời hạn 30 ngày kể từ ngày làm chứng từ chuyển quyền sở hữu, người mua xe phải đến cơ quan đăng ký xe làm thủ tục sang tên.' },
  { kind: 'ok:institution', file: 'Y6', draft: 'Tạp chí Giao thông vận tải điện tử đã đăng loạt bài về hơn 70 xe công vụ biển xanh ở tỉnh Nghệ An.' },
  { kind: 'ok:date', file: 'Y6', draft: 'Nghị định 46/2016/NĐ-CP ngày 26 tháng 5 năm 2016 quy định từ ngày 1 tháng 1 năm 2017, người không làm thủ tục sang tên xe sẽ bị phạt tiền.' },
  { kind: 'bad:code', file: 'Y6', draft: 'Bộ Công an ban hành Thông tư 46/2017/TT-BCA sửa đổi, bổ sung Thông tư 15/2014/TT-BCA về đăng ký xe.' },
  { kind: 'bad:code', file: 'Y6', draft: 'Việc xử phạt xe không sang tên đổi chủ căn cứ khoản 9, Điều 76 Nghị định 64/2016/NĐ-CP.' },
  { kind: 'bad:number', file: 'Y6', draft: 'Chủ xe không chấp hành việc thu hồi đăng ký, biển số bị phạt 2-4 triệu đồng với cá nhân và 5-8 triệu đồng với tổ chức.' },
  { kind: 'bad:date', file: 'Y6', draft: 'Thông tư 64/2017/TT-BCA có hiệu lực thi hành từ ngày 12/03/2018.' },
  { kind: 'bad:date', file: 'Y6', draft: 'Từ ngày 01/01/2016, người sở hữu xe không làm thủ tục sang tên sẽ bị phạt tiền.' },
  { kind: 'bad:name', file: 'Y6', draft: 'Ông Nguyễn Quý Khánh, Giám đốc Trung tâm dịch vụ bán đấu giá tài sản Nghệ An, cho biết trung tâm chỉ có chức năng bán đấu giá.' },
  { kind: 'bad:name', file: 'Y6', draft: 'Trung tá Lê Thanh Minh, Phó trưởng phòng CSGT Công an Nghệ An, cho biết đây là vấn đề nan giải trên cả nước.' },
  { kind: 'bad:negation', file: 'Y6', draft: 'Theo Trung tá Lê Thanh Nghị, lực lượng CSGT có quyền tạm giữ các xe biển xanh chưa sang tên để yêu cầu chuyển đổi biển số.' },
  { kind: 'bad:quote', file: 'Y6', draft: 'Ông Nguyễn Quý Khánh nói: “Xe không chính chủ thì chúng tôi không cho vào đăng kiểm”.' },
  { kind: 'bad:place', file: 'Y6', draft: 'Hơn 70 xe công vụ biển xanh ở Hà Tĩnh đã được thanh lý, bán đấu giá cho tư nhân.' },
];
