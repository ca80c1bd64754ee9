/**
 * Lines that belong to the page around an article, not to the article: portal widget titles
 * ("Xuất bản thông tin", "Chi tiết bài viết VKS_…" on the procuracy's Liferay sites, where an
 * empty category prints as "null"), menus, share and print buttons, view counters, captions.
 */
const CHROME_LINE: RegExp[] = [
  /^xuất bản thông tin$/i,
  /^chi tiết bài viết\b/i,
  /^null\b/i,
  /^(trang chủ|home)(\s*[>»/|›].*)?$/i,
  /^(in bài|bản in|in trang|gửi email|gửi bài|chia sẻ|share|lưu bài|bình luận|ý kiến bạn đọc|đánh giá bài viết|cỡ chữ|font size|a\+|a-|quay lại|về đầu trang|lên đầu trang|facebook|twitter|zalo|email|print|tweet|like)\b.{0,30}$/i,
  /^(lượt xem|số lượt xem|lượt đọc|views?)\s*[:：]?\s*[\d.,]*$/i,
  /^(tags?|từ khóa|từ khoá|chủ đề)\s*[:：]/i,
  /^\(?(ảnh|hình|video|clip|nguồn ảnh)\s*(minh họa|minh hoạ)?\s*[:：)]/i,
  /^\(?ảnh minh h[ọo]a\)?\.?$/i,
  /^(tác giả|người viết|biên tập|phóng viên)\s*[:：]/i,
  /^(cập nhật|ngày đăng|đăng ngày|ngày cập nhật|thời gian đăng|ngày xuất bản)\s*[:：]?/i,
  /^[\d\s/:.,-]*(sa|ch|am|pm|gmt\+?7?)?$/i,
  /^(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*\d{1,2}\/\d{1,2}\/\d{2,4}.*$/i,
  /^©|bản quyền thuộc về|^copyright\b/i,
  /^(đăng nhập|đăng ký|tìm kiếm|liên hệ|giới thiệu|sơ đồ trang|sitemap|english|rss)$/i,
];

/** A heading that opens a sidebar or a list of other articles: everything after it on the page is chrome. */
const SIDEBAR_HEADING = /^(tin mới|tin mới nhất|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|bài viết liên quan|bài liên quan|tin đọc nhiều|đọc nhiều nhất|xem nhiều nhất|tin nổi bật|tin bài khác|các bài viết khác|xem thêm|đọc thêm|có thể bạn quan tâm|bài viết khác)\s*[:：]?$/i;

export function isChromeLine(line: string): boolean {
  const text = line.trim();
  return CHROME_LINE.some((pattern) => pattern.test(text));
}

export function isSidebarHeading(line: string): boolean {
  return SIDEBAR_HEADING.test(line.trim());
}

/** A date stated on its own line: "12/03/2026 08:15", "Thứ Năm, 12/03/2026", "Ngày đăng: 12/03/2026". */
export function dateOfLine(line: string): string | null {
  const text = line.trim();
  if (text.split(/\s+/).length > 12) return null;
  const numeric = /\b(\d{1,2}\/\d{1,2}\/\d{4})\b/.exec(text);
  if (numeric) return numeric[1]!;
  const written = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i.exec(text);
  return written ? written[0] : null;
}
