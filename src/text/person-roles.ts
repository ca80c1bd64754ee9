import { countSyllables } from './syllables.ts';

/**
 * "Những vi phạm của ông Nguyễn Cường Quân …": a listener who hears a name without a title does not
 * know who that is. The article usually gives the title right after the name ("ông Nguyễn Cường
 * Quân, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Quảng Trị, …"); the
 * script says it at the first mention, in the article's own words.
 */

const SURNAMES = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Mai|Trương|Đinh|Lâm|Phùng|Tô|Hà|Đoàn|Lương|Trịnh|Cao|Châu|Tạ|Thái|Lưu|Văn|Kiều|Quách|Từ|Thân|Tăng|Triệu|Vương|Lại|Chu|Giang|Đào|Đồng';
const NAME = `(?:${SURNAMES})(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,3}`;

/** Titles that say what a person does; "Ủy viên …" alone says less than the post that follows it. */
const TITLE = /^(?:Phó\s+)?(?:Tổng\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng phòng|Trưởng ban|Trưởng Công an|Trưởng|Viện trưởng|Chánh án|Chánh văn phòng|Chánh thanh tra|Thủ tướng|Bộ trưởng|Thứ trưởng|Cục trưởng|Chi cục trưởng|Vụ trưởng|Chủ nhiệm|Hiệu trưởng|Đội trưởng|Kế toán trưởng|Chấp hành viên|Kiểm sát viên|Thẩm phán|Luật sư|Đại sứ|Tổng Thư ký|Chủ tịch HĐQT)(?![\p{L}\p{M}])/iu;
const MEMBER = /^(?:Ủy viên|Uỷ viên|Đảng ủy viên|Thành ủy viên|Tỉnh ủy viên|Huyện ủy viên)(?![\p{L}\p{M}])/u;
/** An office named after the title, split off by a comma: "Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh". */
const OFFICE = /^(?:Viện|VKSND|TAND|UBND|HĐND|Sở|Bộ|Công an|Tòa án|Ủy ban|Cục|Chi cục|Tổng cục|Ban|Văn phòng|Công ty|Trường|Bệnh viện|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy)(?![\p{L}\p{M}])/u;
/** The word that a title means anywhere near a name in the script: then it already has one. */
const TITLE_ANYWHERE = /(?<![\p{L}\p{M}])(?:chủ tịch|bí thư|giám đốc|trưởng|viện trưởng|chánh án|thủ tướng|bộ trưởng|thứ trưởng|ủy viên|uỷ viên|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy|đại tướng|thượng tướng|trung tướng|thiếu tướng|luật sư|kiểm sát viên|thẩm phán|chấp hành viên|bị can|bị cáo|nguyên|cán bộ|phóng viên|tổng thống|chủ nhiệm|đồng chí)(?![\p{L}\p{M}])/iu;

const MAX_TITLE_WORDS = 14;

const SUBORDINATE_OPENING = /^(?:Thực hiện|Theo|Căn cứ|Sau khi|Khi|Để|Nhằm|Trên cơ sở|Qua|Từ|Với|Về|Đối với|Liên quan đến|Liên quan tới|Trước|Sau|Nếu|Do|Vì|Tuy|Mặc dù|Dù)(?![\p{L}\p{M}])/u;

/** Full name → the title the article gives right after it, the most informative one it gives. */
export function rolesByName(text: string): Map<string, string> {
  const roles = new Map<string, string>();
  // "Nguyễn Cường Quân, Đảng ủy viên, Trưởng phòng …" or "Lê Minh Trung (Thành ủy viên, …, Bí thư Quận ủy Thanh Khê)".
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(${NAME})(?![\\p{L}\\p{M}])(?:,\\s+([^.;()“”"]{3,200})|\\s*\\(([^()]{3,200})\\))`, 'gu');
  for (const match of text.normalize('NFC').matchAll(pattern)) {
    const clauses = (match[2] ?? match[3]!).split(/,\s+/u);
    const at = clauses.findIndex((clause) => TITLE.test(clause));
    if (at < 0 || clauses.slice(0, at).some((clause) => !MEMBER.test(clause) && !/^(?:đại biểu|Đại biểu)/u.test(clause))) continue;
    let title = clauses[at]!.trim();
    if (clauses[at + 1] && OFFICE.test(clauses[at + 1]!) && (clauses[at + 2] !== undefined || match[3] !== undefined)) title = `${title}, ${clauses[at + 1]!.trim()}`;
    if (title.split(/\s+/u).length > MAX_TITLE_WORDS) continue;
    const name = match[1]!;
    const known = roles.get(name);
    if (!known || title.length > known.length) roles.set(name, title);
  }
  return roles;
}

/** Says each person's title at the first mention of their full name, when the script gives them none there. */
export function withRoles(sentences: string[], roles: Map<string, string>): string[] {
  const said = new Set<string>();
  return sentences.map((sentence) => {
    let text = sentence;
    for (const [name, title] of roles) {
      if (said.has(name)) continue;
      const at = text.indexOf(name);
      if (at < 0) continue;
      said.add(name);
      const before = text.slice(Math.max(0, at - 60), at).split(/[,;:(]/u).at(-1)!;
      const after = text.slice(at + name.length);
      if (TITLE_ANYWHERE.test(before) || /^\s*[,(]\s*(?:\S+\s+){0,3}?\S*/u.test(after) && TITLE_ANYWHERE.test(after.slice(0, 50).split(/[.;]/u)[0]!)) continue;
      const end = /^\s*[.!?…]/u.test(after) ? `, ${title}` : `, ${title},`;
      text = `${text.slice(0, at + name.length)}${end}${after.replace(/^,/u, '')}`;
    }
    return text;
  });
}

/**
 * "…cách chức … đối với ông Nguyễn Cường Quân, Đảng ủy viên, Trưởng phòng …, theo Quy định …": the
 * statement ends at the name; the titles after it are said again by withRoles. The longest such
 * statement within `max` syllables, with a full stop, or null.
 */
export function cutBeforeTitle(sentence: string, max: number): string | null {
  // "Thực hiện thông báo …, sau khi …, Ban Thường vụ nhận thấy", "Liên quan đến chuyến thăm của Tổng Bí thư
  // Nguyễn Phú Trọng, Phó Trưởng ban … lưu ý": the statement comes after, and the title is the next person's.
  if (SUBORDINATE_OPENING.test(sentence)) return null;
  let best: string | null = null;
  for (const match of sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${NAME}(?![\\p{L}\\p{M}]),\\s+`, 'gu'))) {
    const rest = sentence.slice(match.index + match[0].length);
    if (!TITLE.test(rest) && !MEMBER.test(rest)) continue;
    const kept = sentence.slice(0, match.index + match[0].length).replace(/[,\s]+$/u, '');
    const size = countSyllables(kept);
    if (size <= max && size >= 10) best = `${kept}.`;
  }
  return best;
}
