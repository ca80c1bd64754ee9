/**
 * Time said relative to the day an article was written ("sáng nay", "hôm qua", "tuần này") is
 * wrong when the bulletin is played days later. It becomes the date it refers to, counted from the
 * article's own publication date, or goes when it cannot be.
 */

export interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

function shift(date: DayMonthYear, days: number): string {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return `${moved.getUTCDate()}/${moved.getUTCMonth() + 1}`;
}

const PART_OF_DAY = '(sáng|chiều|tối|trưa|đêm|rạng sáng|sáng sớm|chiều tối)';
const WORD_END = '(?![\\p{L}\\p{M}])';
const WORD_START = '(?<![\\p{L}\\p{M}])';

/** "sáng nay (6-2)" → "sáng 6/2": the article already says which day. */
const WITH_DATE = new RegExp(`${WORD_START}(?:${PART_OF_DAY}|(?:ngày )?hôm) nay\\s*\\((\\d{1,2})[-/.](\\d{1,2})(?:[-/.]\\d{2,4})?\\)`, 'giu');

/** Phrases resolved from the publication date, with the day offset they mean. */
const DATED: Array<{ pattern: RegExp; offset: number; part: boolean }> = [
  { pattern: new RegExp(`${WORD_START}${PART_OF_DAY} hôm nay${WORD_END}`, 'giu'), offset: 0, part: true },
  { pattern: new RegExp(`${WORD_START}${PART_OF_DAY} hôm qua${WORD_END}`, 'giu'), offset: -1, part: true },
  { pattern: new RegExp(`${WORD_START}${PART_OF_DAY} nay${WORD_END}`, 'giu'), offset: 0, part: true },
  { pattern: new RegExp(`${WORD_START}(?:ngày )?hôm nay${WORD_END}`, 'giu'), offset: 0, part: false },
  { pattern: new RegExp(`${WORD_START}${PART_OF_DAY} qua${WORD_END}(?! các| những| nhiều| đó)`, 'giu'), offset: -1, part: true },
  { pattern: new RegExp(`${WORD_START}(?:ngày )?hôm qua${WORD_END}`, 'giu'), offset: -1, part: false },
  { pattern: new RegExp(`${WORD_START}(?:ngày )?hôm kia${WORD_END}`, 'giu'), offset: -2, part: false },
  { pattern: new RegExp(`${WORD_START}${PART_OF_DAY} mai${WORD_END}`, 'giu'), offset: 1, part: true },
  { pattern: new RegExp(`${WORD_START}ngày mai${WORD_END}`, 'giu'), offset: 1, part: false },
];

/** Relative spans no single date can replace: said at the start ("Tuần qua, …") they go; elsewhere the sentence is not read. */
const VAGUE = `(?:trong |suốt |vào |từ )?(?:(?:những|mấy|các) (?:ngày|hôm) (?:qua|gần đây|tới)|(?:cuối |đầu |giữa )?tuần (?:này|qua|trước|tới))`;
const VAGUE_ANYWHERE = new RegExp(`${WORD_START}(?:${VAGUE})${WORD_END}`, 'iu');
const VAGUE_LEAD = new RegExp(`^(?:${VAGUE})${WORD_END},?\\s+`, 'iu');
const VAGUE_ASIDE = new RegExp(`\\s*\\((?:tức |vào )?[^()]{0,30}${WORD_START}(?:${VAGUE})${WORD_END}[^()]{0,20}\\)`, 'giu');
/** Leading "Sáng nay, " with no date to put in its place. */
const UNDATED_LEAD = new RegExp(`^(?:${PART_OF_DAY} (?:hôm )?(?:nay|qua|mai)|(?:ngày )?hôm (?:nay|qua|kia)|ngày mai)${WORD_END},?\\s+`, 'iu');

function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The sentence with its relative time made absolute (from `published`, the article's date in
 * Vietnam) or taken out; null when it cannot be said without a wrong or vague time.
 */
export function resolveRelativeTime(sentence: string, published: DayMonthYear | null): string | null {
  let text = sentence.replace(WITH_DATE, (match, part: string | undefined, day: string, month: string) => keepCase(match, `${part ?? 'ngày'} ${Number(day)}/${Number(month)}`));
  text = text.replace(VAGUE_ASIDE, '');
  if (published) {
    for (const { pattern, offset, part } of DATED) {
      text = text.replace(pattern, (match, partOfDay: string | undefined) => keepCase(match, `${part ? partOfDay!.toLowerCase() : 'ngày'} ${shift(published, offset)}`));
    }
    text = text.replace(new RegExp(`${WORD_START}năm nay${WORD_END}`, 'giu'), `năm ${published.year}`).replace(new RegExp(`${WORD_START}năm ngoái${WORD_END}`, 'giu'), `năm ${published.year - 1}`);
  } else {
    text = text.replace(UNDATED_LEAD, '');
    for (const { pattern } of DATED) if (new RegExp(pattern.source, 'iu').test(text)) return null;
  }
  text = text.replace(VAGUE_LEAD, '');
  if (VAGUE_ANYWHERE.test(text)) return null;
  return capitalize(text.trim());
}
