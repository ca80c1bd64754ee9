import { looksLikeInstruction } from './screen-instructions.ts';
import { splitSentences } from './split-sentences.ts';
import { countSyllables } from './syllables.ts';

/**
 * The sentences of an article that a newsreader could say, in article order: photo credits cut
 * off the sentence they are glued to, the caption before a credit left out, lead-ins, rhetorical
 * questions, calls to watch or read more and instruction-like sentences left out.
 */

/** "Ảnh minh họa", "Ảnh mang tính chất minh họa", "Ảnh tư liệu": no credit follows. */
const ILLUSTRATION = /^\(?\s*Ảnh\s+(?:minh\s+h[oọ][aạ]|mang\s+tính\s+chất\s+minh\s+h[oọ][aạ]|tư\s+liệu)\s*[.)]?\s*/u;
/** "Ảnh: X", "Ảnh:X", "Ảnh Tuổi Trẻ", "Nguồn: internet", "Video:" at the start of a sentence; a credit follows. */
const CREDIT_START = /^\(?\s*(?:(?:Ảnh|Nguồn ảnh|Video|Clip|Đồ họa|Infographic)\s*(?::\s*|(?=\p{Lu}))|Nguồn\s*:\s*)/u;

/** Words that open a Vietnamese news sentence and never end a photographer's name or an agency's. */
const OPENERS = new Set(
  'Theo Trong Tại Được Việc Tuy Rút Sau Trước Cùng Ngày Hiện Đây Các Những Một Khi Với Về Để Do Vì Nếu Ông Bà Anh Chị Buổi Năm Tháng Từ Đến Nhờ Qua Ngoài Bên Đồng Riêng Mặt Cụ Lúc Chiều Sáng Tối Đêm Trưa Hôm Kết Quá Thực Nhằm Dù Mặc Tiếp Còn Song Nhưng Và Như Kể Giai Đặc Trên Dưới Tính Tổng Toàn Mỗi Nhiều Tất Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười Người Lực Cơ Đoàn'.split(' '),
);

/** An agency or archive word that ends a credit. */
const CREDIT_WORD = /^(?:internet|Internet|TL|tư|liệu|PV|CTV|minh|họa|hoạ)$/u;

/** Length in words of the credit at the start of `words` ("LÊ PHI", "Huỳnh Phúc Hậu/TTXVN", "Bộ Công an"). */
function creditLength(words: string[]): number {
  let count = 0;
  let allCaps = false;
  while (count < words.length && count < 6) {
    const word = words[count]!;
    if (count > 0 && OPENERS.has(word)) break;
    if (/[./)]$/u.test(word) || word.includes('/')) return count + 1;
    const caps = /^[\p{Lu}\d-]{2,}$/u.test(word);
    if (count === 0) allCaps = caps;
    else if (allCaps && !caps) break;
    if (caps || /^\p{Lu}/u.test(word) || CREDIT_WORD.test(word)) {
      count += 1;
      continue;
    }
    // "Bộ Công an Theo …": a lowercase word inside an institution's name, right before a sentence opener.
    if (count > 0 && OPENERS.has(words[count + 1] ?? '')) return count + 1;
    break;
  }
  const rest = words[count];
  // "Quỳnh Trần Asia Life là …": no opener found; a photographer's name is two words.
  if (rest !== undefined && !/^[\p{Lu}\d"“]/u.test(rest) && count > 2) return 2;
  return count;
}

/** Removes a credit at the start of a sentence: the real sentence glued after it, "" when nothing follows, null when there is no credit. */
export function stripCredit(sentence: string): string | null {
  const illustration = ILLUSTRATION.exec(sentence);
  if (illustration) return sentence.slice(illustration[0].length).trim();
  const marker = CREDIT_START.exec(sentence);
  if (!marker) return null;
  const words = sentence.slice(marker[0].length).trim().split(/\s+/).filter(Boolean);
  return words.slice(creditLength(words)).join(' ').replace(/^[.,;:)\s]+/u, '');
}

/** A photo caption that carries no credit: where people stand, "lúc bị bắt", a scene. */
const CAPTION_LIKE = /\((?:giữa|trái|phải|đứng giữa|ngồi giữa|ở giữa|bên trái|bên phải|cuối bàn|đầu bàn|hàng đầu|áo \p{L}+|thứ\s+\p{L}+\s+từ\s+(?:trái|phải)|bìa\s+(?:trái|phải))\)|lúc bị bắt\s*[.!]?$/u;
const SCENE = /^(?:Cảnh|Quang cảnh|Toàn cảnh|Hiện trường|Hình ảnh|Khung cảnh)(?!\p{L})/u;
/** "Bà Mai Thị Khánh trong một phiên xử": a person or a scene at an event, with no verb. */
const AT_EVENT = /^[^,]{0,60}\s(?:tại|trong)\s(?:một\s)?(?:phiên (?:tòa|xử)|buổi (?:làm việc|lễ|gặp)|hội nghị|lễ)[^,.]{0,40}\.?$/u;

function looksLikeCaption(sentence: string): boolean {
  const size = countSyllables(sentence);
  return CAPTION_LIKE.test(sentence) || (SCENE.test(sentence) && size <= 15) || (AT_EVENT.test(sentence) && size <= 12);
}

/** "Dưới đây là bài viết của …", "Xin giới thiệu …": the text introduces itself instead of telling the news. */
const LEAD_IN = /^(?:Dưới đây là|Sau đây là|Xin (?:trân trọng )?giới thiệu|Trân trọng giới thiệu|Mời (?:quý vị|bạn đọc|độc giả)|Xem thêm|Đọc thêm|Chi tiết|Clip|Video)(?!\p{L})|^=+>/u;
/** "Nội dung bài báo nêu: …": the frame goes, the reported sentence stays. */
const LEAD_IN_FRAME = /^(?:Nội dung (?:bài báo|bài viết|văn bản|thông báo|công văn|đơn)|Bài báo|Bài viết|Văn bản|Thông báo)(?: [\p{L}]+){0,3} (?:nêu|cho biết|viết|ghi)\s*:\s*/u;

/** "Tri Thu (t/h) Theo Đời sống Plus", "Trần Tĩnh (TTXVN)": the byline at the end of an article. */
const BYLINE = /\((?:t\/h|T\/H|TH|tổng hợp|TTXVN|theo [^)]{1,30})\)(?:\s+Theo\s+[^.]{1,40})?$|^[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}\s*\([^)]{1,20}\)$/u;

/** Dropped at the start: a question to the reader ends with "?"; a sentence ending ":" announces a list. */
function isNews(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (BYLINE.test(trimmed) || (!/[.!?…"”’»)]$/u.test(trimmed) && countSyllables(trimmed) <= 8)) return false;
  if (/\?["”’»)]*$/u.test(trimmed)) return false;
  if (/:["”’»)]*$/u.test(trimmed)) return false;
  if (LEAD_IN.test(trimmed)) return false;
  if (looksLikeInstruction(trimmed)) return false;
  return countSyllables(trimmed) >= 6;
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * "Tang vật trong vụ án do Quang cầm đầu Theo Bộ Công an, …": a caption that lost its full stop
 * runs into the next sentence, which opens with a capitalized word no Vietnamese sentence has in
 * its middle. The caption (short, before it) goes; the sentence stays.
 */
const GLUED_OPENER = /(?<=\p{Ll})\s+(?=(?:Theo|Trong|Tại|Sau|Được|Ngày|Trước|Khi|Tuy|Ngoài)\s+\p{L})/u;

function splitGluedCaption(sentence: string): string[] {
  if (CREDIT_START.test(sentence) || ILLUSTRATION.test(sentence)) return [sentence];
  const match = GLUED_OPENER.exec(sentence);
  if (!match || countSyllables(sentence.slice(0, match.index)) > 20) return [sentence];
  return [sentence.slice(match.index).trim()];
}

/** The sentences worth reading aloud, in article order (paragraph by paragraph). */
export function articleSentences(text: string): string[] {
  const kept: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const own: Array<{ text: string; caption: boolean }> = [];
    // "… Trường Chính trị TP. Ảnh: LÊ PHI Được biết …": an abbreviation hid the end of the caption.
    const pieces = splitSentences(paragraph).flatMap((sentence) => sentence.split(/\s+(?=(?:Ảnh|Nguồn ảnh)\s*:)/u)).flatMap(splitGluedCaption);
    for (const raw of pieces) {
      let sentence = raw.replace(/\s*\((?:Ảnh|Nguồn|Video)\s*:[^)]{0,80}\)/gu, '').trim();
      const rest = stripCredit(sentence);
      if (rest !== null) {
        // The sentence right before a credit in the same paragraph is the photo's caption.
        const previous = own[own.length - 1];
        if (previous) previous.caption = true;
        sentence = rest;
      }
      sentence = capitalize(sentence.replace(LEAD_IN_FRAME, '').trim());
      own.push({ text: sentence, caption: looksLikeCaption(sentence) });
    }
    kept.push(...own.filter((entry) => !entry.caption && isNews(entry.text)).map((entry) => entry.text));
  }
  return kept;
}
