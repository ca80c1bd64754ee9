/**
 * Common two- and three-syllable Vietnamese words of news and Party-meeting language. Vietnamese
 * writes a space between the syllables of one word, so a line breaker that only looks at spaces
 * would cut "giai | đoạn" or "đảng | viên"; a subtitle or slide line must never break inside these.
 * Written by the team from the vocabulary of bulletins; the syllable pairs that contain a function
 * word ("đối với", "theo dõi", "cho biết") matter most, as a breaker otherwise likes to cut at them.
 */
const COMPOUNDS = `
an ninh|an sinh|an toàn|ảnh hưởng|ban hành|ban chấp hành|báo cáo|báo động|bảo đảm|bảo hiểm|bảo vệ|bảo tồn|bất động sản
bầu cử|bệnh viện|biên giới|biện pháp|biểu quyết|bình đẳng|bình quân|bồi thường|bộ trưởng|bộ đội|bổ nhiệm|bổ sung|bởi vì
cải cách|cán bộ|cảnh báo|cảnh sát|cao điểm|cấp bách|cấp cứu|cần thiết|câu chuyện|cầu nối|chấp hành|chất lượng|chỉ đạo
chỉ số|chỉ tiêu|chiến dịch|chiến lược|chiến tranh|chính phủ|chính quyền|chính sách|chính trị|chính thức|cho biết|cho phép
cho rằng|cho thuê|chủ động|chủ nghĩa|chủ tịch|chủ trì|chủ trương|chứ không|chức năng|chức vụ|chứng cứ|chứng khoán|chương trình
chuyên đề|chuyển đổi|chuyển giao|có thể|công an|công bố|công chức|công điện|công dân|công khai|công nghệ|công nghiệp|công tác
công trình|công ty|công việc|cộng đồng|cộng hòa|cơ bản|cơ chế|cơ hội|cơ quan|cơ sở|cử tri|cùng với|cụ thể|của cải|cứu hộ|cứu nạn
dân chủ|dân cư|dân số|dân tộc|dẫn đến|dịch bệnh|dịch vụ|diễn biến|diễn đàn|diễn ra|doanh nghiệp|doanh thu|dự án|dự báo|dự kiến
dự thảo|dự toán|đa dạng|đại biểu|đại diện|đại hội|đại sứ|đảng bộ|đảng viên|đánh giá|đào tạo|đầu tư|đấu tranh|đề án|đề nghị
đề xuất|điều chỉnh|điều hành|điều kiện|điều tra|điều trị|đình chỉ|định hướng|đoàn kết|đoàn thể|đô thị|đối ngoại|đối tác
đối tượng|đối với|đồng bào|đồng bằng|đồng chí|đồng thời|đồng ý|đơn vị|đột phá|đường dây|đường bộ|đường sắt|được biết|gia đình
gia tăng|giá trị|giai đoạn|giải pháp|giải quyết|giải thể|giám đốc|giám sát|giáo dục|giao thông|giấy phép|giới thiệu|gìn giữ
hạ tầng|hải quan|hạn chế|hành chính|hành động|hành vi|hiệp định|hiện đại|hiện nay|hiện trường|hiệu quả|hình sự|hình thức
hoạt động|hoàn thành|hoàn thiện|học sinh|hội đồng|hội nghị|hội nhập|hội thảo|hỗ trợ|hợp tác|hợp đồng|hướng dẫn|huy động
kế hoạch|kể từ|kết hợp|kết luận|kết quả|khả năng|khắc phục|khai thác|khẩn cấp|khẩn trương|khám phá|khách hàng|khen thưởng
khiếu nại|khó khăn|khoa học|khởi công|khởi tố|không gian|không chỉ|khu vực|kiểm sát|kiểm sát viên|kiểm soát|kiểm tra|kiến nghị
kinh doanh|kinh nghiệm|kinh tế|kỷ luật|kỷ niệm|kỳ họp|lãnh đạo|lãnh thổ|lao động|lễ hội|liên quan|liên hợp quốc|lợi ích|lực lượng
lý do|lý luận|mặt trận|môi trường|mục tiêu|nâng cao|năng lực|năng lượng|ngân hàng|ngân sách|ngập úng|nghị định|nghị quyết
nghĩa vụ|nghiêm trọng|nghiêm túc|nghiên cứu|ngoại giao|ngoại trưởng|người dân|nguy cơ|nguyên nhân|nhà nước|nhà ở|nhân dân
nhân dịp|nhân lực|nhân viên|nhấn mạnh|nhiệm kỳ|nhiệm vụ|nông dân|nông nghiệp|nông thôn|nội dung|nội vụ|phạm vi|phạm tội|phát biểu
phát hiện|phát huy|phát triển|pháp luật|pháp lý|phiên tòa|phòng chống|phòng ngừa|phối hợp|phục hồi|phục vụ|phương án|phương tiện
quá trình|quan hệ|quan điểm|quan tâm|quan trọng|quản lý|quân đội|quân sự|quốc gia|quốc hội|quốc phòng|quốc tế|quy định|quy hoạch
quy mô|quy trình|quyết định|quyền lợi|sản phẩm|sản xuất|sạt lở|sau đó|sinh hoạt|sinh nhật|sở hữu|sử dụng|sức khỏe|tác động
tai nạn|tài chính|tài khoản|tài liệu|tài nguyên|tài sản|tăng cường|tăng trưởng|tạm giam|tạm giữ|tập thể|tập trung|thẩm phán
thẩm quyền|thẩm tra|tham dự|tham gia|tham mưu|tham nhũng|tham ô|thanh niên|thanh tra|thành phố|thành viên|thành tích|thảo luận
thế giới|theo dõi|theo đó|thi hành|thiên tai|thiết bị|thống nhất|thông qua|thông tin|thời gian|thời hạn|thời kỳ|thủ đoạn|thủ tục
thủ tướng|thực hiện|thực tế|thực tiễn|thương mại|tiêu cực|tiêu chí|tiếp nhận|tiếp tục|tiếp xúc|tiềm năng|tình hình|tình trạng
tổ chức|tổ quốc|tòa án|toàn diện|toàn quốc|tội phạm|tổng bí thư|tổng thư ký|tổng kết|tranh chấp|trách nhiệm|trật tự|triển khai
triển lãm|triệu tập|trong đó|trong khi|trong vòng|trung ương|trụ sở|truy tố|truy nã|truyền thông|truyền thống|tư pháp|tư tưởng
từ đó|tuyên truyền|tuyên bố|ủy ban|ủy viên|ứng phó|ứng dụng|văn bản|văn hóa|văn phòng|vận động|vận tải|vi phạm|viện kiểm sát
việc làm|vụ án|vụ việc|vùng sâu|vững chắc|xã hội|xây dựng|xét xử|xử lý|xuất khẩu|nhập khẩu|xuất sắc|yêu cầu|ý kiến
bị can|bị cáo|bị hại|bị đơn|nguyên đơn|trước đó|trước đây|còn lại|để lại|như vậy|do đó|nêu trên|gọi là|ngoài ra|tuy nhiên
vì vậy|bên cạnh|hiện hành|trực tiếp|trực tuyến|lừa đảo|chiếm đoạt|ma túy|buôn lậu|hàng giả|gian lận|thương hiệu|tín dụng
hình phạt|tù giam|án treo|tử hình|chung thân|cải tạo|tạm đình chỉ|giám định|khám xét|bắt giữ|tang vật|nạn nhân|mực nước|vườn cây
ăn trái|bờ bao|triều cường|mưa lớn|nội ô|hộ nghèo|cận nghèo|mệnh giá|y tế|đầu tư công|an sinh xã hội|biến đổi khí hậu|khí hậu
hội nghị trung ương|bộ chính trị|ban bí thư|chi bộ|cấp ủy|bí thư|phó bí thư|thường vụ|thường trực|chủ nhiệm|phó chủ tịch
viện trưởng|phó viện trưởng|kiểm sát viên|thư ký|điều tra viên|chánh án|luật sư|ngoại trưởng|tổng thống|thủ tướng|hợp quốc
liên minh|châu âu|đông nam á|hòa bình|an ninh quốc phòng|toàn cầu|cam kết|thỏa thuận|đàm phán|hội đàm|tiếp kiến|hữu nghị
mở đầu|kết thúc|tiếp theo|cuối cùng|trước hết|điểm tin|thời sự|tin tức|nổi bật|song phương|đa phương|viện trợ|nhân đạo|xung đột|ngừng bắn|bầu cử|lạm phát|lãi suất|tỷ giá|thị trường|giá vàng
khẳng định|phức tạp|ổn định|vĩ mô|tích cực|tàu thuyền|biển đông|điện gió|ngoài khơi|ghi nhớ|bản ghi nhớ|tính toán|dữ liệu
tiếp cận|suy yếu|xem xét|cảnh cáo|khiển trách|cách chức|thúc đẩy|mở rộng|nâng cấp|cải thiện|đảm bảo|chấp thuận|phê duyệt
phê chuẩn|ký kết|trao đổi|chia sẻ|cảm ơn|chúc mừng|lắng nghe|chú ý|trân trọng|kính chúc|dồi dào|hạnh phúc|kính thưa
sự kiện|giả định|chạy thử|bản tin|người đọc|ứng xử|vượt qua|đi qua|đi vào|sắp tới|vừa qua|tuần qua|hôm nay|hôm qua
sáng nay|chiều nay|tối nay|năm nay|tháng này|tuần này|cụ thể|rõ ràng|kịp thời|nhanh chóng|chặt chẽ|nghiêm minh|đúng đắn
bền vững|tăng lên|giảm xuống|khoảng cách|tổng số|số lượng|tỷ lệ|phần trăm|đồng bộ|toàn bộ|một phần|một số|nhiều nơi
thông tin điện tử|cộng sản|chứng kiến|cáo trạng|mặt bằng|giải phóng mặt bằng|văn kiện|sau khi|trước khi|cao nhất|tiền ảo
trọng tâm|sơ kết|tội danh|giám đốc thẩm|tái thẩm|dân sự|bản án|kháng nghị|quyền sử dụng đất|sử dụng đất|bình quân|chỉ số giá
tiêu dùng|kim ngạch|xuất siêu|cùng kỳ|thường kỳ|phiên họp|tăng trưởng|bế mạc|khai mạc|bối cảnh|cân đối|tháo gỡ|giải ngân
đẩy nhanh|phấn đấu|địa bàn|địa phương|dự toán|tiến độ|thi công|cao tốc|đường cao tốc|chủ đầu tư|nhà thầu|khí tượng|thủy văn
sức gió|đổ bộ|vùng núi|phía bắc|phía nam|đông bắc|tây nam|trí tuệ nhân tạo|trí tuệ|nhân tạo|khuôn khổ|quyền con người
con người|chuẩn mực|phát thải|thích ứng|huy động|dẫn đầu|rạng sáng|giờ địa phương|tầm nhìn|rà soát|đi kèm|đảm nhiệm|vai trò
trưởng đoàn|đoàn công tác|phó chủ tịch|hội đàm|bảo hiểm y tế|an toàn giao thông|hiệu lực|xử phạt|sửa đổi|nghị định|ban thường vụ
đảng ủy|dấu hiệu|cấp có thẩm quyền|chiếm đoạt tài sản|lừa đảo chiếm đoạt|bộ luật|hình sự|tài khoản|số dư|can thiệp|hệ thống
tỷ đồng|triệu đồng|nghìn tỷ|tỷ usd|triệu usd|lần thứ|trưởng đoàn|đường cao tốc|
cơ quan điều tra|viện kiểm sát nhân dân|tòa án nhân dân|ủy ban nhân dân|hội đồng nhân dân|mặt trận tổ quốc|công an nhân dân
`;

const PAIRS: ReadonlySet<string> = buildPairs(COMPOUNDS);

function buildPairs(table: string): Set<string> {
  const pairs = new Set<string>();
  for (const word of table.split(/[|\n]/u)) {
    const syllables = word.trim().split(/\s+/u).filter(Boolean);
    for (let i = 1; i < syllables.length; i += 1) pairs.add(`${syllables[i - 1]} ${syllables[i]}`);
  }
  return pairs;
}

/** A syllable as looked up: lower case, without the punctuation that may cling to it. */
export function bareSyllable(token: string): string {
  return token.toLocaleLowerCase('vi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * True when the space between `left` and `right` lies inside one of the table's words. A left
 * token ending in punctuation ("xã hội, | kinh tế") closes its word, so the space is free.
 */
export function joinsCompound(left: string, right: string): boolean {
  if (/[^\p{L}\p{N}]$/u.test(left)) return false;
  return PAIRS.has(`${bareSyllable(left)} ${bareSyllable(right)}`);
}
