/** A real province or city next to each one, for a place put in the wrong province. */
const NEIGHBOURS: Record<string, string> = {
  'Đồng Tháp': 'An Giang', 'An Giang': 'Đồng Tháp', 'Tiền Giang': 'Bến Tre', 'Bến Tre': 'Tiền Giang', 'Long An': 'Tiền Giang',
  'Vĩnh Long': 'Trà Vinh', 'Trà Vinh': 'Bến Tre', 'Cần Thơ': 'Vĩnh Long', 'Hậu Giang': 'Cần Thơ', 'Kiên Giang': 'An Giang',
  'Sóc Trăng': 'Bạc Liêu', 'Bạc Liêu': 'Sóc Trăng', 'Cà Mau': 'Bạc Liêu', 'Hồ Chí Minh': 'Bình Dương', 'HCM': 'Bình Dương',
  'Bình Dương': 'Đồng Nai', 'Đồng Nai': 'Bình Dương', 'Tây Ninh': 'Bình Phước', 'Bình Phước': 'Tây Ninh', 'Lâm Đồng': 'Đắk Nông',
  'Đắk Nông': 'Lâm Đồng', 'Đắk Lắk': 'Gia Lai', 'Gia Lai': 'Kon Tum', 'Kon Tum': 'Gia Lai', 'Khánh Hòa': 'Phú Yên',
  'Phú Yên': 'Khánh Hòa', 'Bình Định': 'Quảng Ngãi', 'Quảng Ngãi': 'Bình Định', 'Quảng Nam': 'Đà Nẵng', 'Đà Nẵng': 'Quảng Nam',
  'Thừa Thiên Huế': 'Quảng Trị', 'Huế': 'Quảng Trị', 'Quảng Trị': 'Quảng Bình', 'Quảng Bình': 'Quảng Trị', 'Hà Tĩnh': 'Nghệ An',
  'Nghệ An': 'Hà Tĩnh', 'Thanh Hóa': 'Ninh Bình', 'Ninh Bình': 'Nam Định', 'Nam Định': 'Thái Bình', 'Thái Bình': 'Nam Định',
  'Hà Nội': 'Hưng Yên', 'Hưng Yên': 'Hải Dương', 'Hải Dương': 'Hưng Yên', 'Hải Phòng': 'Quảng Ninh', 'Quảng Ninh': 'Hải Phòng',
  'Bắc Ninh': 'Bắc Giang', 'Bắc Giang': 'Bắc Ninh', 'Lạng Sơn': 'Cao Bằng', 'Cao Bằng': 'Lạng Sơn', 'Hà Giang': 'Tuyên Quang',
  'Tuyên Quang': 'Hà Giang', 'Lào Cai': 'Yên Bái', 'Yên Bái': 'Lào Cai', 'Sơn La': 'Điện Biên', 'Điện Biên': 'Lai Châu',
  'Lai Châu': 'Điện Biên', 'Phú Thọ': 'Vĩnh Phúc', 'Vĩnh Phúc': 'Phú Thọ', 'Thái Nguyên': 'Bắc Kạn', 'Bắc Kạn': 'Thái Nguyên',
  'Hòa Bình': 'Sơn La', 'Ninh Thuận': 'Bình Thuận', 'Bình Thuận': 'Ninh Thuận', 'Hà Nam': 'Nam Định', 'Bà Rịa': 'Đồng Nai',
};

export function neighbourOf(province: string): string | undefined {
  return NEIGHBOURS[province];
}
