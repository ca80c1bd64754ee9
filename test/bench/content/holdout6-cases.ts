/**
 * Blind set 6: written by hand on 2 December 2026 by a helper who did not see the check
 * (src/stages/check/**, src/stages/write/**, src/providers/llm/**) nor the case lists of the other
 * sets, and committed before the check first ran on it (`npm run bench:content -- --blind`, run
 * once by the lead). Nobody may tune on it before that first run.
 *
 * Sources, real Vietnamese news nobody on the team wrote:
 * - ten stories of ../shared/corpus/binhvq-news-corpus/demo-full.txt (2017–2018, one sentence a
 *   line): Thông tư 64/2017/TT-BCA on selling vehicles (three articles), the policies in force from
 *   February 2018 (Nghị định 161/2017, Thông tư 31/2017, Thông tư liên tịch 01/2017, Nghị định
 *   06/2018 and 146/2017), the Italian town selling houses for 1 USD, the QL18 toll station trial,
 *   and a lawyer's answer on inheritance (Bộ luật Dân sự 2015, Luật Hôn nhân và Gia đình), split at
 *   its "thừa kế thế vị" section;
 * - twelve RSS items of ../shared/corpus/rss/rss-items-2026-08-22-sample.json (VnExpress, Tuổi Trẻ,
 *   Thanh Niên of 22 August 2026; an item's text is its title and summary).
 * Faithful drafts (`ok:<notation>`) say what a good LLM or a careful editor would write for a script
 * read aloud: the same facts in other words or notation (numbers in words, dates written out,
 * abbreviations spelled out or kept, a document cited in another accepted form, shortened or merged
 * sentences, exact words kept in quotation marks). Each corruption (`bad:<kind>`) holds exactly one
 * error of the kinds LLMs make: a figure changed or borrowed from another fact, a date shifted, a
 * person or institution swapped or given another's role, a place swapped, a document code or article
 * number altered or borrowed from another document of the source, a negation or obligation flipped,
 * a quotation invented or a quoted word changed.
 */
import type { ContentCase } from './cases.ts';

const LEGAL = 'binhvq-news-corpus/demo-full.txt';
const RSS = 'rss/rss-items-2026-08-22-sample.json';
const lines = (start: number, end: number) => ({ path: LEGAL, lines: [start, end] }) as const;
const rss = (item: number) => ({ path: RSS, item }) as const;

export const HOLDOUT6_FILES = {
  vehicleSaleNotice: lines(284, 291),
  februaryPoliciesChildcareInsurance: lines(313, 318),
  februaryPoliciesSchoolTax: lines(319, 323),
  italianTownHouses: lines(324, 334),
  carSalePlates: lines(372, 378),
  februaryPoliciesExpertiseTax: lines(412, 417),
  motorbikeSaleNotice: lines(515, 520),
  tollStationQL18: lines(607, 609),
  inheritanceLandTitle: lines(938, 953),
  inheritanceRepresentation: lines(954, 963),
  rss02: rss(2),
  rss03: rss(3),
  rss13: rss(13),
  rss18: rss(18),
  rss19: rss(19),
  rss20: rss(20),
  rss24: rss(24),
  rss27: rss(27),
  rss31: rss(31),
  rss34: rss(34),
  rss35: rss(35),
  rss40: rss(40),
} as const;

export const HOLDOUT6_CASES: Array<Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT6_FILES }> = [
  // Thông tư 64/2017: selling or giving away a vehicle needs no notice to the police.
  { kind: 'ok:date-form', file: 'vehicleSaleNotice', draft: 'Từ ngày 12 tháng 2 năm 2018, người bán hoặc tặng xe không còn phải thông báo bằng văn bản cho cơ quan đã cấp giấy chứng nhận đăng ký xe.' },
  { kind: 'ok:code-form', file: 'vehicleSaleNotice', draft: 'Thông tư số 64/2017/TT-BCA của Bộ Công an đã bỏ Điều 5 của Thông tư 15/2014, vốn buộc người bán, tặng xe phải thông báo bằng văn bản.' },
  { kind: 'ok:number-words', file: 'vehicleSaleNotice', draft: 'Thông tư 64/2017 giữ nguyên thời hạn ba mươi ngày, kể từ ngày làm chứng từ chuyển quyền sở hữu, để bên mua xe đến cơ quan đăng ký xe làm thủ tục sang tên.' },
  { kind: 'ok:date-form', file: 'vehicleSaleNotice', at: 'Điều này đồng nghĩa với việc, từ 12/2', edits: [['Điều này đồng nghĩa với việc, từ 12/2,', 'Như vậy, kể từ ngày 12 tháng 2,']] },
  { kind: 'ok:paraphrase', file: 'vehicleSaleNotice', draft: 'Riêng ô tô, xe máy biển xanh và xe biển số ký hiệu 80, khi bán, tặng hoặc điều chuyển thì phải nộp lại đăng ký, biển số cho cơ quan đăng ký xe trước khi bàn giao.' },
  { kind: 'bad:number', file: 'vehicleSaleNotice', at: 'Thông tư 64/2017 giữ nguyên nội dung trong thời hạn 30 ngày', edits: [['30 ngày', '15 ngày']] },
  { kind: 'bad:code', file: 'vehicleSaleNotice', draft: 'Theo Thông tư 64/2017, người bán, tặng xe không còn phải thực hiện Điều 7 của Thông tư 15/2014 về việc thông báo bằng văn bản cho cơ quan đã cấp đăng ký xe.' },
  { kind: 'bad:negation', file: 'vehicleSaleNotice', at: 'Theo Thông tư 64/2017 của Bộ Công an, từ ngày 12/2', edits: [['sẽ không phải thông báo', 'vẫn phải thông báo']] },
  { kind: 'bad:name', file: 'vehicleSaleNotice', at: 'Theo Thông tư 64/2017 của Bộ Công an, từ ngày 12/2', edits: [['Bộ Công an', 'Bộ Giao thông vận tải']] },
  { kind: 'bad:date', file: 'vehicleSaleNotice', draft: 'Thông tư 64/2017/TT-BCA của Bộ Công an có hiệu lực từ ngày 2/12/2018, bỏ quy định người bán, tặng xe phải thông báo với cơ quan công an.' },

  // Policies in force from February 2018: school lunches, social-insurance inspection.
  { kind: 'ok:number-words', file: 'februaryPoliciesChildcareInsurance', draft: 'Trẻ mẫu giáo thuộc hộ nghèo, cận nghèo được hỗ trợ tiền ăn trưa mỗi tháng bằng mười phần trăm mức lương cơ sở.' },
  { kind: 'ok:number-words', file: 'februaryPoliciesChildcareInsurance', draft: 'Thời gian hỗ trợ tiền ăn trưa tính theo số tháng học thực tế nhưng tối đa chín tháng mỗi năm học.' },
  { kind: 'ok:code-form', file: 'februaryPoliciesChildcareInsurance', draft: 'Nghị định số 161/2017 của Chính phủ, sửa đổi Điều 12 Nghị định 21/2016, có hiệu lực thi hành từ ngày 15 tháng 2.' },
  { kind: 'ok:date-form', file: 'februaryPoliciesChildcareInsurance', draft: 'Nhiều chính sách mới về trẻ mầm non và bảo hiểm xã hội có hiệu lực từ tháng 2 năm 2018.' },
  { kind: 'ok:acronym', file: 'februaryPoliciesChildcareInsurance', draft: 'Từ ngày 15/2, cơ quan BHXH không còn được trích một phần khoản phạt lãi chậm nộp phát hiện qua thanh tra để khen thưởng tổ chức, cá nhân có thành tích trong thanh tra chuyên ngành.' },
  { kind: 'bad:number', file: 'februaryPoliciesChildcareInsurance', draft: 'Thời gian hỗ trợ tiền ăn trưa cho trẻ mẫu giáo tính theo số tháng học thực tế, nhưng không quá 10 tháng mỗi năm học.' },
  { kind: 'bad:code', file: 'februaryPoliciesChildcareInsurance', draft: 'Nghị định 161/2017/NĐ-CP của Chính phủ sửa đổi Điều 21 Nghị định 21/2016/NĐ-CP về thanh tra chuyên ngành đóng bảo hiểm của cơ quan bảo hiểm xã hội.' },
  { kind: 'bad:date', file: 'februaryPoliciesChildcareInsurance', draft: 'Từ ngày 25/2, cơ quan bảo hiểm xã hội không còn được trích một phần khoản phạt lãi chậm nộp phát hiện qua thanh tra.' },
  { kind: 'bad:negation', file: 'februaryPoliciesChildcareInsurance', draft: 'Từ 15/2, cơ quan bảo hiểm xã hội vẫn được trích một phần khoản phạt lãi chậm nộp phát hiện qua thanh tra để hỗ trợ nâng cao năng lực hoạt động thanh tra.' },

  // Policies in force from February 2018: counselling in schools, corporate tax, VAT refunds.
  { kind: 'ok:acronym', file: 'februaryPoliciesSchoolTax', draft: 'Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư 31/2017/TT-BGDĐT hướng dẫn công tác tư vấn tâm lý cho học sinh trường phổ thông, có hiệu lực từ ngày 2 tháng 2 năm 2018.' },
  { kind: 'ok:number-words', file: 'februaryPoliciesSchoolTax', draft: 'Từ ngày 1 tháng 2, phần chi vượt ba triệu đồng mỗi tháng cho mỗi người lao động để trích nộp quỹ hưu trí tự nguyện, mua bảo hiểm nhân thọ sẽ không được trừ khi xác định thu nhập chịu thuế thu nhập doanh nghiệp; mức cũ là một triệu đồng.' },
  { kind: 'ok:paraphrase', file: 'februaryPoliciesSchoolTax', draft: 'Học sinh phổ thông sẽ được tư vấn tâm lý về lứa tuổi, giới tính, hôn nhân và sức khỏe sinh sản vị thành niên, kể cả tư vấn trực tuyến qua email, mạng xã hội hay điện thoại.' },
  { kind: 'ok:acronym', file: 'februaryPoliciesSchoolTax', draft: 'Doanh nghiệp có hàng nhập khẩu rồi xuất khẩu vào khu phi thuế quan, nếu số thuế giá trị gia tăng đầu vào chưa được khấu trừ từ ba trăm triệu đồng trở lên, sẽ được hoàn thuế theo tháng hoặc quý.' },
  { kind: 'ok:code-form', file: 'februaryPoliciesSchoolTax', draft: 'Thông tư 64 của Bộ Công an, sửa đổi Thông tư 15/2014 về đăng ký xe và có hiệu lực từ 12/2/2018, quy định bán ô tô không phải thông báo với công an.' },
  { kind: 'bad:name', file: 'februaryPoliciesSchoolTax', draft: 'Bộ Lao động - Thương binh và Xã hội ban hành Thông tư 31/2017 hướng dẫn công tác tư vấn tâm lý cho học sinh trong trường phổ thông.' },
  { kind: 'bad:code', file: 'februaryPoliciesSchoolTax', draft: 'Thông tư 13/2017/TT-BGDĐT về hướng dẫn tư vấn tâm lý cho học sinh trường phổ thông có hiệu lực từ 02/02/2018.' },
  { kind: 'bad:number', file: 'februaryPoliciesSchoolTax', draft: 'Từ 1-2, phần chi vượt mức 3 triệu đồng/tháng/người để trích nộp quỹ hưu trí tự nguyện cho người lao động sẽ không được trừ khi xác định thu nhập chịu thuế TNDN; quy định cũ là 2 triệu đồng.' },
  { kind: 'bad:negation', file: 'februaryPoliciesSchoolTax', draft: 'Cơ sở kinh doanh có hàng nhập khẩu rồi xuất khẩu ra nước ngoài, nếu số thuế giá trị gia tăng đầu vào đã được khấu trừ từ 300 triệu đồng trở lên, thì được hoàn thuế theo tháng, quý.' },
  { kind: 'bad:date', file: 'februaryPoliciesSchoolTax', draft: 'Thông tư 31/2017/TT-BGDĐT về tư vấn tâm lý cho học sinh trường phổ thông có hiệu lực từ ngày 20/2/2018.' },

  // An Italian town sells abandoned houses for 1 USD.
  { kind: 'ok:number-words', file: 'italianTownHouses', draft: 'Dân số Ollolai đã giảm từ hai nghìn hai trăm năm mươi người xuống còn một nghìn ba trăm người.' },
  { kind: 'ok:paraphrase', file: 'italianTownHouses', draft: 'Người mua phải cam kết sửa sang lại nhà trong vòng ba năm, với chi phí từ 24.000 đến 37.000 USD, và chỉ được bán lại sau năm năm.' },
  { kind: 'ok:quote', file: 'italianTownHouses', draft: 'Thị trưởng cho biết chiến dịch nhằm cứu thị trấn có truyền thống độc đáo này “khỏi sự quên lãng”.' },
  { kind: 'ok:merge', file: 'italianTownHouses', draft: 'Đến cuối năm 2017, ba căn nhà đã được sang tên và thị trấn đã nhận 120 đơn đăng ký mua, nhiều đơn của khách nước ngoài.' },
  { kind: 'ok:date-form', file: 'italianTownHouses', draft: 'Theo ông Arbau, hạn nộp đơn đăng ký mua nhà ở Ollolai kết thúc vào ngày 7 tháng 2.' },
  { kind: 'bad:place', file: 'italianTownHouses', draft: 'Thị trấn Ollolai trên đảo Sicily (Italia) rao bán nhà bỏ hoang với giá 1 USD mỗi căn để thu hút cư dân mới.' },
  { kind: 'bad:name', file: 'italianTownHouses', draft: 'Thị trưởng Mario Rossi muốn trẻ hóa cộng đồng bằng cách rao bán khoảng 200 căn nhà đá bỏ hoang với giá 1 USD mỗi căn.' },
  { kind: 'bad:date', file: 'italianTownHouses', at: 'thời hạn nộp đơn đăng ký mua nhà', edits: [['7-2', '7-3']] },
  { kind: 'bad:quote', file: 'italianTownHouses', draft: 'Thị trưởng thị trấn nói chiến dịch của mình nhằm “hồi sinh nền kinh tế địa phương”.' },
  { kind: 'bad:place', file: 'italianTownHouses', draft: 'Ollolai nằm ở sườn núi Monte San Basilio Magno, bao quanh bởi rừng núi vùng Alps.' },

  // Thông tư 64/2017: selling a car needs no notice; blue plates.
  { kind: 'ok:code-form', file: 'carSalePlates', draft: 'Theo Thông tư 64 năm 2017 của Bộ Công an, từ ngày 12 tháng 2, bán ô tô không cần thông báo với công an.' },
  { kind: 'ok:acronym', file: 'carSalePlates', draft: 'Biển số nền xanh, chữ trắng được cấp cho xe của các cơ quan của Đảng, Văn phòng Chủ tịch nước, Văn phòng Quốc hội, Tòa án nhân dân và Viện kiểm sát nhân dân.' },
  { kind: 'ok:shortened', file: 'carSalePlates', draft: 'Xe biển xanh hoặc biển ký hiệu 80, khi có quyết định điều chuyển, bán, tặng, cho, thì chủ xe phải nộp lại đăng ký, biển số cho cơ quan đăng ký xe trước khi bàn giao.' },
  { kind: 'ok:paraphrase', file: 'carSalePlates', draft: 'Người bán hoặc tặng xe sẽ không phải gửi văn bản thông báo cho cơ quan đã cấp giấy chứng nhận đăng ký xe để theo dõi.' },
  { kind: 'bad:code', file: 'carSalePlates', at: 'sửa đổi, bổ sung một số điều của Thông tư 15/2014/TT-BCA', edits: [['15/2014/TT-BCA', '16/2014/TT-BCA']] },
  { kind: 'bad:negation', file: 'carSalePlates', draft: 'Biển số nền xanh, chữ trắng cấp cho xe của các đơn vị sự nghiệp công lập, kể cả các trung tâm đào tạo, sát hạch lái xe công lập.' },
  { kind: 'bad:date', file: 'carSalePlates', draft: 'Từ ngày 12/3, bán ô tô không phải thông báo với công an.' },

  // Policies in force from February 2018: expert examination in economic cases, school lunches, corporate tax.
  { kind: 'ok:acronym', file: 'februaryPoliciesExpertiseTax', draft: 'Thông tư liên tịch 01/2017 của Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Bộ Công an và Bộ Tư pháp có hiệu lực từ ngày 1 tháng 2 năm 2018.' },
  { kind: 'ok:number-words', file: 'februaryPoliciesExpertiseTax', draft: 'Ngoài các trường hợp bắt buộc theo Điều 206 Bộ luật Tố tụng hình sự 2015, cơ quan tiến hành tố tụng có thể trưng cầu giám định trong sáu trường hợp cần thiết của vụ án kinh tế.' },
  { kind: 'ok:date-form', file: 'februaryPoliciesExpertiseTax', draft: 'Nghị định 06/2018 của Chính phủ về hỗ trợ ăn trưa cho trẻ em mẫu giáo và chính sách đối với giáo viên mầm non có hiệu lực từ ngày 20 tháng 2.' },
  { kind: 'ok:code-form', file: 'februaryPoliciesExpertiseTax', draft: 'Nghị định số 146/2017 sửa đổi hai nghị định 100/2016 và 12/2015: từ tháng 2 năm 2018, phần chi trên 3 triệu đồng mỗi tháng cho mỗi người lao động để mua bảo hiểm nhân thọ, bảo hiểm hưu trí tự nguyện không được trừ khi tính thu nhập chịu thuế thu nhập doanh nghiệp.' },
  { kind: 'ok:merge', file: 'februaryPoliciesExpertiseTax', draft: 'Từ tháng 2/2018, trẻ em được hỗ trợ ăn trưa, còn quy định bán xe phải thông báo với cơ quan công an bị bỏ.' },
  { kind: 'bad:code', file: 'februaryPoliciesExpertiseTax', draft: 'Thông tư liên tịch 01/2017 quy định ngoài những trường hợp bắt buộc theo Điều 260 Bộ luật Tố tụng hình sự 2015, cơ quan tiến hành tố tụng có thể trưng cầu giám định trong vụ án kinh tế.' },
  { kind: 'bad:code', file: 'februaryPoliciesExpertiseTax', draft: 'Nghị định 164/2017/NĐ-CP sửa đổi Nghị định 100/2016 và Nghị định 12/2015, quy định phần chi vượt 3 triệu đồng/tháng/người để trích nộp quỹ hưu trí tự nguyện không được trừ khi tính thuế TNDN.' },
  { kind: 'bad:negation', file: 'februaryPoliciesExpertiseTax', draft: 'Theo Nghị định 146/2017/NĐ-CP, từ 1/2/2018, phần chi vượt mức 3 triệu đồng/tháng/người để mua bảo hiểm hưu trí tự nguyện, bảo hiểm nhân thọ cho người lao động được trừ khi xác định thu nhập chịu thuế TNDN.' },
  { kind: 'bad:date', file: 'februaryPoliciesExpertiseTax', draft: 'Nghị định 06/2018 của Chính phủ về hỗ trợ ăn trưa đối với trẻ em mẫu giáo có hiệu lực từ ngày 10/2.' },
  { kind: 'bad:name', file: 'februaryPoliciesExpertiseTax', draft: 'Thông tư liên tịch 01/2017 của Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Bộ Công an và Bộ Tài chính quy định các trường hợp cần trưng cầu giám định trong vụ án kinh tế.' },

  // Thông tư 64/2017: selling a motorbike needs no notice.
  { kind: 'ok:date-form', file: 'motorbikeSaleNotice', draft: 'Kể từ ngày 12 tháng 2 năm 2018, người bán xe máy không phải thông báo với cơ quan công an.' },
  { kind: 'ok:paraphrase', file: 'motorbikeSaleNotice', draft: 'Trước đây, chủ xe không thông báo thì vẫn phải chịu trách nhiệm trước pháp luật về chiếc xe cho đến khi bên mua làm thủ tục đăng ký sang tên.' },
  { kind: 'ok:code-form', file: 'motorbikeSaleNotice', draft: 'Thông tư số 64/2017 của Bộ Công an bãi bỏ quy định chủ xe phải thông báo bằng văn bản cho cơ quan đã cấp giấy chứng nhận đăng ký xe khi bán, cho, tặng xe.' },
  { kind: 'ok:shortened', file: 'motorbikeSaleNotice', at: 'Tuy nhiên, tại Thông tư 64/2017', edits: [['Tuy nhiên, tại Thông tư 64/2017 (có hiệu lực thi hành kể từ ngày 12/02/2018) đã bãi bỏ quy định này và thay vào nội dung mới như sau: Xe', 'Theo Thông tư 64/2017, xe']] },
  { kind: 'bad:negation', file: 'motorbikeSaleNotice', draft: 'Thông tư 64/2017, có hiệu lực từ 12/02/2018, vẫn giữ nguyên quy định chủ xe phải thông báo bằng văn bản đến cơ quan đã cấp đăng ký xe khi bán, cho, tặng xe.' },
  { kind: 'bad:quote', file: 'motorbikeSaleNotice', draft: 'Theo Thông tư 64/2017, sau khi bán xe, chủ xe “không còn bất kỳ trách nhiệm nào” đối với chiếc xe đó.' },
  { kind: 'bad:code', file: 'motorbikeSaleNotice', draft: 'Thông tư 64/2017/TT-BCA sửa đổi, bổ sung Thông tư 15/2014/TT-BGTVT quy định về đăng ký xe.' },
  { kind: 'bad:date', file: 'motorbikeSaleNotice', at: 'bán xe máy không phải thông báo', edits: [['12/02/2018', '12/02/2019']] },

  // QL18 toll station trial.
  { kind: 'ok:acronym', file: 'tollStationQL18', draft: 'Đúng 11 giờ ngày 29 tháng 1, Công ty cổ phần BOT Biên Cương đã vận hành thử nghiệm, phát vé không thu tiền, tại hai trạm thu giá trên Quốc lộ 18.' },
  { kind: 'ok:paraphrase', file: 'tollStationQL18', draft: 'Chủ đầu tư dự án cải tạo, nâng cấp QL18 đoạn Hạ Long - Mông Dương đã cho chạy thử trạm thu giá, chưa thu tiền.' },
  { kind: 'ok:number-words', file: 'tollStationQL18', draft: 'Các trạm thu giá đặt tại ki-lô-mét 153+450 và ki-lô-mét 156+985 trên Quốc lộ 18.' },
  { kind: 'bad:place', file: 'tollStationQL18', draft: 'Trạm thu giá Quốc lộ 18 đoạn Hạ Long - Cẩm Phả đã được vận hành thử nghiệm.' },
  { kind: 'bad:number', file: 'tollStationQL18', at: 'đúng 11h ngày 29/1', edits: [['Km153+450', 'Km135+450']] },
  { kind: 'bad:date', file: 'tollStationQL18', at: 'đúng 11h ngày 29/1', edits: [['ngày 29/1', 'ngày 28/1']] },
  { kind: 'bad:name', file: 'tollStationQL18', draft: 'Theo Công ty CP BOT Đèo Cả, chủ đầu tư dự án cải tạo, nâng cấp QL18, các trạm thu giá đã vận hành thử nghiệm từ 11h ngày 29/1.' },
  { kind: 'bad:negation', file: 'tollStationQL18', draft: 'Từ 11h ngày 29/1, Công ty CP BOT Biên Cương vận hành thử nghiệm các trạm thu giá trên QL18, phát vé có thu tiền.' },

  // A lawyer's answer: grandfather's land without a will, common or separate property.
  { kind: 'ok:code-form', file: 'inheritanceLandTitle', draft: 'Theo điểm a khoản 1 Điều 651 Bộ luật Dân sự năm 2015, hàng thừa kế thứ nhất gồm vợ, chồng, cha mẹ đẻ, cha mẹ nuôi, con đẻ và con nuôi của người chết.' },
  { kind: 'ok:number-words', file: 'inheritanceLandTitle', draft: 'Nếu đất là tài sản chung của ông bà, khi ông mất không để lại di chúc thì bà được một nửa, còn nửa của ông được chia thừa kế cho bà và bố chồng.' },
  { kind: 'ok:paraphrase', file: 'inheritanceLandTitle', draft: 'Người hỏi cho biết ông bà nội của chồng chỉ có một người con là bố chồng, và bố mẹ chồng đã mất từ lâu.' },
  { kind: 'ok:code-form', file: 'inheritanceLandTitle', draft: 'Khoản 1 Điều 33 Luật Hôn nhân và gia đình năm 2014 quy định tài sản mà vợ chồng được thừa kế chung hoặc được tặng cho chung là tài sản chung.' },
  { kind: 'ok:paraphrase', file: 'inheritanceLandTitle', draft: 'Theo Luật Hôn nhân và gia đình năm 2000, tài sản có trong thời kỳ hôn nhân mà không chứng minh được là tài sản riêng thì là tài sản chung.' },
  { kind: 'bad:code', file: 'inheritanceLandTitle', draft: 'Theo điểm a khoản 1 Điều 615 Bộ luật Dân sự 2015, di sản không có di chúc được chia cho những người ở hàng thừa kế thứ nhất.' },
  { kind: 'bad:code', file: 'inheritanceLandTitle', draft: 'Theo khoản 1 Điều 40 Luật Hôn nhân và Gia đình 2014, tài sản chung của vợ chồng gồm tài sản do vợ, chồng tạo ra và thu nhập hợp pháp khác trong thời kỳ hôn nhân.' },
  { kind: 'bad:number', file: 'inheritanceLandTitle', draft: 'Nếu đất là tài sản chung của ông bà, khi ông mất không để lại di chúc thì một phần ba giá trị mảnh đất và căn nhà thuộc về bà nội.' },
  { kind: 'bad:negation', file: 'inheritanceLandTitle', draft: 'Ông nội chồng mất có để lại di chúc, ngôi nhà và mảnh đất đứng tên ông mà không có tên bà.' },

  // The same answer: inheritance by representation and the land-title procedure.
  { kind: 'ok:code-form', file: 'inheritanceRepresentation', draft: 'Theo Điều 652 Bộ luật Dân sự năm 2015, nếu con của người để lại di sản chết trước người để lại di sản thì cháu được hưởng phần di sản mà cha hoặc mẹ của cháu được hưởng nếu còn sống.' },
  { kind: 'ok:acronym', file: 'inheritanceRepresentation', draft: 'Luật sư Phạm Thị Bích Hảo, Giám đốc Công ty luật trách nhiệm hữu hạn Đức An ở Thanh Xuân, Hà Nội, cho biết thỏa thuận phân chia di sản thừa kế phải được lập thành văn bản có công chứng.' },
  { kind: 'ok:quote', file: 'inheritanceRepresentation', draft: 'Theo luật sư, thỏa thuận phân chia di sản thừa kế “phải được lập thành văn bản được công chứng”.' },
  { kind: 'ok:shortened', file: 'inheritanceRepresentation', draft: 'Hồ sơ sang tên quyền sử dụng đất gửi đến Văn phòng đăng ký đất đai cấp huyện, gồm đơn đề nghị cấp giấy chứng nhận, bản gốc giấy chứng nhận đã cấp và văn bản khai nhận di sản thừa kế.' },
  { kind: 'ok:merge', file: 'inheritanceRepresentation', draft: 'Vì bố chồng mất trước ông nội, phần di sản bố chồng được hưởng nếu còn sống sẽ để lại cho chồng; sau đó bà nội và chồng có thể thỏa thuận để bà nhận toàn bộ nhà đất và thanh toán cho chồng phần giá trị tương ứng.' },
  { kind: 'bad:code', file: 'inheritanceRepresentation', draft: 'Theo Điều 625 Bộ luật Dân sự 2015, con của người để lại di sản chết trước người để lại di sản thì cháu được hưởng phần di sản mà cha hoặc mẹ của cháu được hưởng nếu còn sống.' },
  { kind: 'bad:negation', file: 'inheritanceRepresentation', draft: 'Thỏa thuận phân chia di sản thừa kế giữa bà nội và chồng không cần lập thành văn bản công chứng.' },
  { kind: 'bad:place', file: 'inheritanceRepresentation', draft: 'Luật sư Phạm Thị Bích Hảo, Giám đốc Công ty luật TNHH Đức An ở Cầu Giấy, Hà Nội, cho biết bố chồng mất trước ông nội nên phần di sản bố chồng được hưởng sẽ để lại cho chồng.' },
  { kind: 'bad:quote', file: 'inheritanceRepresentation', draft: 'Theo luật sư, thỏa thuận phân chia di sản thừa kế “phải được lập thành văn bản được chứng thực”.' },
  { kind: 'bad:name', file: 'inheritanceRepresentation', at: 'Bố chồng bạn mất trước ông nội chồng bạn', edits: [['sẽ để lại cho chồng bạn', 'sẽ để lại cho bà nội bạn']] },

  // RSS 2: the DC series Lanterns.
  { kind: 'ok:paraphrase', file: 'rss02', draft: 'Lanterns, loạt phim mới của vũ trụ DC do James Gunn và Peter Safran tái khởi động, mang không khí phim noir, trinh thám hơn là phim siêu anh hùng thông thường.' },
  { kind: 'ok:shortened', file: 'rss02', draft: 'Series Lanterns của DC gây bất ngờ vì không khí giống phim noir, trinh thám.' },
  { kind: 'bad:name', file: 'rss02', draft: 'Lanterns, series mới thuộc vũ trụ DC do James Gunn và Zack Snyder tái khởi động, có không khí giống hệt một phim noir, trinh thám.' },
  { kind: 'bad:quote', file: 'rss02', draft: 'Lanterns, series mới của vũ trụ DC, bị khán giả chê là “nhạt nhẽo, không giống DC”.' },

  // RSS 3: anime of 2027.
  { kind: 'ok:number-words', file: 'rss03', draft: 'Năm bộ anime hứa hẹn sẽ gây sốt trong năm 2027.' },
  { kind: 'ok:paraphrase', file: 'rss03', draft: 'Năm 2026 mới đi được nửa chặng đường nhưng giới anime đã có nhiều tác phẩm đáng chú ý.' },
  { kind: 'bad:date', file: 'rss03', draft: 'Top 5 anime hứa hẹn sẽ khuấy đảo năm 2026.' },
  { kind: 'bad:negation', file: 'rss03', draft: 'Dù năm 2026 đã đi qua một nửa chặng đường, thế giới anime vẫn chưa có tác phẩm nào đáng chú ý.' },

  // RSS 13 and 18 (the same item): Vietnam beat Thailand 2-0.
  { kind: 'ok:acronym', file: 'rss13', draft: 'Huấn luyện viên Kim Sang-sik sẽ họp báo sau khi tuyển Việt Nam thắng Thái Lan với tỷ số 2-0 ở trận lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:place', file: 'rss13', draft: 'HLV Kim Sang-sik chuẩn bị đánh giá trận Việt Nam thắng Thái Lan 2-0 ở lượt đi chung kết ASEAN Cup 2026, trên sân Mỹ Đình tối nay.' },
  { kind: 'bad:quote', file: 'rss13', draft: 'Sau khi Việt Nam thắng Thái Lan 2-0, HLV Kim Sang-sik nói: “Các cầu thủ đã chơi trận hay nhất của họ”.' },
  { kind: 'ok:number-words', file: 'rss18', draft: 'Tối nay, tuyển Việt Nam thắng Thái Lan hai bàn không gỡ ngay trên sân Rajamangala ở lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:name', file: 'rss18', draft: 'HLV Park Hang-seo chuẩn bị đưa ra những đánh giá sau khi Việt Nam thắng Thái Lan 2-0 ở lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:date', file: 'rss18', draft: 'Việt Nam thắng Thái Lan 2-0 ở lượt đi chung kết ASEAN Cup 2024, trên sân Rajamangala.' },
  { kind: 'bad:negation', file: 'rss18', draft: 'HLV Kim Sang-sik không họp báo sau khi Việt Nam đánh bại Thái Lan 2-0 ở lượt đi chung kết ASEAN Cup 2026.' },

  // RSS 19: Thailand's coach after the 0-2 defeat.
  { kind: 'ok:paraphrase', file: 'rss19', draft: 'Huấn luyện viên Anthony Hudson của Thái Lan sắp họp báo sau trận thua Việt Nam 0-2 trên sân Rajamangala ở lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:name', file: 'rss19', draft: 'HLV Masatada Ishii sắp đưa ra những đánh giá sau khi Thái Lan thua Việt Nam 0-2 ở lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:number', file: 'rss19', draft: 'HLV Anthony Hudson sắp họp báo sau khi Thái Lan thua Việt Nam 0-3 ở lượt đi chung kết ASEAN Cup 2026.' },
  { kind: 'bad:place', file: 'rss19', draft: 'HLV Anthony Hudson sắp đưa ra đánh giá sau khi Thái Lan thua Việt Nam 0-2 ở lượt đi chung kết ASEAN Cup 2026, trên sân Bukit Jalil tối nay.' },

  // RSS 20: two substitutes scored.
  { kind: 'ok:number-words', file: 'rss20', draft: 'Vào sân chưa đầy mười phút, Hai Long và Quang Hải lần lượt ghi bàn, giúp tuyển Việt Nam dẫn chủ nhà 2-0.' },
  { kind: 'ok:shortened', file: 'rss20', draft: 'Hai Long và Quang Hải ghi bàn sau khi được HLV Kim tung vào sân.' },
  { kind: 'bad:number', file: 'rss20', draft: 'Chưa đầy 20 phút sau khi được tung vào sân, Hai Long và Quang Hải liên tiếp ghi bàn cho Việt Nam.' },
  { kind: 'bad:quote', file: 'rss20', draft: 'HLV Kim gọi việc tung Hai Long và Quang Hải vào sân là “quyết định thay người hoàn hảo”.' },

  // RSS 24: online fraud fell.
  { kind: 'ok:quote', file: 'rss24', draft: 'Lừa đảo trực tuyến tại Việt Nam “có dấu hiệu giảm rõ rệt”, số vụ giảm 56% so với nửa đầu năm ngoái.' },
  { kind: 'ok:acronym', file: 'rss24', draft: 'Số vụ lừa đảo trực tuyến ở Việt Nam giảm năm mươi sáu phần trăm so với nửa đầu năm ngoái, nhưng thủ đoạn ngày càng tinh vi nhờ trí tuệ nhân tạo và khai thác dữ liệu cá nhân.' },
  { kind: 'bad:quote', file: 'rss24', draft: 'Lừa đảo trực tuyến tại Việt Nam “đã được đẩy lùi hoàn toàn”, số vụ giảm 56% so với nửa đầu năm ngoái.' },
  { kind: 'bad:number', file: 'rss24', draft: 'Lừa đảo trực tuyến tại Việt Nam giảm 65% về số vụ so với nửa đầu năm ngoái.' },
  { kind: 'bad:date', file: 'rss24', draft: 'Lừa đảo trực tuyến tại Việt Nam giảm 56% về số vụ so với nửa cuối năm ngoái, nhưng thủ đoạn ngày càng tinh vi nhờ AI.' },

  // RSS 27: an air purifier for pet owners.
  { kind: 'ok:paraphrase', file: 'rss27', draft: 'Máy lọc không khí Levoit Vital Pet Pro dành cho nhà nuôi thú cưng có cửa hút lớn hình chữ U và tự làm sạch màng lọc thô.' },
  { kind: 'ok:shortened', file: 'rss27', draft: 'Levoit Vital Pet Pro dùng lõi lọc than hoạt tính mật độ cao.' },
  { kind: 'bad:name', file: 'rss27', draft: 'Máy lọc không khí Dyson Vital Pet Pro dành cho nhà nuôi thú cưng có cửa hút dạng chữ U lớn.' },
  { kind: 'bad:negation', file: 'rss27', draft: 'Máy lọc không khí Levoit Vital Pet Pro có cửa hút dạng chữ U lớn nhưng không tự động làm sạch màng lọc thô.' },
  { kind: 'bad:quote', file: 'rss27', draft: 'Máy lọc không khí Levoit Vital Pet Pro được giới thiệu là “khử sạch 100% lông thú cưng”.' },

  // RSS 31: Harry and Meghan return to Britain.
  { kind: 'ok:paraphrase', file: 'rss31', draft: 'Việc Harry và Meghan sắp về Anh khiến những cáo buộc từng làm chấn động hoàng gia, từ phân biệt đối xử, rò rỉ thông tin đến an ninh, lại được chú ý.' },
  { kind: 'ok:shortened', file: 'rss31', draft: 'Các cáo buộc về phân biệt đối xử, rò rỉ thông tin và an ninh từng làm chấn động hoàng gia Anh.' },
  { kind: 'bad:place', file: 'rss31', draft: 'Harry và Meghan sắp trở về Mỹ, khiến loạt cáo buộc từng làm chấn động hoàng gia Anh được chú ý trở lại.' },
  { kind: 'bad:name', file: 'rss31', draft: 'William và Meghan sắp trở về Anh, khiến loạt cáo buộc về phân biệt đối xử, rò rỉ thông tin và an ninh được chú ý.' },

  // RSS 34: supercars set on fire in Birmingham.
  { kind: 'ok:paraphrase', file: 'rss34', draft: 'Ở Birmingham, hai siêu xe bốc cháy khi một nghi phạm ném nhiều vật thể gây cháy vào khu vực đỗ xe bên ngoài một nhà hàng.' },
  { kind: 'bad:place', file: 'rss34', draft: 'Hai siêu xe bốc cháy sau khi một nghi phạm ném vật thể gây cháy vào khu đỗ xe bên ngoài nhà hàng ở Manchester.' },
  { kind: 'bad:number', file: 'rss34', draft: 'Ba siêu xe bốc cháy sau khi một nghi phạm ném nhiều vật thể gây cháy vào khu vực đỗ xe bên ngoài nhà hàng ở Birmingham.' },
  { kind: 'bad:quote', file: 'rss34', draft: 'Vụ hai siêu xe bốc cháy ở Birmingham bị cảnh sát gọi là “một vụ tấn công khủng bố”.' },

  // RSS 35: Russian ballistic missiles on Kiev.
  { kind: 'ok:paraphrase', file: 'rss35', draft: 'Theo truyền thông Ukraine, Nga đã phóng nhiều tên lửa đạn đạo vào Kiev, các vụ nổ làm thủ đô rung chuyển.' },
  { kind: 'ok:shortened', file: 'rss35', draft: 'Kiev rung chuyển sau loạt tên lửa đạn đạo của Nga.' },
  { kind: 'bad:place', file: 'rss35', draft: 'Nga phóng nhiều tên lửa đạn đạo vào thành phố Kharkov, gây ra các vụ nổ khiến thành phố rung chuyển.' },
  { kind: 'bad:number', file: 'rss35', draft: 'Nga phóng 12 tên lửa đạn đạo vào thủ đô Kiev, gây ra các vụ nổ khiến thành phố rung chuyển.' },
  { kind: 'bad:quote', file: 'rss35', draft: 'Truyền thông Ukraine mô tả loạt tên lửa đạn đạo Nga phóng vào Kiev là “đợt tấn công lớn nhất từ đầu năm”.' },

  // RSS 40: oil tankers queue in Venezuela.
  { kind: 'ok:number-words', file: 'rss40', draft: 'Hạ tầng xuống cấp, mất điện và vấn đề chất lượng khiến nhiều tàu dầu phải chờ tới ba mươi ngày ở Venezuela mới được bốc hàng.' },
  { kind: 'ok:quote', file: 'rss40', draft: 'Tàu dầu “tắc đường” ở Venezuela: nhiều tàu phải chờ tới 30 ngày để bốc hàng.' },
  { kind: 'bad:number', file: 'rss40', draft: 'Cơ sở hạ tầng xuống cấp và mất điện khiến nhiều tàu dầu phải chờ tới 60 ngày tại Venezuela để bốc hàng.' },
  { kind: 'bad:place', file: 'rss40', draft: 'Cơ sở hạ tầng xuống cấp, mất điện và các vấn đề về chất lượng khiến nhiều tàu dầu phải chờ tới 30 ngày tại Iran để bốc hàng.' },
  { kind: 'bad:quote', file: 'rss40', draft: 'Tàu dầu “mắc cạn” ở Venezuela vì hạ tầng xuống cấp và mất điện.' },
];
