/**
 * The province of the Workers test: five feeds, three cells sharing some of them, one more cell
 * whose voice (espeak) cannot run on Workers. Pure data, read by the Node servers and the Worker tests.
 */
export interface FixtureFeed {
  id: string;
  name: string;
  section: 'tinh' | 'trong-nuoc' | 'nganh';
  stories: Array<{ slug: string; title: string; sentences: string[] }>;
}

export const FIXTURE_FEEDS: FixtureFeed[] = [
  {
    id: 'chung-tinh',
    name: 'Báo Đồng Tháp',
    section: 'tinh',
    stories: [
      { slug: 'lua-thu-dong', title: 'Nông dân Tháp Mười thu hoạch lúa thu đông được mùa', sentences: ['Nông dân huyện Tháp Mười đang thu hoạch lúa thu đông.', 'Năng suất năm nay cao hơn vụ trước nhờ thời tiết thuận lợi.', 'Thương lái thu mua tại ruộng với giá ổn định.'] },
      { slug: 'cau-cao-lanh', title: 'Khởi công cầu bắc qua sông Tiền ở Cao Lãnh', sentences: ['Tỉnh Đồng Tháp khởi công cây cầu mới bắc qua sông Tiền.', 'Công trình giúp người dân hai bờ đi lại thuận tiện hơn.', 'Nhà thầu cam kết bảo đảm an toàn giao thông đường thủy.'] },
    ],
  },
  {
    id: 'chung-nganh',
    name: 'Báo Bảo vệ pháp luật',
    section: 'nganh',
    stories: [
      { slug: 'kiem-sat-tu-phap', title: 'Viện kiểm sát tăng cường kiểm sát hoạt động tư pháp', sentences: ['Ngành kiểm sát triển khai đợt kiểm sát hoạt động tư pháp.', 'Các đơn vị được yêu cầu nâng cao chất lượng tranh tụng.', 'Kết quả sẽ được tổng hợp báo cáo cấp trên.'] },
      { slug: 'tap-huan-ky-nang', title: 'Tập huấn kỹ năng xét hỏi tại phiên tòa cho kiểm sát viên', sentences: ['Lớp tập huấn kỹ năng xét hỏi được tổ chức cho kiểm sát viên.', 'Học viên thực hành theo các tình huống phiên tòa giả định.', 'Giảng viên là các kiểm sát viên nhiều kinh nghiệm.'] },
    ],
  },
  ...(['mot', 'hai', 'ba'] as const).map((n, index) => ({
    id: `rieng-${n}`,
    name: ['Báo Nhân Dân', 'Báo Tuổi Trẻ', 'Báo Thanh Niên'][index]!,
    section: 'trong-nuoc' as const,
    stories: [
      { slug: `kinh-te-${n}`, title: ['Quốc hội thảo luận dự án luật đất đai sửa đổi', 'Xuất khẩu thủy sản phục hồi mạnh cuối năm', 'Sinh viên nghiên cứu robot hỗ trợ nông nghiệp'][index]!, sentences: [['Quốc hội thảo luận về dự án luật đất đai sửa đổi.', 'Nhiều đại biểu góp ý về cơ chế bồi thường.'], ['Xuất khẩu thủy sản phục hồi mạnh trong những tháng cuối năm.', 'Doanh nghiệp đẩy mạnh tìm kiếm thị trường mới.'], ['Nhóm sinh viên chế tạo robot hỗ trợ nông dân.', 'Sản phẩm được thử nghiệm trên cánh đồng mẫu.']][index]! },
      { slug: `xa-hoi-${n}`, title: ['Hà Nội mở thêm tuyến xe buýt điện nội đô', 'Miền Trung khắc phục hậu quả mưa lũ', 'Ngành y tế triển khai sổ sức khỏe điện tử'][index]!, sentences: [['Thành phố Hà Nội đưa vào khai thác tuyến xe buýt điện mới.', 'Người dân phản hồi tích cực về chất lượng dịch vụ.'], ['Các tỉnh miền Trung khẩn trương khắc phục hậu quả mưa lũ.', 'Lực lượng chức năng hỗ trợ người dân dọn dẹp nhà cửa.'], ['Ngành y tế triển khai sổ sức khỏe điện tử cho người dân.', 'Người bệnh có thể tra cứu kết quả khám trên điện thoại.']][index]! },
    ],
  })),
];

/**
 * A feed only vks-cl selected in D1, which its editor then turns off on the web page (Nguồn tin):
 * no bulletin may fetch it. Kept out of FIXTURE_FEEDS, whose every story is expected in some bulletin.
 */
export const DISABLED_ON_WEB_FEED: FixtureFeed = {
  id: 'rieng-bon',
  name: 'Báo Pháp luật',
  section: 'trong-nuoc',
  stories: [{ slug: 'tin-da-tat', title: 'Tin của nguồn đã tắt không được vào bản tin', sentences: ['Nguồn tin này đã bị tắt trên trang Nguồn tin.', 'Không bản tin nào được lấy tin từ nguồn này.'] }],
};

export interface FixtureCell {
  id: string;
  name: string;
  voice: string;
  feeds: string[];
}

export const FIXTURE_CELLS: FixtureCell[] = [
  { id: 'vks-vp', name: 'Chi bộ Văn phòng', voice: 'vi-VN-HoaiMyNeural', feeds: ['chung-tinh', 'chung-nganh', 'rieng-mot'] },
  { id: 'vks-p1', name: 'Chi bộ Phòng 1', voice: 'vi-VN-HoaiMyNeural', feeds: ['chung-tinh', 'chung-nganh', 'rieng-hai'] },
  { id: 'vks-cl', name: 'Chi bộ Viện kiểm sát thành phố Cao Lãnh', voice: 'vi-VN-NamMinhNeural', feeds: ['chung-tinh', 'rieng-ba'] },
];

/** A cell that chose the offline espeak voice: its bulletin must fail with a clear message, and cost nothing extra. */
export const ESPEAK_CELL: FixtureCell = { id: 'vks-espeak', name: 'Chi bộ Phòng 2', voice: 'vi-vn-x-south', feeds: ['chung-tinh'] };

/** The tick: Friday 08:00 in Vietnam (01:00 UTC); stories were published two days before. */
export const TICK = '2026-11-27T01:00:00.000Z';
export const PUBLISHED = 'Wed, 25 Nov 2026 02:00:00 GMT';
export const SCHEDULE = { weekday: 5, hour: 8 };
