/**
 * Read-aloud faults counted in a written summary, written apart from the summarizer's own filters
 * (from what the real articles in ../shared/corpus contain) so the bench cannot agree with itself.
 */

/** Photo captions and credits: "Ảnh: X", "Ảnh minh họa", "(Ảnh …)", "Nguồn: internet", "(giữa)", a credit "/TTXVN". */
const CAPTION = /(?<![\p{L}])Ảnh(?:\s*:|\s+minh\s+họa|\s+mang\s+tính)|\(Ảnh|Nguồn\s*:\s*\p{L}|\((?:giữa|trái|phải|thứ\s+\p{L}+\s+từ\s+(?:trái|phải)|đứng\s+giữa|ngồi\s+giữa)\)|\/TTXVN(?!\s*\))|(?<![\p{L}])(?:Video|Clip|Đồ họa)\s*:|lúc bị bắt\.|=>/u;

/** Editorial lead-ins that introduce a text instead of telling the news. */
const LEAD_IN = /Dưới đây là|Nội dung bài (?:báo|viết)|bài viết (?:của|nêu)|xin (?:trân trọng )?giới thiệu|(?<![\p{L}])nêu\s*:|như sau\s*:/iu;

/** Time said relative to the day the article was written: wrong when the bulletin is played later. */
const RELATIVE_TIME = /(?<![\p{L}])(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:nay|qua|mai)|hôm\s+(?:nay|qua|kia)|ngày\s+mai|tuần\s+(?:này|qua|trước|tới|sau)|những\s+ngày\s+(?:qua|gần đây|tới)|mấy\s+ngày\s+(?:qua|nay)|cuối\s+tuần\s+(?:này|qua)|đầu\s+tuần\s+(?:này|qua))(?![\p{L}])/giu;

/** A person called "ông Trung" in the summary before any full name ending in "Trung" was read. */
export function givenNameOnly(script: string): string[] {
  const found: string[] = [];
  const mention = /(?<![\p{L}])(?:ông|bà|Ông|Bà)\s+(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])(?!\s+\p{Lu})/gu;
  for (const match of script.matchAll(mention)) {
    const name = match[1]!;
    const before = script.slice(0, match.index);
    const full = new RegExp(`\\p{Lu}\\p{Ll}*\\s+(?:\\p{Lu}\\p{Ll}*\\s+)*${name}(?![\\p{L}])`, 'u');
    if (!full.test(before)) found.push(match[0]);
  }
  return found;
}

/**
 * An item of a list or a piece of a sentence, read as if it were a statement: it opens on "Trong
 * đó", on a lower-case letter or on a task verb with no one to do it ("Phát huy vai trò…", "Có biện
 * pháp…", the items of "Chính phủ yêu cầu: …"), ends on ";" or ":", or follows a colon in the source.
 */
const TASK_VERB = /^(?:Phát huy|Có biện pháp|Chủ động|Nghiên cứu|Tăng cường|Đẩy mạnh|Nâng cao|Hoàn thiện|Tiếp tục|Kiên quyết|Khẩn trương|Rà soát|Triển khai|Tập trung|Bảo đảm|Đảm bảo|Phối hợp|Xây dựng|Thực hiện|Chỉ đạo|Quán triệt|Ưu tiên|Huy động)(?![\p{L}])/u;
export function listFragment(sentence: string, source = ''): boolean {
  const attributed = /^(?:Theo [^,]{1,60}(?: ngày \d{1,2}\/\d{1,2})?, |[^,]{1,60} đưa tin, )/u;
  const text = sentence.replace(attributed, '').trim();
  if (/^(?:Trong đó|trong đó)(?![\p{L}])/u.test(text) || (!attributed.test(sentence) && /^\p{Ll}/u.test(text)) || TASK_VERB.test(text) || /[;:]$/u.test(text.replace(/[.…]+$/u, ''))) return true;
  const head = text.slice(0, 30);
  const at = source.indexOf(head);
  // After "Nội dung bài báo nêu:" comes the article's news, which may be read; after "các nhiệm vụ:" an item.
  const before = source.slice(Math.max(0, at - 40), at);
  return at > 0 && /:\s*$/u.test(before) && !LEAD_IN.test(before);
}

const ROLE_WORD = /(?<![\p{L}])(?:Trưởng|Phó|Giám đốc|Chủ tịch|Bí thư|Viện trưởng|Chánh án|Thủ tướng|Bộ trưởng|Thứ trưởng|Cục trưởng|Chi cục trưởng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Ủy viên|Đảng ủy viên|Luật sư|Kiểm sát viên|Thẩm phán|Chấp hành viên|Tổng Bí thư|Chủ nhiệm|trưởng phòng|giám đốc|chủ tịch|bí thư|phó)(?![\p{L}])/u;
const SURNAME = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Mai|Trương|Đinh|Lâm|Phùng|Tô|Hà|Đoàn|Lương|Trịnh|Cao|Châu|Tạ|Thái|Lưu|Đào|Vương';

/** The words within `span` characters of a name in a text, for a role next to it. */
function near(text: string, at: number, length: number, span: number): string {
  return text.slice(Math.max(0, at - span), at + length + span);
}

/**
 * People named in full in the summary whose first mention carries no role, though the article gives
 * one right by their name ("Nguyễn Cường Quân, Đảng ủy viên, Trưởng phòng…").
 */
export function nameWithoutRole(script: string, source: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const match of script.matchAll(new RegExp(`(?<![\\p{L}])(?:${SURNAME})(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){2,3}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const name = match[0];
    if (seen.has(name)) continue;
    seen.add(name);
    if (ROLE_WORD.test(near(script, match.index, name.length, 40))) continue;
    const inSource = [...source.matchAll(new RegExp(name, 'gu'))].some((hit) => ROLE_WORD.test(near(source, hit.index, name.length, 30)));
    if (inSource) found.push(name);
  }
  return found;
}

export interface Faults {
  captions: number;
  leadIns: number;
  relativeTime: number;
  questions: number;
  givenNameOnly: number;
  cutBullets: number;
  fragments: number;
  noRole: number;
  /** The key figure says no noun: "100%", "tăng 7,9%". */
  bareFigure: number;
}

function sentencesOf(script: string): string[] {
  return script.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"“])/u);
}

/**
 * A sentence the source follows with a photo credit ("… nghĩa vụ. Ảnh:Dương Đông") is that photo's
 * caption, however newsy it sounds; the summary may have dropped a connective or changed its case.
 */
function captionInSource(sentence: string, source: string): boolean {
  const core = sentence.replace(/^(?:Theo [^,]{1,60}(?: ngày \d{1,2}\/\d{1,2})?, |[^,]{1,60} đưa tin, )/u, '').replace(/[.!?]+$/u, '').trim();
  if (core.length < 12) return false;
  const tail = core.slice(-40).toLowerCase();
  const at = source.toLowerCase().indexOf(tail);
  return at >= 0 && /^[.!?"”]*[ \t]*(?:Ảnh|\(Ảnh|Nguồn\s*:)/u.test(source.slice(at + tail.length, at + tail.length + 12));
}

export function countFaults(script: string, bullets: string[], source = '', keyFigure: string | null = null): Faults {
  const sentences = sentencesOf(script);
  const isCaption = (text: string) => CAPTION.test(text) || (source !== '' && captionInSource(text, source));
  return {
    captions: sentences.filter(isCaption).length + bullets.filter(isCaption).length,
    leadIns: sentences.filter((sentence) => LEAD_IN.test(sentence)).length,
    relativeTime: [...script.matchAll(RELATIVE_TIME)].length,
    questions: sentences.filter((sentence) => /\?["”»)]?$/u.test(sentence.trim())).length,
    givenNameOnly: givenNameOnly(script).length,
    cutBullets: bullets.filter((bullet) => /(?:…|\.\.\.)\s*$/u.test(bullet)).length,
    fragments: sentences.filter((sentence) => listFragment(sentence, source)).length + bullets.filter((bullet) => listFragment(bullet, source)).length,
    noRole: nameWithoutRole(script, source).length,
    bareFigure: keyFigure !== null && /^[^\p{L}]*(?:(?:tăng|giảm|thêm|vượt|hơn|gần|khoảng|trên|dưới|đạt)\s+)*[\d.,]+\s*%?$/iu.test(keyFigure) ? 1 : 0,
  };
}
