import { RelevanceSchema, type Relevance, type RelevanceInput } from '../../domain/catalog.ts';

/**
 * What a section keeps out when the catalog says nothing: entertainment, sport, advertorials and
 * test items in every section, and foreign news that does not concern Việt Nam in "hoạt động đối
 * ngoại". Words were chosen on real feeds (`npm run bench:group`) to miss real news: "tài trợ" alone
 * would drop ODA news, "ưu đãi" tax incentives, "phim" or "đạo diễn" a documentary. feeds/catalog.json carries the
 * same rules, for keepers to edit.
 */
export const DEFAULT_RELEVANCE_INPUT = {
  all: {
    exclude: [
      {
        reason: 'giải trí',
        words: ['showbiz', 'series', 'anime', 'bom tấn', 'phòng vé', 'phim truyền hình', 'phim điện ảnh', 'trailer', 'ca sĩ', 'diễn viên', 'người đẹp', 'hoa hậu', 'á hậu', 'người mẫu', 'giọng ca', 'danh ca', 'gameshow', 'liveshow', 'k pop', 'đố bạn', 'thử tài'],
        categories: ['Giải trí', 'Showbiz', 'Sao', 'Điện ảnh', 'Âm nhạc', 'Phim', 'Thời trang', 'Làm đẹp', 'Game'],
        links: ['giaitri.', '/giai-tri/', '/giaitri/', '/showbiz/', '/sao/', '/dien-anh/', '/am-nhac/', '/trac-nghiem/', '/game/'],
      },
      {
        reason: 'thể thao',
        words: ['bóng đá', 'ghi bàn', 'bàn thắng', 'vòng bảng', 'hiệp một', 'thủ môn', 'tiền đạo', 'hlv', 'asean cup', 'v league', 'ngoại hạng anh', 'champions league', 'world cup', 'sea games', 'pickleball', 'quần vợt', 'tay vợt', 'grand slam', 'bóng chuyền'],
        categories: ['Thể thao', 'Bóng đá', 'Tennis'],
        links: ['thethao.', '/the-thao/', '/thethao/', '/bong-da/'],
      },
      {
        reason: 'quảng cáo',
        words: ['bài pr', 'tin pr', 'nội dung tài trợ', 'bài tài trợ', 'tin tài trợ', 'được tài trợ bởi', 'thông tin quảng cáo', 'mở bán', 'giỏ hàng', 'căn hộ mẫu', 'nhà mẫu', 'compound', 'tiện ích nội khu', 'nhiều tiện ích', 'sở hữu ngay', 'giá chỉ từ', 'chiết khấu', 'sản phẩm được đặt mua', 'lễ công bố dự án', 'lễ ra mắt dự án'],
        links: ['/bat-dong-san/', '/du-hoc/', '/thong-tin-doanh-nghiep/', '/tai-tro/'],
      },
      {
        reason: 'bài thử nghiệm',
        words: ['bài test', 'tin test', 'test tin', 'bài viết thử', 'tin thử nghiệm', 'lorem ipsum'],
        links: ['/test-folder/', '/test/', '://test.', '/thu-nghiem/'],
      },
    ],
  },
  'doi-ngoai': {
    include: [
      {
        reason: 'hoạt động đối ngoại của Việt Nam',
        words: ['việt nam', 'đối ngoại', 'ngoại giao', 'đại sứ', 'hội đàm', 'hội kiến', 'điện đàm', 'chuyến thăm', 'thăm chính thức', 'song phương', 'hợp tác', 'quan hệ', 'đoàn đại biểu', 'asean', 'liên hợp quốc'],
      },
    ],
  },
} satisfies RelevanceInput;

export const DEFAULT_RELEVANCE: Relevance = RelevanceSchema.parse(DEFAULT_RELEVANCE_INPUT);
