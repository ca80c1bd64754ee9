/** The parts of a story the key figure is taken from. */
export interface FigureSource {
  headline: string;
  script: string;
  bullets: string[];
}

interface Kind {
  /** What follows the number: the noun or unit that makes it a figure. */
  unit: RegExp;
  weight: number;
  /** A share from the script alone counts for less than one the headline or a bullet puts forward. */
  weightInScriptOnly?: number;
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/**
 * Words before the number that change its meaning: dropping "hơn" from "hơn 12,6 tỷ đồng" or
 * "thêm" from "thêm 2.000 tỷ USD" would misquote the story.
 */
const QUALIFIER = String.raw`(?:(?:tăng|giảm|thêm|vượt)\s+)?(?:(?:hơn|gần|khoảng|trên|dưới|ít nhất|tới|đến|tối đa|tối thiểu|gấp|xấp xỉ|chừng)\s+)?`;

/**
 * Figures a meeting remembers, strongest first: money and prison terms, then shares, then sizes
 * and counts of people or things. A bare number, a date, a year or a document number never counts.
 */
const KINDS: Kind[] = [
  { unit: /^(?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|USD|EUR|euro|VNĐ|VND|đô la)(?![\p{L}])/u, weight: 6 },
  { unit: /^(?:nghìn tỷ|ngàn tỷ|tỷ|triệu)(?![\p{L}])/u, weight: 5 },
  { unit: /^(?:năm|tháng) tù(?![\p{L}])/u, weight: 6 },
  { unit: /^%/u, weight: 4, weightInScriptOnly: 1 },
  { unit: /^(?:ha|héc-ta|km2|km²|km|tấn|m3|m³|MW|kWh|GW)(?![\p{L}\d/])/u, weight: 4 },
  {
    unit: /^(?:bị can|bị cáo|đối tượng|người|đảng viên|đại biểu|hộ|học sinh|lao động|doanh nghiệp|dự án|nghị quyết|văn kiện|vụ án|vụ|kháng nghị|quốc gia|nước|tàu|căn|ngôi nhà|xã|cầu|chỉ tiêu|trường hợp)(?![\p{L}])/u,
    weight: 2,
  },
];

/** Words that end the noun a share counts: "100% mệnh giá thẻ bảo hiểm y tế | cho người …". */
const NOT_COUNTED = new Set('so với cho của và trong tại từ đến khi là thuộc trở hoặc vào năm trên dưới được đã nhưng mà để theo ở bằng thì nên do vì cao thấp bị đang sẽ phải có không chưa vẫn còn đạt tăng giảm lên xuống chiếm ước mỗi'.split(' '));

/** The noun right after a share, up to seven words, as written; null when a share is bare ("tăng 7,9% so với cùng kỳ"). */
function sharedThing(after: string): string | null {
  const words: string[] = [];
  for (const word of after.trimStart().split(/\s+/u)) {
    const bare = word.replace(/[.,;:!?…)”"]+$/u, '');
    if (!/^[\p{Ll}\p{M}]+$/u.test(bare) || NOT_COUNTED.has(bare) || words.length >= 7) break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** Words right before a number that make it a date, a rank or a reference, not a figure. */
const NOT_A_FIGURE_BEFORE = /(?:ngày|tháng|năm|số|điều|khoản|điểm|khóa|khoá|thứ|lần|quý|giai đoạn|kỳ|phiên|mục|chương|phụ lục|tuyến|quốc lộ|đường)\s*$/iu;

/**
 * The story's key figure, as written in its text ("hơn 12,6 tỷ đồng", "8 năm tù", "2.300 ha"),
 * for the deck's callout, the web page and script.md; null when the story has none. Money and
 * prison terms win over shares and sizes, which win over counts; among equals a figure in the
 * headline, then in the bullets, then the first in the script.
 */
export function findKeyFigure(story: FigureSource): string | null {
  let best: { figure: string; score: number } | null = null;
  const places = [
    { text: story.headline, bonus: 3 },
    ...story.bullets.map((text) => ({ text, bonus: 1 })),
    { text: story.script, bonus: 0 },
  ];
  for (const { text, bonus } of places) {
    for (const match of text.matchAll(new RegExp(`${QUALIFIER}(${NUMBER})(?![\\d/.,]*\\d)\\s*`, 'giu'))) {
      const at = match.index;
      if (at > 0 && /[\p{L}\d/.,-]/u.test(text[at - 1]!)) continue;
      if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, at - 14), at))) continue;
      const after = text.slice(at + match[0].length);
      if (/^\/\d/u.test(after)) continue;
      const kind = KINDS.find((candidate) => candidate.unit.test(after));
      if (!kind) continue;
      const unit = after.match(kind.unit)![0];
      let figure = `${match[0]}${unit}`.replace(/\s+/gu, ' ').trim();
      // A share says what it counts ("100% mệnh giá thẻ bảo hiểm y tế"); bare, only a headline gives it a subject.
      // So does a scale with no currency after it ("1,1 triệu hộ gia đình", not "1,1 triệu").
      const bare = unit === '%' || /^(?:nghìn tỷ|ngàn tỷ|tỷ|triệu)$/u.test(unit);
      const counted = bare ? sharedThing(after.slice(unit.length)) : null;
      if (counted) figure = `${figure} ${counted}`;
      else if (bare && bonus < 3) continue;
      const score = (bonus === 0 && !counted && kind.weightInScriptOnly !== undefined ? kind.weightInScriptOnly : kind.weight) + bonus;
      if (!best || score > best.score) best = { figure, score };
    }
  }
  return best?.figure ?? null;
}
