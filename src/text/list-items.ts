/**
 * Items of a list read as if they were statements. A directive's tasks ("Chính phủ yêu cầu: …",
 * "Theo đó, các bộ …. Có biện pháp xử lý …. Phát huy vai trò …") open on a verb with no one to do
 * it; heard alone, the listener does not know who must act. A sentence after a colon or ending on
 * ";" is one piece of an enumeration.
 */

/** Verbs that open a task in a directive or a programme; as a sentence's first words they have no subject. */
const TASK_OPENERS = [
  'Có biện pháp', 'Có giải pháp', 'Có kế hoạch', 'Phát huy', 'Chủ động', 'Nghiên cứu', 'Tăng cường', 'Đẩy mạnh', 'Nâng cao', 'Hoàn thiện', 'Tiếp tục',
  'Kiên quyết', 'Khẩn trương', 'Rà soát', 'Triển khai', 'Tập trung', 'Bảo đảm', 'Đảm bảo', 'Phối hợp', 'Quán triệt', 'Ưu tiên', 'Huy động',
  'Đổi mới', 'Củng cố', 'Kịp thời', 'Thường xuyên', 'Nghiêm túc', 'Sớm', 'Chỉ đạo', 'Hướng dẫn', 'Đôn đốc', 'Tổ chức thực hiện', 'Tổ chức triển khai',
  'Xây dựng và', 'Thực hiện tốt', 'Thực hiện nghiêm', 'Đề xuất', 'Khắc phục', 'Xử lý nghiêm', 'Làm tốt', 'Phát động', 'Chấn chỉnh', 'Nắm chắc',
];
const TASK = new RegExp(`^(?:${TASK_OPENERS.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/**
 * "… tập trung vào các nhiệm vụ:", "… gồm:", "… như sau:": what follows is one item of several. Not
 * "Nội dung bài viết nêu:", after which the article's own news comes.
 */
const ANNOUNCES_LIST = /(?:(?<![\p{L}])(?:gồm|bao gồm|sau|như|là)|(?<![\p{L}])(?:các|những)(?:\s+[\p{Ll}\p{M}]+){1,4})\s*:$/u;

/** Whether `sentence`, coming after `previous` in the article, is an item of a list rather than a statement. */
export function isListItem(sentence: string, previous = ''): boolean {
  const text = sentence.trim();
  return TASK.test(text) || /;\s*$/u.test(text) || ANNOUNCES_LIST.test(previous.trim()) || /^[-+•*–]\s/u.test(text);
}
