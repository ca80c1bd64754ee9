/**
 * Blind set 5: written by hand on 2 December 2026 by a helper who did not see the check
 * (src/stages/check/**, src/stages/write/**, src/providers/llm/**) nor the cases of the other sets,
 * and committed before the check first ran on it (`npm run bench:content -- --blind`). Its first-run
 * figures are the ones reported; nobody tunes on it before.
 *
 * Sources: real 2017 news nobody on the team wrote, the two VnExpress "tin mới nhất" RSS feeds in
 * ../shared/corpus/rss (18 February 2017 and 14 November 2017). A source is one <item>: its title, a
 * full stop, a newline and its description's text (content/read-source.ts); item 6 of the November
 * feed is empty and unused. The items state no publication date other than what their text says.
 *
 * Faithful drafts (`ok:`) say only what the item says, as a good LLM or a careful editor would for a
 * script read aloud: numbers in words or other notation, dates and times written out, acronyms and
 * short forms expanded (TP → Thành phố, ASEAN → its full name, Sài Gòn → Thành phố Hồ Chí Minh),
 * foreign names in another accepted form (Ý, Tây Úc, Ma-lai-xi-a, Phi-líp-pin, Hồng Kông, Kim Jong
 * Nam), the English items summed up in Vietnamese, clauses dropped, the title and the description
 * merged into one sentence, quotations kept word for word in other quotation marks.
 * Corruptions (`bad:`) hold exactly one error each, the errors LLMs make: a figure or unit changed
 * or swapped with another figure of the item; a date, year or time shifted; a person, company or
 * role replaced (by another of the item or a plausible other); a place or country replaced by a
 * neighbour; a negation added or dropped; a quotation invented or a quoted word changed.
 * The feeds hold no document codes nor article numbers, so there is no `bad:code` case; the one
 * designation corrupted (the fighter Su-30 made Su-35) counts as `bad:number`.
 * Counts: 158 cases, 68 faithful; corruptions: 12 date, 15 name, 14 negation, 17 number, 17 place,
 * 15 quote; 49 items, at most 5 cases each.
 */
import type { ContentCase } from './cases.ts';

const FEB = 'rss/vnexpress-tin-moi-nhat-2017-02-18.xml';
const NOV = 'rss/vnexpress-tin-moi-nhat-2017-11-14.xml';
const feb = (rssItem: number) => ({ path: FEB, rssItem }) as const;
const nov = (rssItem: number) => ({ path: NOV, rssItem }) as const;

export const HOLDOUT5_FILES = {
  feb00: feb(0),
  feb01: feb(1),
  feb02: feb(2),
  feb03: feb(3),
  feb04: feb(4),
  feb05: feb(5),
  feb06: feb(6),
  feb07: feb(7),
  feb08: feb(8),
  feb09: feb(9),
  feb10: feb(10),
  feb11: feb(11),
  feb12: feb(12),
  feb13: feb(13),
  feb14: feb(14),
  feb15: feb(15),
  feb16: feb(16),
  feb17: feb(17),
  feb18: feb(18),
  feb19: feb(19),
  feb20: feb(20),
  feb21: feb(21),
  feb22: feb(22),
  feb23: feb(23),
  feb24: feb(24),
  nov00: nov(0),
  nov01: nov(1),
  nov02: nov(2),
  nov03: nov(3),
  nov04: nov(4),
  nov05: nov(5),
  nov07: nov(7),
  nov08: nov(8),
  nov09: nov(9),
  nov10: nov(10),
  nov11: nov(11),
  nov12: nov(12),
  nov13: nov(13),
  nov14: nov(14),
  nov15: nov(15),
  nov16: nov(16),
  nov17: nov(17),
  nov18: nov(18),
  nov19: nov(19),
  nov20: nov(20),
  nov21: nov(21),
  nov22: nov(22),
  nov23: nov(23),
  nov24: nov(24),
} as const;

export const HOLDOUT5_CASES: Array<Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT5_FILES }> = [
  // feb00: Giang Kim Đạt, death penalty sought, embezzlement of 260 tỷ đồng
  { kind: 'ok:number-words', file: 'feb00', draft: 'Phía công tố đề nghị mức án tử hình đối với Giang Kim Đạt về tội tham ô hai trăm sáu mươi tỷ đồng.' },
  { kind: 'ok:paraphrase', file: 'feb00', draft: 'Theo đại diện cơ quan công tố, có đủ cơ sở để quy kết Giang Kim Đạt cùng các bị cáo khác phạm tội.' },
  { kind: 'bad:number', file: 'feb00', at: 'Đại diện cơ quan công tố', edits: [['260 tỷ', '206 tỷ']] },
  { kind: 'bad:negation', file: 'feb00', draft: 'Đại diện cơ quan công tố cho rằng chưa đủ cơ sở quy kết Giang Kim Đạt và các bị cáo khác phạm tội tham ô 260 tỷ đồng.' },
  { kind: 'bad:quote', file: 'feb00', draft: 'Đại diện cơ quan công tố khẳng định: "Bị cáo Đạt không còn cơ hội được khoan hồng" và đề nghị mức án tử hình.' },

  // feb01: Russian Su-30 fighters practise air refuelling
  { kind: 'ok:paraphrase', file: 'feb01', draft: 'Tiêm kích Su-30 của Nga luyện tập tiếp nhiên liệu trên không, một trong những hoạt động khó và nguy hiểm nhất trong tác chiến không quân.' },
  { kind: 'ok:shortened', file: 'feb01', at: 'Tiếp dầu trên không là', edits: [[' để tránh sai sót', '']] },
  { kind: 'bad:number', file: 'feb01', at: 'Tiêm kích Su-30', edits: [['Su-30', 'Su-35']] },

  // feb02: Vietjet spends 170 triệu USD on a training centre
  { kind: 'ok:number-words', file: 'feb02', draft: 'Vietjet bỏ ra một trăm bảy mươi triệu đô la Mỹ để xây dựng trung tâm đào tạo phi công và tiếp viên.' },
  { kind: 'ok:merge', file: 'feb02', draft: 'Vietjet đầu tư 170 triệu USD xây trung tâm nhằm tạo đột phá trong huấn luyện phi công, tiếp viên, đồng thời nghiên cứu, phát triển công nghệ hàng không vũ trụ.' },
  { kind: 'bad:number', file: 'feb02', at: 'Vietjet chi', edits: [['170 triệu USD', '1,7 tỷ USD']] },
  { kind: 'bad:name', file: 'feb02', at: 'Vietjet chi', edits: [['Vietjet', 'Vietnam Airlines']] },
  { kind: 'bad:quote', file: 'feb02', draft: 'Vietjet cho biết mục tiêu của trung tâm là "đưa Việt Nam trở thành trung tâm đào tạo hàng không của khu vực".' },

  // feb03: petrol price up from 15h on 18/2
  { kind: 'ok:time-form', file: 'feb03', draft: 'Từ 3 giờ chiều ngày 18 tháng 2, giá bán lẻ xăng RON 92 trong nước tăng thêm 504 đồng mỗi lít.' },
  { kind: 'ok:approximate', file: 'feb03', draft: 'Từ chiều 18/2, mỗi lít xăng RON 92 đắt thêm hơn 500 đồng, lên hơn 18.000 đồng.' },
  { kind: 'ok:number-words', file: 'feb03', at: 'Mỗi lít xăng', edits: [['504 đồng', 'năm trăm linh bốn đồng'], ['18.098 đồng', 'mười tám nghìn không trăm chín mươi tám đồng']] },
  { kind: 'bad:date', file: 'feb03', at: 'Mỗi lít xăng', edits: [['từ 15h', 'từ 17h']] },
  { kind: 'bad:date', file: 'feb03', at: 'Mỗi lít xăng', edits: [['(18/2)', '(19/2)']] },

  // feb04: the female suspect in the Kim Jong-nam killing
  { kind: 'ok:foreign-name', file: 'feb04', draft: 'Trước và sau vụ sát hại Kim Jong Nam, nữ nghi phạm mặc áo LOL liên tục đổi khách sạn và luôn mang theo một con gấu bông.' },
  { kind: 'bad:name', file: 'feb04', at: 'Nữ nghi phạm mặc áo', edits: [['Kim Jong-nam', 'Kim Jong-un']] },
  { kind: 'bad:negation', file: 'feb04', draft: 'Nữ nghi phạm mặc áo LOL không hề thay đổi khách sạn trước và sau vụ sát hại Kim Jong-nam.' },

  // feb05: Ngọc Trinh wakeboarding on the Sài Gòn river, afternoon of 17/2
  { kind: 'ok:date-form', file: 'feb05', draft: 'Chiều ngày 17 tháng Hai, người đẹp Ngọc Trinh cùng bạn thân và ông bầu Khắc Tiệp lướt ván trên sông Sài Gòn.' },
  { kind: 'bad:date', file: 'feb05', at: 'ông bầu', edits: [['chiều 17/2', 'chiều 16/2']] },
  { kind: 'bad:quote', file: 'feb05', at: 'ông bầu', edits: [['"ông bầu"', '"bạn trai"']] },
  { kind: 'bad:name', file: 'feb05', at: 'ông bầu', edits: [['Khắc Tiệp', 'Khắc Việt']] },
  { kind: 'bad:place', file: 'feb05', draft: 'Ngọc Trinh lướt ván trên sông Đồng Nai cùng bạn thân và ông bầu Khắc Tiệp.' },

  // feb17: the same outing, with a hired yacht
  { kind: 'ok:merge', file: 'feb17', draft: 'Chiều 17/2, Ngọc Trinh thuê du thuyền, lướt ván trên sông Sài Gòn cùng bạn thân và bầu Khắc Tiệp.' },
  { kind: 'ok:date-form', file: 'feb17', draft: 'Người đẹp Ngọc Trinh chơi lướt ván trên sông Sài Gòn vào chiều mười bảy tháng hai.' },
  { kind: 'bad:date', file: 'feb17', draft: 'Ngọc Trinh thuê du thuyền, lướt ván trên sông Sài Gòn vào chiều ngày 17 tháng 3.' },
  { kind: 'bad:place', file: 'feb17', at: 'Ngọc Trinh thuê', edits: [['sông Sài Gòn', 'sông Hàn']] },
  { kind: 'bad:date', file: 'feb17', at: '"bầu" Khắc Tiệp', edits: [['chiều 17/2', 'chiều 12/2']] },

  // feb06: Syrian army destroys an IS vehicle near Aleppo
  { kind: 'ok:acronym', file: 'feb06', draft: 'Quân đội Syria đã dùng tên lửa chống tăng bắn cháy một xe cơ giới của tổ chức Nhà nước Hồi giáo tự xưng gần Aleppo.' },
  { kind: 'bad:place', file: 'feb06', at: 'Một xe cơ giới', edits: [['gần Aleppo', 'gần Raqqa']] },
  { kind: 'bad:number', file: 'feb06', draft: 'Quân đội Syria phục kích, dùng tên lửa chống tăng bắn cháy ba xe cơ giới của IS gần Aleppo.' },

  // feb07: eight surprises in North Korea
  { kind: 'ok:number-words', file: 'feb07', draft: 'Tám điều bất ngờ ở Triều Tiên đối với một cô gái Việt Nam.' },
  { kind: 'ok:paraphrase', file: 'feb07', draft: 'Không dùng nội tệ, không điện thoại, không internet, không được tự ý quay phim hay chụp ảnh là những yêu cầu nghiêm ngặt khi đến Triều Tiên.' },
  { kind: 'bad:negation', file: 'feb07', at: 'Không dùng nội tệ', edits: [['Không dùng nội tệ', 'Được dùng nội tệ']] },

  // feb08, feb09: English items, summed up in Vietnamese
  { kind: 'ok:translation', file: 'feb08', draft: 'Hồ Hoàn Kiếm, còn gọi là Hồ Gươm, được xem là linh hồn của Hà Nội, nhưng nay hồ đang bị ô nhiễm.' },
  { kind: 'ok:translation', file: 'feb09', draft: 'Những bức ảnh hiếm về Hà Nội bị tàn phá trong trận chiến lịch sử mở đầu cuộc kháng chiến chống Pháp.' },

  // feb10: Sơn Tùng M-TP gets YouTube's gold Play button
  { kind: 'ok:number-form', file: 'feb10', draft: 'Sơn Tùng M-TP được YouTube trao nút Play vàng nhờ có hơn 1.000.000 lượt người theo dõi.' },
  { kind: 'ok:paraphrase', file: 'feb10', draft: 'Ca sĩ Sơn Tùng M-TP, người gốc Thái Bình, nhận kỷ niệm chương nút Play mạ vàng từ YouTube.' },
  { kind: 'bad:number', file: 'feb10', at: 'Ca sĩ gốc Thái Bình', edits: [['hơn một triệu', 'hơn mười triệu']] },
  { kind: 'bad:name', file: 'feb10', at: 'Sơn Tùng M-TP nhận', edits: [['Sơn Tùng M-TP', 'Noo Phước Thịnh']] },

  // feb11: the pink Lake Hillier, found in 1802
  { kind: 'ok:foreign-name', file: 'feb11', draft: 'Màu hồng rực của hồ Hillier ở Tây Úc vẫn luôn là điều bí ẩn với giới nghiên cứu kể từ khi hồ được phát hiện vào năm một nghìn tám trăm linh hai.' },
  { kind: 'ok:date-form', file: 'feb11', draft: 'Được phát hiện từ đầu thế kỷ 19, hồ Hillier ở Western Australia có màu hồng khiến giới khoa học bối rối.' },
  { kind: 'bad:date', file: 'feb11', at: 'Màu hồng rực', edits: [['năm 1802', 'năm 1820']] },
  { kind: 'bad:date', file: 'feb11', draft: 'Hồ Hillier ở Western Australia có màu hồng rực, vẫn là điều bí ẩn với các nhà nghiên cứu kể từ khi được phát hiện vào thế kỷ 18.' },
  { kind: 'bad:place', file: 'feb11', at: 'Màu hồng rực', edits: [['Western Australia', 'South Australia']] },

  // feb12: a 20-question quiz on "do" and "make"
  { kind: 'ok:number-words', file: 'feb12', draft: 'Thử sức với hai mươi câu trắc nghiệm về hai từ tiếng Anh “do” và “make”, vốn ít ai tự tin dùng chính xác trong mọi trường hợp.' },
  { kind: 'bad:number', file: 'feb12', at: 'Đố bạn', edits: [['20 câu', '30 câu']] },
  { kind: 'bad:quote', file: 'feb12', at: 'Đố bạn', edits: [["'make'", "'get'"]] },

  // feb13: University of Arts, London, 8th in the world, first in the UK
  { kind: 'ok:number-words', file: 'feb13', draft: 'University of Arts London đứng thứ tám thế giới và đứng đầu nước Anh về đào tạo kiến trúc, thiết kế, thời trang, truyền thông, mỹ thuật, nhiếp ảnh và nghệ thuật biểu diễn.' },
  { kind: 'ok:foreign-name', file: 'feb13', draft: 'Trường Đại học Nghệ thuật London xếp thứ 8 thế giới và thứ nhất tại Anh về đào tạo kiến trúc, thiết kế và thời trang.' },
  { kind: 'bad:number', file: 'feb13', at: 'University of Arts đứng', edits: [['thứ 8', 'thứ 3']] },

  // feb14: 13.000 tonnes of Hải Dương mung-bean cakes a year
  { kind: 'ok:number-words', file: 'feb14', draft: 'Bánh đậu xanh Hải Dương do khoảng bốn mươi hộ sản xuất, sản lượng mười ba nghìn tấn mỗi năm.' },
  { kind: 'ok:paraphrase', file: 'feb14', draft: 'Bánh đậu xanh Hải Dương không chỉ bán trong nước mà còn được xuất sang Trung Quốc và châu Âu.' },
  { kind: 'bad:number', file: 'feb14', at: 'Với khoảng 40 hộ', edits: [['khoảng 40 hộ', 'khoảng 400 hộ']] },
  { kind: 'bad:negation', file: 'feb14', draft: 'Bánh đậu xanh Hải Dương, sản lượng 13.000 tấn mỗi năm, chỉ được tiêu thụ trong nước, chưa xuất khẩu.' },
  { kind: 'bad:place', file: 'feb14', at: 'Với khoảng 40 hộ', edits: [['Trung Quốc', 'Nhật Bản']] },

  // feb15: the North Korean embassy and the man arrested in Malaysia
  { kind: 'ok:foreign-name', file: 'feb15', draft: 'Đại sứ quán Triều Tiên đã tiếp xúc với nam nghi phạm bị bắt tại Ma-lai-xi-a.' },
  { kind: 'ok:paraphrase', file: 'feb15', draft: 'Một chiếc xe được cho là của đại sứ quán Triều Tiên xuất hiện tại trụ sở cảnh sát đang giam giữ nam nghi phạm mang hộ chiếu Triều Tiên trong vụ Kim Jong-nam bị sát hại.' },
  { kind: 'bad:place', file: 'feb15', at: 'Đại sứ quán Triều Tiên tiếp xúc', edits: [['Malaysia', 'Singapore']] },
  { kind: 'bad:negation', file: 'feb15', at: 'Đại sứ quán Triều Tiên tiếp xúc', edits: [['tiếp xúc', 'chưa tiếp xúc']] },

  // feb16: Đà Nẵng buys drones for urban management
  { kind: 'ok:merge', file: 'feb16', draft: 'Đà Nẵng mua thiết bị bay không người lái gắn camera để quản lý đô thị, quét các khu vực cần kiểm tra và cảnh báo khi thấy công trình vi phạm.' },
  { kind: 'bad:quote', file: 'feb16', at: 'gắn camera', edits: [['"đèn đỏ"', '"đèn vàng"']] },
  { kind: 'bad:place', file: 'feb16', at: 'Đà Nẵng mua', edits: [['Đà Nẵng', 'Quảng Nam']] },

  // feb18: a Malaysian expert calls the women amateurs
  { kind: 'ok:paraphrase', file: 'feb18', draft: 'Chuyên gia Malaysia nhận định những phụ nữ được thuê sát hại Kim Jong-nam chỉ là dân nghiệp dư, bởi cách hành động của họ có nhiều lỗ hổng.' },
  { kind: 'bad:negation', file: 'feb18', draft: 'Chuyên gia Malaysia cho rằng những người phụ nữ được thuê để sát hại Kim Jong-nam không phải dân nghiệp dư.' },
  { kind: 'bad:quote', file: 'feb18', draft: 'Chuyên gia Malaysia nhận xét: "Họ là dân nghiệp dư, hành động đầy lỗ hổng".' },

  // feb19: a travel-company director in Louisiana loses her post
  { kind: 'ok:alias', file: 'feb19', draft: 'Một nữ giám đốc công ty du lịch ở Louisiana, Hoa Kỳ bị cắt chức vì vô tình phát trực tiếp hình ảnh khỏa thân của mình lên tài khoản Instagram của công ty thay vì gửi cho chồng.' },
  { kind: 'bad:place', file: 'feb19', at: 'Nữ giám đốc', edits: [['Louisiana', 'Texas']] },
  { kind: 'bad:name', file: 'feb19', at: 'Nữ giám đốc', edits: [['Instagram', 'Facebook']] },

  // feb20: Lan Phương at the bean-throwing festival in Munakata
  { kind: 'ok:merge', file: 'feb20', draft: 'Diễn viên Lan Phương vui đùa với trẻ em Nhật Bản trong lễ hội ném đậu đuổi quỷ dữ ở thành phố Munakata.' },
  { kind: 'bad:place', file: 'feb20', at: 'Diễn viên nô đùa', edits: [['Munakata', 'Fukuoka']] },
  { kind: 'bad:name', file: 'feb20', draft: 'Diễn viên Lan Ngọc cưng nựng trẻ em Nhật Bản trong lễ hội ném đậu ở thành phố Munakata.' },

  // feb21: a teacher and a 10th-grade student fight in class in Hậu Giang
  { kind: 'ok:merge', file: 'feb21', draft: 'Ở Hậu Giang, một thầy giáo dạy Toán và một nữ sinh lớp mười đánh nhau ngay giữa lớp, trước mặt hàng chục học sinh.' },
  { kind: 'bad:place', file: 'feb21', at: 'Thầy dạy Toán', edits: [['Hậu Giang', 'Cần Thơ']] },

  // feb22: the ideal lips, lower lip twice the upper
  { kind: 'ok:number-words', file: 'feb22', draft: 'Theo các nhà khoa học, đôi môi đầy đặn với môi dưới lớn gấp đôi môi trên là lý tưởng và quyến rũ nhất.' },
  { kind: 'bad:number', file: 'feb22', at: 'Các nhà khoa học', edits: [['gấp 2', 'gấp 3']] },

  // feb23: 66 liver transplants in 13 years
  { kind: 'ok:number-words', file: 'feb23', draft: 'Trong mười ba năm, sáu mươi sáu người Việt đã được ghép gan.' },
  { kind: 'ok:merge', file: 'feb23', draft: 'Trong 66 người Việt được ghép gan suốt 13 năm, người lớn tuổi nhất 74 tuổi, nhỏ nhất mới 7 tháng tuổi.' },
  { kind: 'bad:number', file: 'feb23', at: 'Ca lớn tuổi nhất', edits: [['74 tuổi', '47 tuổi']] },
  { kind: 'bad:number', file: 'feb23', at: 'Ca lớn tuổi nhất', edits: [['có 5 người sống được 10 năm', 'có 10 người sống được 5 năm']] },
  { kind: 'bad:number', file: 'feb23', at: 'Ca lớn tuổi nhất', edits: [['7 tháng tuổi', '7 tuổi']] },

  // feb24: Nhan Phúc Vinh pairs suits with bags
  { kind: 'ok:merge', file: 'feb24', draft: 'Nam diễn viên Nhan Phúc Vinh kết hợp những bộ vest lịch lãm với túi xách, ba lô lạ mắt.' },
  { kind: 'bad:name', file: 'feb24', at: 'Nhan Phúc Vinh', edits: [['Nhan Phúc Vinh', 'Huỳnh Anh']] },

  // nov00, nov04: Hào Sỹ Phường, a hundred-year-old alley in Sài Gòn
  { kind: 'ok:alias', file: 'nov00', draft: 'Hào Sỹ Phường, con hẻm trăm tuổi ở Thành phố Hồ Chí Minh, từng là bối cảnh của nhiều tác phẩm điện ảnh Hồng Kông và phim Việt.' },
  { kind: 'bad:place', file: 'nov00', at: 'Mang nét cổ kính', edits: [['Hong Kong', 'Đài Loan']] },
  { kind: 'ok:spelling', file: 'nov04', draft: 'Con hẻm Hào Sĩ Phường ở Sài Gòn đã trăm tuổi, mang nét cổ kính và kiến trúc độc đáo.' },

  // nov01: Saigon Mystery Villas by the Sài Gòn river
  { kind: 'ok:number-words', file: 'nov01', draft: 'Saigon Mystery Villas là khu biệt thự khép kín bên sông Sài Gòn, thiết kế hiện đại theo mô hình compound, an ninh bảo đảm suốt 24 giờ mỗi ngày.' },
  { kind: 'bad:place', file: 'nov01', at: 'Saigon Mystery Villas -', edits: [['bên sông Sài Gòn', 'bên sông Đồng Nai']] },

  // nov02: deputy commander of Military Region 1 reprimanded
  { kind: 'ok:merge', file: 'nov02', draft: 'Phó Tư lệnh Quân khu 1 Hoàng Công Hàm nhận kỷ luật cảnh cáo; khi làm Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Lạng Sơn, ông đã vi phạm quy định về quản lý đất quốc phòng.' },
  { kind: 'ok:acronym', file: 'nov02', draft: 'Ông Hoàng Công Hàm đã vi phạm quy định về quản lý đất quốc phòng trong thời gian làm Chỉ huy trưởng Bộ CHQS tỉnh Lạng Sơn.' },
  { kind: 'bad:name', file: 'nov02', at: 'Trong thời gian làm', edits: [['Hoàng Công Hàm', 'Hoàng Văn Hàm']] },
  { kind: 'bad:place', file: 'nov02', at: 'Trong thời gian làm', edits: [['Lạng Sơn', 'Cao Bằng']] },
  { kind: 'bad:negation', file: 'nov02', draft: 'Ông Hoàng Công Hàm không vi phạm quy định về quản lý đất quốc phòng trong thời gian làm Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Lạng Sơn.' },

  // nov03: a logo quiz
  { kind: 'ok:paraphrase', file: 'nov03', draft: 'Hãy thử đoán tên các tổ chức nổi tiếng thế giới qua logo, chẳng hạn con rắn quấn quanh cây gậy là biểu tượng của tổ chức nào.' },

  // nov05: Sơn Tùng M-TP in a new video
  { kind: 'ok:quote-marks', file: 'nov05', draft: 'Giọng ca “Lạc trôi” Sơn Tùng M-TP xuất hiện lịch lãm, chỉn chu trong một video mới.' },
  { kind: 'bad:quote', file: 'nov05', at: 'Giọng ca', edits: [['"Lạc trôi"', '"Nơi này có anh"']] },

  // nov07: the Chairman of Đà Nẵng thanks the people for APEC
  { kind: 'ok:acronym', file: 'nov07', draft: 'Chủ tịch Thành phố Đà Nẵng khẳng định thành công của APEC có sự đóng góp rất lớn của người dân.' },
  { kind: 'bad:name', file: 'nov07', at: 'Chủ tịch Đà Nẵng', edits: [['Chủ tịch', 'Bí thư']] },
  { kind: 'bad:quote', file: 'nov07', draft: 'Chủ tịch TP Đà Nẵng nói: "Không có người dân thì không có một APEC thành công".' },

  // nov08: Kevin Lilliana of Indonesia, Miss International 2017, 14/11 in Japan
  { kind: 'ok:date-form', file: 'nov08', draft: 'Chiều ngày mười bốn tháng mười một, tại Nhật Bản, người đẹp Indonesia Kevin Lilliana đăng quang Hoa hậu Quốc tế 2017.' },
  { kind: 'ok:number-words', file: 'nov08', at: 'Kevin Lilliana', edits: [['21 tuổi', 'hai mươi mốt tuổi'], ['Miss International', 'Hoa hậu Quốc tế'], ['chiều 14/11', 'chiều ngày 14 tháng 11']] },
  { kind: 'bad:date', file: 'nov08', at: 'Kevin Lilliana', edits: [['chiều 14/11', 'chiều 15/11']] },
  { kind: 'bad:date', file: 'nov08', at: 'Người đẹp Indonesia', edits: [['2017', '2018']] },
  { kind: 'bad:place', file: 'nov08', at: 'Kevin Lilliana', edits: [['ở Nhật Bản', 'ở Hàn Quốc']] },

  // nov09: a 20-year-old driver with four prison sentences breaks into homes
  { kind: 'ok:number-words', file: 'nov09', draft: 'Nam tài xế hai mươi tuổi, bốn lần bị kết án tù, lái xe tải đi khắp các cung đường, thấy nhà nào sơ hở là đột nhập.' },
  { kind: 'bad:number', file: 'nov09', at: 'Nam tài xế', edits: [['4 lần', '2 lần']] },
  { kind: 'bad:quote', file: 'nov09', at: 'Nam tài xế', edits: [['"đi tuần"', '"đi săn"']] },
  { kind: 'bad:negation', file: 'nov09', at: 'Kẻ đột nhập', edits: [['bị vợ chồng', 'không bị vợ chồng']] },

  // nov10: Đức attacks his neighbour, chị Hường, with a cleaver
  { kind: 'ok:merge', file: 'nov10', draft: 'Cho rằng thường bị chị Hường, người hàng xóm, nói xấu và chửi đổng, Đức đã cầm dao phay chém nhiều nhát vào đầu chị.' },
  { kind: 'bad:name', file: 'nov10', at: 'Cho rằng', edits: [['chị Hường', 'Đức'], ['Đức cầm dao', 'chị Hường cầm dao']] },
  { kind: 'bad:quote', file: 'nov10', at: 'Cho rằng', edits: [['"hành hạ"', '"đe dọa"']] },

  // nov11: three Koreans with fake ATM cards, 26 swipes, over 300 triệu đồng in Hà Nội
  { kind: 'ok:number-words', file: 'nov11', draft: 'Chỉ trong ba ngày, nhóm của Kim Seong Huyn quẹt thẻ thành công hai mươi sáu lần qua máy POS ở Hà Nội, chiếm đoạt hơn ba trăm triệu đồng.' },
  { kind: 'ok:shortened', file: 'nov11', draft: 'Ba người Hàn Quốc dùng thẻ ATM giả đã được giảm án.' },
  { kind: 'bad:number', file: 'nov11', at: 'Trong ba ngày', edits: [['hơn 300 triệu', 'hơn 3 tỷ']] },
  { kind: 'bad:place', file: 'nov11', at: 'Trong ba ngày', edits: [['tại Hà Nội', 'tại TP HCM']] },
  { kind: 'bad:negation', file: 'nov11', at: 'Ba người Hàn Quốc', edits: [['được giảm án', 'không được giảm án']] },

  // nov12: Trump leaves the Philippines without attending the East Asia Summit plenary
  { kind: 'ok:foreign-name', file: 'nov12', draft: 'Tổng thống Hoa Kỳ Donald Trump rời Phi-líp-pin mà không dự phiên toàn thể hội nghị thượng đỉnh Đông Á, nơi ông dự kiến phát biểu.' },
  { kind: 'ok:shortened', file: 'nov12', draft: 'Vào phút chót, ông Trump hủy dự hội nghị thượng đỉnh Đông Á.' },
  { kind: 'bad:negation', file: 'nov12', at: 'Tổng thống Mỹ', edits: [['mà không dự', 'sau khi dự']] },
  { kind: 'bad:date', file: 'nov12', draft: 'Ông Trump hủy dự hội nghị thượng đỉnh Đông Á từ một tuần trước khi hội nghị khai mạc.' },
  { kind: 'bad:quote', file: 'nov12', draft: 'Tổng thống Mỹ Donald Trump nói "lịch trình quá dày" nên rời Philippines mà không dự phiên toàn thể hội nghị thượng đỉnh Đông Á.' },

  // nov13: a white living room
  { kind: 'ok:paraphrase', file: 'nov13', draft: 'Phòng khách thượng lưu chọn tông trắng làm màu chủ đạo để tạo hiệu quả thị giác về một không gian rộng và sang trọng.' },

  // nov14: Vietnamese in the Netherlands give over 4.000 USD for flood victims
  { kind: 'ok:number-words', file: 'nov14', at: 'Người Việt ở Hà Lan', edits: [['4.000 USD', '4 nghìn đô la Mỹ']] },
  { kind: 'ok:paraphrase', file: 'nov14', draft: 'Đông đảo người Việt tại Hà Lan đã quyên góp dưới nhiều hình thức, chia sẻ với người dân trong nước bị thiên tai.' },
  { kind: 'bad:number', file: 'nov14', at: 'Người Việt ở Hà Lan', edits: [['4.000 USD', '40.000 USD']] },

  // nov15: ASEAN and China, a forum last week
  { kind: 'ok:acronym', file: 'nov15', draft: 'Tại một diễn đàn tuần trước, các nhà ngoại giao của Hiệp hội các quốc gia Đông Nam Á đã bàn biện pháp tăng cường hợp tác kinh tế với Trung Quốc.' },
  { kind: 'bad:date', file: 'nov15', at: 'Các nhà ngoại giao', edits: [['tuần trước', 'hôm qua']] },
  { kind: 'bad:negation', file: 'nov15', draft: 'ASEAN không muốn tăng hợp tác kinh tế với Trung Quốc.' },

  // nov16: RioVista sold out at its launch, says MIKGroup
  { kind: 'ok:merge', file: 'nov16', draft: 'Toàn bộ sản phẩm RioVista đã được đặt mua ngay trong lễ công bố; theo đại diện MIKGroup, dự án hút khách vì sản phẩm có hạn mà người đăng ký đông.' },
  { kind: 'bad:name', file: 'nov16', at: 'Theo đại diện', edits: [['MIKGroup', 'Vingroup']] },
  { kind: 'bad:quote', file: 'nov16', draft: 'Đại diện MIKGroup nói: "Sản phẩm có hạn mà khách đăng ký quá đông".' },

  // nov17: a reader asks about calcium deficiency in a 6-month-old
  { kind: 'ok:number-words', file: 'nov17', draft: 'Bạn đọc Thảo Linh hỏi bác sĩ: con sáu tháng tuổi, khi ngủ hay vặn mình, đổ mồ hôi, nhiều người bảo là do thiếu canxi.' },
  { kind: 'bad:number', file: 'nov17', at: 'Con tôi', edits: [['6 tháng tuổi', '16 tháng tuổi']] },

  // nov18: Andre Agassi on Federer and Nadal
  { kind: 'ok:merge', file: 'nov18', draft: 'Andre Agassi, cựu tay vợt có 8 danh hiệu Grand Slam, cho rằng không thể coi Federer là tay vợt hay nhất lịch sử vì thành tích đối đầu kém Nadal.' },
  { kind: 'bad:name', file: 'nov18', at: 'Cựu tay vợt', edits: [['Roger Federer', 'Rafael Nadal'], ['kém Rafael Nadal', 'kém Roger Federer']] },
  { kind: 'bad:negation', file: 'nov18', draft: 'Andre Agassi cho rằng hoàn toàn có thể xem Federer là tay vợt hay nhất lịch sử.' },
  { kind: 'bad:quote', file: 'nov18', draft: 'Andre Agassi: ‘Federer chưa bao giờ là tay vợt vĩ đại nhất’.' },

  // nov19: Hương Lan, over 60, on her family
  { kind: 'ok:number-words', file: 'nov19', draft: 'Ở tuổi ngoài sáu mươi, danh ca Hương Lan hạnh phúc khi chăm sóc gia đình và được người thân ủng hộ theo đuổi đam mê ca hát.' },
  { kind: 'bad:quote', file: 'nov19', at: 'Hương Lan:', edits: [["'Chồng con là điểm tựa", "'Khán giả là điểm tựa"]] },
  { kind: 'bad:name', file: 'nov19', draft: "Danh ca Thanh Tuyền: 'Chồng con là điểm tựa vững chắc của tôi'." },

  // nov20: Trump on Asia's red carpet
  { kind: 'ok:quote-marks', file: 'nov20', draft: 'Tổng thống Mỹ Trump tự hào nói các quốc gia châu Á đã “trải thảm đỏ tiếp đón theo cách mà có lẽ chưa ai từng thấy”.' },
  { kind: 'bad:quote', file: 'nov20', at: 'Tổng thống Mỹ tự hào', edits: [['có lẽ chưa ai từng thấy', 'chưa nước nào từng làm']] },

  // nov21: Italy out of the 2018 World Cup, Buffon's tears
  { kind: 'ok:foreign-name', file: 'nov21', draft: 'Đội tuyển Ý không được dự World Cup 2018, để lại hình ảnh giọt nước mắt của thủ thành Gianluigi Buffon.' },
  { kind: 'ok:paraphrase', file: 'nov21', draft: 'Cánh cửa đến World Cup năm 2018 đã đóng lại với Italy; hình ảnh ám ảnh nhất với các tifosi có lẽ là giọt nước mắt của thủ thành Buffon.' },
  { kind: 'bad:date', file: 'nov21', at: 'Cánh cửa', edits: [['World Cup 2018', 'World Cup 2022']] },
  { kind: 'bad:name', file: 'nov21', at: 'Cánh cửa', edits: [['Gianluigi Buffon', 'Gianluigi Donnarumma']] },
  { kind: 'bad:negation', file: 'nov21', at: 'Italy không dự', edits: [['Italy không dự', 'Italy vẫn dự']] },

  // nov22: Vĩnh Phúc's Secretary and Chairman asked to self-criticise
  { kind: 'ok:merge', file: 'nov22', draft: 'Bí thư và Chủ tịch tỉnh Vĩnh Phúc bị yêu cầu kiểm điểm; lãnh đạo chủ chốt của tỉnh qua 2 nhiệm kỳ đã có nhiều vi phạm, khuyết điểm.' },
  { kind: 'bad:number', file: 'nov22', at: 'Lãnh đạo chủ chốt', edits: [['hai nhiệm kỳ', 'ba nhiệm kỳ']] },

  // nov23: Venezuela defaults
  { kind: 'ok:merge', file: 'nov23', draft: 'Venezuela, quốc gia Nam Mỹ, đã vỡ nợ khi lỡ một hạn chót trả nợ và có thể sớm phải đối mặt với nhiều hậu quả nghiêm trọng.' },
  { kind: 'bad:place', file: 'nov23', draft: 'Venezuela, quốc gia Trung Mỹ, vừa lỡ một hạn chót trả nợ.' },
  { kind: 'bad:negation', file: 'nov23', draft: 'Venezuela chưa vỡ nợ dù vừa lỡ một hạn chót trả nợ.' },

  // nov24: Dương Hoàng Yến and Hà Anh sing on Nguyễn Huệ walking street
  { kind: 'ok:merge', file: 'nov24', draft: 'Đôi tình nhân Dương Hoàng Yến và Hà Anh mặc trang phục màu vàng song ca trên phố đi bộ Nguyễn Huệ.' },
  { kind: 'bad:place', file: 'nov24', at: 'Dương Hoàng Yến', edits: [['Nguyễn Huệ', 'Bùi Viện']] },
  { kind: 'bad:name', file: 'nov24', at: 'Dương Hoàng Yến', edits: [['Hà Anh', 'Hà Anh Tuấn']] },
];
