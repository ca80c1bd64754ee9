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

export interface Faults {
  captions: number;
  leadIns: number;
  relativeTime: number;
  questions: number;
  givenNameOnly: number;
  cutBullets: number;
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

export function countFaults(script: string, bullets: string[], source = ''): Faults {
  const sentences = sentencesOf(script);
  const isCaption = (text: string) => CAPTION.test(text) || (source !== '' && captionInSource(text, source));
  return {
    captions: sentences.filter(isCaption).length + bullets.filter(isCaption).length,
    leadIns: sentences.filter((sentence) => LEAD_IN.test(sentence)).length,
    relativeTime: [...script.matchAll(RELATIVE_TIME)].length,
    questions: sentences.filter((sentence) => /\?["”»)]?$/u.test(sentence.trim())).length,
    givenNameOnly: givenNameOnly(script).length,
    cutBullets: bullets.filter((bullet) => /(?:…|\.\.\.)\s*$/u.test(bullet)).length,
  };
}
