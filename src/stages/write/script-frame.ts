import type { BirthdaySegment, Briefing } from '../../domain/briefing.ts';
import type { TimeWindow } from '../../domain/collected.ts';
import { SECTION_IDS, type SectionId } from '../../domain/sections.ts';
import type { Config } from '../../config.ts';
import { dayMonthYear, vietnamDate } from '../../domain/vietnam-time.ts';

/** Section names as said inside a sentence ("Tiếp theo là tin thế giới."). */
const SPOKEN_SECTION: Record<SectionId, string> = {
  tinh: 'tin trong tỉnh',
  'trong-nuoc': 'tin trong nước',
  'doi-ngoai': 'hoạt động đối ngoại',
  'the-gioi': 'tin thế giới',
  nganh: 'điểm tin hoạt động trong Ngành',
};

/** d/m/yyyy of an instant in Asia/Ho_Chi_Minh. */
function localDate(instant: number): string {
  return dayMonthYear(vietnamDate(instant));
}

/** "từ ngày 20/11/2026 đến ngày 26/11/2026" — `until` is exclusive, so the last day is the one before. */
export function spokenPeriod(window: TimeWindow): string {
  const since = Date.parse(window.since);
  const until = Date.parse(window.until) - 1;
  if (Number.isNaN(since) || Number.isNaN(until)) return 'trong thời gian qua';
  return `từ ngày ${localDate(since)} đến ngày ${localDate(until)}`;
}

function listInSpeech(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

export function writeIntro(config: Config, meetingDate: string, window: TimeWindow, withNews: SectionId[]): string {
  const greeting = `Kính thưa các đồng chí đảng viên ${config.cell.name}, ${config.cell.unit}!`;
  const purpose = `Mở đầu buổi sinh hoạt chi bộ ngày ${dayMonthYear(meetingDate)}, xin điểm lại những tin tức thời sự nổi bật ${spokenPeriod(window)}.`;
  const contents = withNews.length > 0
    ? `Bản tin gồm các nội dung: ${listInSpeech(withNews.map((id) => SPOKEN_SECTION[id]))}.`
    : 'Trong kỳ này chưa thu thập được tin mới từ các nguồn đã chọn.';
  return `${greeting} ${purpose} ${contents}`;
}

/** Openers chain the sections that have news: "Trước hết …", "Tiếp theo …", "Cuối cùng …". */
export function writeOpeners(withNews: SectionId[]): Record<SectionId, string> {
  const openers = {} as Record<SectionId, string>;
  for (const id of SECTION_IDS) {
    const position = withNews.indexOf(id);
    const name = SPOKEN_SECTION[id];
    if (position < 0) openers[id] = `Trong kỳ này chưa có ${name} mới.`;
    else if (position === 0) openers[id] = `Trước hết, mời các đồng chí theo dõi ${name}.`;
    else if (position === withNews.length - 1) openers[id] = `Cuối cùng là ${name}.`;
    else openers[id] = id === 'the-gioi' ? `Chuyển sang ${name}.` : `Tiếp theo là ${name}.`;
  }
  return openers;
}

/** Greetings for members born in the meeting's month, as the cell does in its meetings; null when none. */
export function writeBirthdays(config: Config, meetingDate: string): BirthdaySegment | null {
  const month = Number(meetingDate.slice(5, 7));
  const people = config.members
    .filter((member) => Number(member.birthDate.slice(5, 7)) === month)
    .sort((a, b) => a.birthDate.slice(8).localeCompare(b.birthDate.slice(8)) || a.name.localeCompare(b.name, 'vi'));
  if (people.length === 0) return null;
  const named = people.map((member) => `${member.name} (ngày ${Number(member.birthDate.slice(8, 10))}/${month})`);
  const who = people.length === 1 ? `đồng chí ${named[0]}` : `các đồng chí: ${listInSpeech(named)}`;
  const script =
    `Nhân dịp tháng ${month}, ${config.cell.name} trân trọng chúc mừng sinh nhật ${who}. ` +
    `Kính chúc ${people.length === 1 ? 'đồng chí' : 'các đồng chí'} dồi dào sức khỏe, hạnh phúc và hoàn thành xuất sắc nhiệm vụ được giao.`;
  return { kind: 'birthdays', title: 'Chúc mừng sinh nhật', script, people: people.map(({ name, birthDate }) => ({ name, birthDate })) };
}

export function writeOutro(config: Config, window: TimeWindow): string {
  return `Kính thưa các đồng chí! Trên đây là điểm tin thời sự ${spokenPeriod(window)} phục vụ sinh hoạt ${config.cell.name}. Xin cảm ơn các đồng chí đã chú ý lắng nghe.`;
}

/** What the newsreader says in the introduction of a bulletin made from the sample news. */
export const SPOKEN_SAMPLE_NOTICE = 'Đây là bản tin mẫu gồm các tin giả định để chạy thử, không dùng trong buổi sinh hoạt chi bộ.';

/**
 * Marks a briefing made from the sample news: the flag every renderer reads (deck, MP3 title,
 * web pages), and the spoken notice right after the greeting of the introduction, once.
 */
export function markSample(briefing: Briefing): Briefing {
  briefing.meta.sample = true;
  if (!briefing.intro.includes(SPOKEN_SAMPLE_NOTICE)) {
    const greeting = briefing.intro.match(/^[^!.]*[!.]\s*/u)?.[0] ?? '';
    briefing.intro = `${greeting}${SPOKEN_SAMPLE_NOTICE} ${briefing.intro.slice(greeting.length)}`.trim();
  }
  return briefing;
}
