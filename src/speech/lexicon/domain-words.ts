/**
 * Vietnamese words as they appear, without tones, in the domain names and e-mail addresses of
 * Vietnamese news sites, ministries and provinces ("dichvucong" → "dịch vụ công", "baodongthap" →
 * "báo đồng tháp"). Each phrase is matched by its toneless form; longer phrases win, so "bo cong an"
 * is "bộ công an" while "cong an" alone is "công an". A syllable found in no phrase is read toneless.
 */
export const DOMAIN_WORDS: readonly string[] = [
  // News sites and press words
  'báo', 'tin', 'tin tức', 'thời sự', 'điện tử', 'thông tấn', 'truyền hình', 'phát thanh', 'tạp chí', 'tòa soạn', 'bạn đọc',
  'thanh niên', 'tuổi trẻ', 'dân trí', 'nhân dân', 'lao động', 'người lao động', 'tiền phong', 'pháp luật', 'quân đội nhân dân',
  'quân đội', 'công an', 'công an nhân dân', 'đại đoàn kết', 'sài gòn', 'giải phóng', 'hà nội mới', 'kinh tế', 'đô thị',
  'đầu tư', 'tài chính', 'đời sống', 'sức khỏe', 'giáo dục', 'thời đại', 'việt nam', 'nét', 'mới', 'ngày nay', 'nông nghiệp',
  'môi trường', 'văn hóa', 'thể thao', 'du lịch', 'phụ nữ', 'nhi đồng', 'cựu chiến binh', 'biên phòng', 'hải quan', 'xây dựng',
  'pháp lý', 'kiểm sát', 'tòa án', 'chính phủ', 'quốc hội', 'mặt trận', 'tổ quốc', 'đảng', 'đảng cộng sản', 'cộng sản',
  'tuyên giáo', 'dân vận', 'nội chính', 'kiểm tra', 'xây dựng đảng', 'tạp chí cộng sản', 'công lý', 'bảo vệ pháp luật',
  'thư viện pháp luật', 'xây dựng chính sách', 'viện kiểm sát', 'tư pháp', 'sở tư pháp', 'công thương', 'thanh tra', 'nội vụ',
  // Public services
  'dịch vụ công', 'dịch vụ', 'cổng thông tin', 'thông tin', 'cổng', 'hỗ trợ', 'liên hệ', 'góp ý', 'phản ánh', 'kiến nghị',
  'đường dây nóng', 'bộ', 'bộ công an', 'bộ tư pháp', 'bộ y tế', 'bộ tài chính', 'bộ quốc phòng', 'bộ ngoại giao', 'bộ nội vụ',
  'thuế', 'tổng cục thuế', 'bảo hiểm', 'bảo hiểm xã hội', 'xã hội', 'ngân hàng', 'kho bạc', 'thanh tra', 'văn phòng', 'sở', 'tỉnh ủy',
  'ủy ban', 'hành chính', 'một cửa', 'tra cứu', 'đăng ký', 'giao thông', 'cảnh sát', 'cảnh sát giao thông', 'phạt nguội',
  // Provinces and cities
  'đồng tháp', 'cao lãnh', 'sa đéc', 'hồng ngự', 'tiền giang', 'mỹ tho', 'cần thơ', 'an giang', 'vĩnh long', 'bến tre', 'trà vinh',
  'sóc trăng', 'hậu giang', 'bạc liêu', 'cà mau', 'kiên giang', 'long an', 'tây ninh', 'bình dương', 'đồng nai', 'hà nội',
  'hồ chí minh', 'đà nẵng', 'hải phòng', 'huế', 'quảng ninh', 'nghệ an', 'thanh hóa', 'khánh hòa', 'lâm đồng', 'gia lai',
  'đắk lắk', 'quảng ngãi', 'quảng trị', 'hà tĩnh', 'ninh bình', 'hưng yên', 'bắc ninh', 'phú thọ', 'thái nguyên', 'lào cai',
  'tuyên quang', 'cao bằng', 'lạng sơn', 'điện biên', 'lai châu', 'sơn la',
];
