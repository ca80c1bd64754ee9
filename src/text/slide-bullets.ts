import { sentenceFeatures } from './rank-sentences.ts';
import { CLAUSE_OPENER, cutAtClause } from './shorten.ts';
import { countSyllables } from './syllables.ts';

/** "Ngày 23/11, tại Thủ đô Viêng Chăn, …": time and place that a slide can do without. */
const LEADING_ADVERBIAL = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm nay|Hôm qua|Tại|Trong|Cũng trong|Đến|Từ|Vào|Sau|Trước|Theo|Phát biểu|Dịp này|Nhân dịp|Cụ thể|Theo đó|Bên cạnh đó|Ngoài ra|Đồng thời)(?!\p{L})[^,]{0,60},\s+/iu;

/** A cut after one of these leaves only a subordinate clause ("Trao đổi với báo X, …"), not a statement. */
const SUBORDINATE = /^(?:Trao đổi|Theo|Tại|Sau khi|Khi|Để|Nhờ|Bằng cách|Cho rằng|Với|Về|Trong|Từ|Qua|Do|Vì|Nếu|Tuy|Tùy|Dù|Mặc dù|Nhằm|Trước|Bắt đầu|Tranh thủ|Rút kinh nghiệm|Liên quan|Đối với|Thực hiện|Căn cứ|Trên cơ sở|Cùng với|Ngoài|Trước tình hình|Đến|Sau)(?!\p{L})/u;

/** "Ông Võ Công Trí, Phó Bí thư Thành ủy Đà Nẵng, đã …": the role between commas after a name. */
const ROLE_ASIDE = /^((?:Ông|Bà|Đồng chí)?\s*(?:\p{Lu}[\p{Ll}\p{M}]*\s*){2,4}),\s+(?:Phó |Nguyên |Tổng )?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Viện trưởng|Ủy viên|Thứ trưởng|Bộ trưởng|Thủ tướng|Đại sứ|Chánh án|Thượng tá|Đại tá|Trung tá|Thiếu tá|Đại úy|trưởng|giám đốc|kế toán|nhân viên|chủ tịch)(?:(?! cho biết| nói| khẳng định| nhấn mạnh| cho rằng| đề nghị| yêu cầu)[^,]){0,80},\s+/u;

/** A clause that is only a name ("Ông Võ Công Trí"): a cut right after it says nothing. */
const ONLY_NAME = /^(?:Ông|Bà|Đồng chí)?\s*(?:\p{Lu}[\p{Ll}\p{M}]*\s*){1,4}$/u;

/** "Đây là …", "Điều này …": means nothing on a slide without the sentence before it. */
const BACK_REFERENCE = /^(?:Đây là|Đó là|Điều này|Việc này|Trong đó|Ngoài ra)(?!\p{L})/u;

/** A number with what it counts ("664 tỷ", "13 đảng viên", "8 năm tù"), not a date, article or document number. */
const FIGURE = /(?<![\p{L}\d/.,-])(?<!(?:ngày|tháng|năm|Ngày|Tháng|Năm|khóa|Điều|khoản|số|lần|thứ)\s)(\d[\d.,]*)(?![\d/])\s*(%|[\p{L}\p{M}]+)(?:\s+([\p{L}\p{M}]+))?/gu;

/** Amounts say more than head counts: money, shares, prison terms, areas, weights. */
function weighty(unit: string, next: string | undefined): boolean {
  return /^(?:%|tỷ|triệu|nghìn|ngàn|USD|ha|tấn|km)$/u.test(unit) || (/^(?:năm|tháng)$/u.test(unit) && next === 'tù') || (unit === 'đồng' && next !== 'phạm' && next !== 'chí');
}

function figures(text: string): string[] {
  const found = [...text.matchAll(FIGURE)].map((match) => ({ figure: `${match[1]}${match[2] === '%' ? '' : ' '}${match[2]}`, weighty: weighty(match[2]!, match[3]) }));
  return [...found.filter((entry) => entry.weighty), ...found].map((entry) => entry.figure);
}

/**
 * The story's key figure: a counted number from the title that the article gives the same way,
 * else the weightiest in the lead (an amount before a head count), as "number unit".
 */
export function keyFigure(title: string, lead: string, sourceText: string): string | null {
  const fromTitle = figures(title).find((figure) => sourceText.includes(figure));
  return fromTitle ?? figures(lead)[0] ?? null;
}

/** "…, gây thất thu thuế hơn 27 tỷ đồng": a clause of its own that carries the figure, as a bullet. */
function clauseWithFigure(sentences: string[], figure: string, max: number): string | null {
  for (const sentence of sentences) {
    for (const clause of sentence.replace(/[.!…]+$/u, '').split(/[,;]\s+/u)) {
      const size = countSyllables(clause);
      if (!clause.includes(figure) || size < 6 || size > max || !CLAUSE_OPENER.test(clause)) continue;
      // "…, trong đó có chính sách hỗ trợ 100% …": the part of a whole, said as a thing of its own.
      const own = clause.trim().replace(/^trong đó(?:,\s*|\s+)(?:có|gồm)?\s*/iu, '');
      if (countSyllables(own) >= 6) return capitalize(own);
    }
  }
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One slide bullet from a sentence: the whole sentence without its full stop, asides in brackets
 * and leading time and place when it is too long, or its first complete clauses that fit `max`
 * syllables. Null when no complete clause fits: a bullet is never cut mid-phrase.
 */
export function bulletFrom(sentence: string, max: number): string | null {
  let text = sentence.trim().replace(/[.!…]+$/u, '').trim();
  if (countSyllables(text) > max) text = text.replace(/\s*\([^()]{0,120}\)/gu, '').replace(/\s+,/gu, ',');
  // "Ông X, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, thay mặt …": every role goes, the name stays.
  for (let round = 0; round < 4 && countSyllables(text) > max && ROLE_ASIDE.test(text); round += 1) {
    text = text.replace(ROLE_ASIDE, (match, name: string) => `${name.trim()}, `);
    text = text.replace(/^((?:Ông|Bà|Đồng chí)?\s*(?:\p{Lu}[\p{Ll}\p{M}]*\s*){2,4}),\s+(?=\p{Ll})/u, '$1 ');
  }
  while (countSyllables(text) > max && LEADING_ADVERBIAL.test(text)) {
    const rest = text.replace(LEADING_ADVERBIAL, '');
    if (countSyllables(rest) < 6) break;
    text = capitalize(rest);
  }
  if (countSyllables(text) <= max) return text;
  if (SUBORDINATE.test(text)) return null;
  const kept = cutAtClause(text, max, 8)?.replace(/\.$/u, '') ?? null;
  if (kept === null || ONLY_NAME.test(kept.split(',')[0]!.trim())) return null;
  return kept;
}

/**
 * 2–4 slide bullets: complete clauses from the script first, then from the rest of the article,
 * no two saying the same, the key figure always among them.
 */
export function slideBullets(scriptSentences: string[], sourceSentences: string[], figure: string | null, title: string, max = 24): string[] {
  const bullets: string[] = [];
  const fits = (bullet: string) => !bullets.some((other) => overlap(sentenceFeatures(other), sentenceFeatures(bullet)) > 0.5);
  const pool = [...scriptSentences, ...sourceSentences.filter((sentence) => !BACK_REFERENCE.test(sentence))].map((sentence) => bulletFrom(sentence, max)).filter((bullet): bullet is string => bullet !== null);
  const wanted = Math.min(4, Math.max(3, scriptSentences.length));
  for (const bullet of pool) {
    if (bullets.length >= wanted) break;
    if (fits(bullet)) bullets.push(bullet);
  }
  if (figure !== null && !bullets.some((bullet) => bullet.includes(figure))) {
    const withFigure = pool.find((bullet) => bullet.includes(figure)) ?? clauseWithFigure([...scriptSentences, ...sourceSentences], figure, max);
    if (withFigure) {
      if (bullets.length >= 4) bullets.pop();
      bullets.unshift(withFigure);
    }
  }
  const heading = title.trim().replace(/[.!?…]+$/u, '');
  // A headline that asks ("Đốt pháo bao nhiêu thì bị xử lý?") is no bullet.
  if (bullets.length < 2 && !/\?$/u.test(title.trim()) && countSyllables(heading) <= max && fits(heading)) bullets.unshift(heading);
  for (const bullet of pool) if (bullets.length < 2 && !bullets.includes(bullet)) bullets.push(bullet);
  if (bullets.length < 2) bullets.push('Chi tiết xem trong bài gốc');
  return bullets.slice(0, 4);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
