/**
 * The second held-out set: written by hand on 2 December 2026, after cases.ts, fresh-cases.ts and
 * holdout-cases.ts had all been used for tuning, from 6 articles of
 * ../shared/corpus/binhvq-news-corpus/demo-full.txt whose lines none of them uses (every file of
 * ../shared/corpus/articles is used by cases.ts). Weighted toward faithful paraphrases an editor or
 * an LLM would write for a meeting, then corruptions of each kind. Written from the articles as a
 * reviewer would, before the check was run on them; committed before their first run, whose figures
 * README.md keeps. The false flags of that run and three of its misses were then fixed as classes,
 * so the set is tuning data now.
 * Same shape as cases.ts: a corpus window and a short draft sentence the team wrote.
 */
import type { ContentCase } from './cases.ts';

const CORPUS_FILE = 'binhvq-news-corpus/demo-full.txt';

export const HOLDOUT2_FILES = {
  Z1: { path: CORPUS_FILE, lines: [194, 216] },
  Z2: { path: CORPUS_FILE, lines: [217, 227] },
  Z3: { path: CORPUS_FILE, lines: [361, 371] },
  Z4: { path: CORPUS_FILE, lines: [418, 428] },
  Z5: { path: CORPUS_FILE, lines: [430, 442] },
  Z6: { path: CORPUS_FILE, lines: [293, 312] },
} as const satisfies Record<string, { path: string; lines: readonly [number, number] }>;

export type Holdout2Case = Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT2_FILES };

export const HOLDOUT2_CASES: Holdout2Case[] = [
  { kind: 'ok:number-format', file: 'Z1', draft: 'Thị trấn Ollolai, trên đảo Sardinia của Italia, đang chào bán 200 ngôi nhà bỏ hoang, mỗi căn hơn 1 đô la Mỹ.' },
  { kind: 'ok:number-words', file: 'Z1', draft: 'Trong năm thập kỷ qua, dân số thị trấn giảm gần một nửa, chỉ còn 1.300 người.' },
  { kind: 'ok:paraphrase', file: 'Z1', draft: 'Người mua phải cải tạo toàn bộ ngôi nhà trong vòng 3 năm, với chi phí khoảng 25.000 USD.' },
  { kind: 'ok:number-words', file: 'Z1', draft: 'Thị trưởng Arbau cho biết ông nhận được hơn một trăm yêu cầu mua nhà từ khắp thế giới, kể cả từ Australia và Nga.' },
  { kind: 'ok:reorder', file: 'Z1', draft: 'Dù xuống cấp, đến nay 3 căn nhà đã được bán.' },
  { kind: 'ok:quote', file: 'Z1', draft: 'Thị trưởng Efisio Arbau nói với CNN: “Chúng ta cần làm mọi biện pháp để khôi phục lại, chứ không thể để thị trấn rơi vào quên lãng”.' },
  { kind: 'ok:date', file: 'Z1', draft: 'Từ năm 2015, thị trưởng Ollolai bán nhà với giá hơn 1 USD để cứu vãn dân số.' },
  { kind: 'ok:shortened', file: 'Z1', draft: 'Sau 5 năm, người mua vẫn có thể bán lại nhà.' },

  { kind: 'ok:date', file: 'Z2', draft: 'Thông tư 64/2017/TT-BCA của Bộ Công an có hiệu lực từ ngày 12 tháng 2 năm 2018.' },
  { kind: 'ok:date', file: 'Z2', draft: 'Thông tư số 146/2017/TT-BTC của Bộ Tài chính, có hiệu lực từ 12/2/2018, hướng dẫn quản lý, giám sát thu thuế đối với kinh doanh casino.' },
  { kind: 'ok:date', file: 'Z2', draft: 'Nghị định số 03/2017/NĐ-CP của Chính phủ đề ngày 16 tháng 1 năm 2017.' },
  { kind: 'ok:number-words', file: 'Z2', draft: 'Trong thời hạn ba mươi ngày kể từ ngày làm chứng từ chuyển quyền sở hữu xe, người mua phải làm thủ tục đăng ký sang tên.' },
  { kind: 'ok:number-words', file: 'Z2', draft: 'Nghị định 161/2017/NĐ-CP liên quan đến thanh tra chuyên ngành về đóng ba loại bảo hiểm: y tế, xã hội và tự nguyện.' },
  { kind: 'ok:acronym', file: 'Z2', draft: 'Từ ngày 15 tháng 2, cơ quan BHXH không còn được trích một phần khoản phạt lãi chậm nộp phát hiện qua thanh tra.' },
  { kind: 'ok:code', file: 'Z2', draft: 'Doanh nghiệp kinh doanh casino phải bố trí một địa điểm cho cơ quan thuế theo khoản 1 Điều 40 Nghị định 03/2017/NĐ-CP.' },
  { kind: 'ok:date', file: 'Z2', draft: 'Quy định bỏ việc thông báo với công an khi bán xe có hiệu lực trong tháng 2 năm 2018.' },

  { kind: 'ok:number-format', file: 'Z3', draft: 'Từ ngày 20 tháng 2, trẻ mẫu giáo ở xã, thôn đặc biệt khó khăn được hỗ trợ tiền ăn trưa bằng 10 phần trăm mức lương cơ sở mỗi tháng.' },
  { kind: 'ok:number-format', file: 'Z3', draft: 'Người điều khiển ô tô chạy quá tốc độ trên 35 km/giờ trong vùng đất cảng bị phạt từ 7 triệu đến 8 triệu đồng.' },
  { kind: 'ok:number-format', file: 'Z3', draft: 'Hút thuốc ở nơi cấm hút thuốc trên tàu thuyền bị phạt từ 500 nghìn đồng đến 1 triệu đồng.' },
  { kind: 'ok:number-words', file: 'Z3', draft: 'Chạy quá tốc độ từ 5 đến dưới 10 km/h trong vùng đất cảng bị phạt từ sáu trăm nghìn đến tám trăm nghìn đồng.' },
  { kind: 'ok:number-format', file: 'Z3', draft: 'Tài xế có nồng độ cồn chưa vượt quá 0,25 mg/lít khí thở bị phạt 2 đến 3 triệu đồng.' },

  { kind: 'ok:number-words', file: 'Z4', draft: 'Thông tư liên tịch 01/2017 quy định 6 trường hợp cơ quan tiến hành tố tụng có thể trưng cầu giám định trong vụ án kinh tế.' },
  { kind: 'ok:institution', file: 'Z4', draft: 'Thông tư liên tịch 01/2017 của Bộ Tư pháp, Bộ Công an, VKSND tối cao và TAND tối cao có hiệu lực từ ngày 1 tháng 2.' },
  { kind: 'ok:number-format', file: 'Z4', draft: 'Nhà hàng nổi, khách sạn nổi khai thác quá niên hạn bị phạt cao nhất từ 65 đến 75 triệu đồng.' },
  { kind: 'ok:number-format', file: 'Z4', draft: 'Cung cấp dịch vụ tại cảng biển không đúng mức giá bị phạt từ 25 triệu đến 30 triệu đồng.' },
  { kind: 'ok:date', file: 'Z4', draft: 'Nghị định 142/2017/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực hàng hải có hiệu lực từ ngày 1 tháng 2.' },
  { kind: 'ok:institution', file: 'Z4', draft: 'Mức giá tối đa, tối thiểu của dịch vụ tại cảng biển do Bộ trưởng Bộ Giao thông vận tải quy định.' },

  { kind: 'ok:paraphrase', file: 'Z5', draft: 'Theo Luật Đất đai, hợp đồng chuyển nhượng quyền sử dụng đất phải được công chứng thì mới có hiệu lực.' },
  { kind: 'ok:date', file: 'Z5', draft: 'Điều 95 Luật Đất đai 2013 quy định đăng ký biến động khi người sử dụng đất chuyển nhượng, thừa kế hay tặng cho quyền sử dụng đất.' },
  { kind: 'ok:number-format', file: 'Z5', draft: 'Không đăng ký biến động đất đai trong 30 ngày có thể bị phạt từ 2 triệu đến 5 triệu đồng theo Nghị định 102/2014/NĐ-CP.' },
  { kind: 'ok:number-words', file: 'Z5', draft: 'Không đăng ký đất đai lần đầu bị phạt cảnh cáo hoặc phạt tiền từ năm trăm nghìn đồng đến một triệu đồng.' },
  { kind: 'ok:institution', file: 'Z5', draft: 'Theo Báo Tài nguyên và Môi trường, sau khi công chứng, các bên còn phải làm thủ tục đăng ký biến động đất đai.' },

  { kind: 'ok:number-format', file: 'Z6', draft: 'Một thị trấn ở Italy rao bán hàng trăm căn nhà với giá chỉ hơn 20 nghìn đồng.' },
  { kind: 'ok:number-words', file: 'Z6', draft: 'Vợ chồng ông Casula là người đầu tiên mua lại một căn nhà, vào năm 2016, với giá chỉ bằng một ổ bánh mì.' },
  { kind: 'ok:number-words', file: 'Z6', draft: 'Cuối năm 2017, thị trấn nhận được một trăm hai mươi đơn từ Australia, Mỹ, Nga.' },
  { kind: 'ok:place', file: 'Z6', draft: 'Nhiều thành phố khác ở Ý như Montieri, Patricia, Lecce de Marsi cũng có nguy cơ bị bỏ hoang.' },
  { kind: 'ok:number-words', file: 'Z6', draft: 'Trong ba thập kỷ qua, dân số thị trấn giảm một nửa, nay chỉ còn 1.300 người.' },

  { kind: 'bad:number', file: 'Z1', draft: 'Thị trấn Ollolai đang chào bán 300 ngôi nhà bỏ hoang với giá hơn 1 USD mỗi căn.' },
  { kind: 'bad:number', file: 'Z1', draft: 'Người mua phải cải tạo toàn bộ ngôi nhà trong vòng 3 năm với chi phí khoảng 35.000 USD.' },
  { kind: 'bad:number', file: 'Z1', draft: 'Thị trưởng Arbau cho biết đến nay đã có 5 căn nhà được bán.' },
  { kind: 'bad:number', file: 'Z3', draft: 'Ô tô chạy quá tốc độ trên 35 km/h trong vùng đất cảng bị phạt 5-6 triệu đồng.' },
  { kind: 'bad:number', file: 'Z3', draft: 'Trẻ mẫu giáo ở vùng đặc biệt khó khăn được hỗ trợ tiền ăn trưa bằng 20% mức lương cơ sở mỗi tháng.' },
  { kind: 'bad:number', file: 'Z5', draft: 'Người nhận chuyển nhượng đất phải đăng ký biến động trong thời hạn không quá 60 ngày.' },
  { kind: 'bad:number', file: 'Z4', draft: 'Phương tiện chở hàng nguy hiểm, chở dầu khai thác quá niên hạn bị phạt thấp nhất từ 35 - 45 triệu đồng.' },

  { kind: 'bad:date', file: 'Z2', draft: 'Thông tư 64/2017/TT-BCA về đăng ký xe có hiệu lực từ ngày 12/3/2018.' },
  { kind: 'bad:date', file: 'Z2', draft: 'Nghị định số 03/2017/NĐ-CP về kinh doanh casino đề ngày 16/1/2016.' },
  { kind: 'bad:date', file: 'Z3', draft: 'Nghị định 06/2018 về hỗ trợ ăn trưa cho trẻ mẫu giáo có hiệu lực từ ngày 25/2.' },
  { kind: 'bad:date', file: 'Z6', draft: 'Cuối năm 2016, thị trấn nhận được 120 đơn xin mua nhà từ Australia, Mỹ, Nga.' },
  { kind: 'bad:date', file: 'Z6', draft: 'Vợ chồng ông Casula mua căn nhà đầu tiên vào năm 2015.' },
  { kind: 'bad:date', file: 'Z4', draft: 'Nghị định 142/2017/NĐ-CP về xử phạt trong lĩnh vực hàng hải có hiệu lực từ ngày 15/2.' },

  { kind: 'bad:name', file: 'Z6', draft: 'Thị trưởng Ollolai, ông Casula, nói với CNN rằng cần làm mọi biện pháp để khôi phục thị trấn.' },
  { kind: 'bad:name', file: 'Z6', draft: 'Vợ chồng ông Arbau là người đầu tiên mua lại căn nhà với giá một ổ bánh mì.' },
  { kind: 'bad:name', file: 'Z1', draft: 'Thị trưởng Ollolai Marco Arbau đã liên hệ với chủ nhân của những căn nhà bỏ hoang.' },
  { kind: 'bad:name', file: 'Z2', draft: 'Bộ Công an ban hành Thông tư số 146/2017/TT-BTC hướng dẫn quản lý, giám sát thu thuế casino.' },
  { kind: 'bad:name', file: 'Z4', draft: 'Mức giá tối đa, tối thiểu của dịch vụ tại cảng biển do Bộ trưởng Bộ Tài chính quy định.' },
  { kind: 'bad:name', file: 'Z1', draft: 'Thị trưởng Efisio Arbau nói với BBC rằng cần làm mọi biện pháp để khôi phục thị trấn.' },

  { kind: 'bad:place', file: 'Z1', draft: 'Thị trấn Ollolai nằm ở vùng núi Barbagia trên đảo Sicily, Italia.' },
  { kind: 'bad:place', file: 'Z1', draft: 'Thị trưởng Arbau nhận được hơn 100 yêu cầu mua nhà, trong đó có cả từ Canada và Nga.' },
  { kind: 'bad:place', file: 'Z6', draft: 'Nhiều thành phố ở Tây Ban Nha như Montieri, Patricia, Lecce de Marsi cũng có nguy cơ bị bỏ hoang.' },
  { kind: 'bad:place', file: 'Z1', draft: 'Ollolai nằm ở vùng núi Barbagia, trên đảo Sardinia giữa biển Adriatic.' },
  { kind: 'bad:place', file: 'Z6', draft: 'Vợ chồng ông Casula sống gần Roma, biết thông tin sau khi đọc quảng cáo của địa phương.' },

  { kind: 'bad:negation', file: 'Z2', draft: 'Từ ngày 12/2/2018, người bán, tặng xe vẫn phải thông báo bằng văn bản đến cơ quan đã cấp đăng ký xe.' },
  { kind: 'bad:negation', file: 'Z3', draft: 'Từ 15/2, cơ quan bảo hiểm xã hội được phép trích một phần khoản phạt lãi chậm nộp để hỗ trợ hoạt động thanh tra.' },
  { kind: 'bad:negation', file: 'Z5', draft: 'Theo Luật Đất đai, hợp đồng chuyển nhượng quyền sử dụng đất không bắt buộc phải công chứng.' },
  { kind: 'bad:negation', file: 'Z5', draft: 'Sau khi công chứng, các bên không cần làm thủ tục đăng ký biến động đất đai.' },
  { kind: 'bad:negation', file: 'Z1', draft: 'Sau 5 năm, người mua vẫn không được bán lại nhà.' },

  { kind: 'bad:quote', file: 'Z1', draft: 'Thị trưởng Efisio Arbau nói với CNN: “Chúng tôi sẽ bán hết 200 căn nhà trong năm nay”.' },
  { kind: 'bad:quote', file: 'Z6', draft: 'Ông Casula nói: “Tôi sẽ phá bỏ ngôi nhà cũ để xây lại từ đầu”.' },
  { kind: 'bad:quote', file: 'Z5', draft: 'Báo Tài nguyên & Môi trường trả lời: “Bạn không cần sang tên nếu đã giữ sổ đỏ”.' },
  { kind: 'bad:quote', file: 'Z2', draft: 'Đại diện Bộ Công an cho biết: “Người bán xe chỉ cần báo miệng cho công an phường”.' },
  { kind: 'bad:quote', file: 'Z1', draft: 'Thị trưởng Arbau nói: “Chúng ta không thể để thị trấn rơi vào quên lãng, nên chỉ bán nhà cho người Italia”.' },
];
