import { vietnamParts } from '../domain/vietnam-time.ts';

const DAY_MS = 24 * 3600_000;
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];
const TOKEN = /\{\{\s*([a-z]+)\s*(?::\s*([+-]?\d+)\s*)?\}\}/g;

/** Calendar fields of a moment as seen in Asia/Ho_Chi_Minh. */
function vnCalendar(ms: number): { day: number; month: number; year: number; weekday: number } {
  return vietnamParts(ms)!;
}

function shiftMonths(month: number, year: number, offset: number): { month: number; year: number } {
  const index = year * 12 + (month - 1) + offset;
  return { month: (index % 12) + 1, year: Math.floor(index / 12) };
}

function renderToken(name: string, offset: number, published: Date): string {
  const ms = published.getTime();
  const here = vnCalendar(ms);
  switch (name) {
    case 'date': {
      const d = vnCalendar(ms + offset * DAY_MS);
      return `${d.day}/${d.month}/${d.year}`;
    }
    case 'day': {
      const d = vnCalendar(ms + offset * DAY_MS);
      return `ngày ${d.day}/${d.month}`;
    }
    case 'dm': {
      const d = vnCalendar(ms + offset * DAY_MS);
      return `${d.day}/${d.month}`;
    }
    case 'weekday':
      return WEEKDAYS[vnCalendar(ms + offset * DAY_MS).weekday]!;
    case 'month': {
      const m = shiftMonths(here.month, here.year, offset);
      return `tháng ${m.month}/${m.year}`;
    }
    case 'year':
      return String(here.year + offset);
    case 'quarter': {
      const index = here.year * 4 + Math.floor((here.month - 1) / 3) + offset;
      return `quý ${ROMAN_QUARTERS[index % 4]}/${Math.floor(index / 4)}`;
    }
    default:
      throw new Error(`unknown template token "{{${name}}}"`);
  }
}

/**
 * Renders date templates relative to the publication time (see feeds/demo/README.md):
 * {{date:-2}} → "25/11/2026", {{day:-2}} → "ngày 25/11", {{dm}} → "27/11", {{weekday:-1}} → "thứ Năm",
 * {{month:-1}} → "tháng 10/2026", {{year}} → "2026", {{quarter:-1}} → "quý III/2026".
 */
export function renderTemplate(text: string, published: Date): string {
  return text.replace(TOKEN, (_match, name: string, offset: string | undefined) => renderToken(name, offset ? Number(offset) : 0, published));
}

/** Throws on a template token that renderTemplate would not understand, so typos surface at load time. */
export function checkTemplate(text: string, where: string): void {
  let rendered: string;
  try {
    rendered = renderTemplate(text, new Date(0));
  } catch (cause) {
    throw new Error(`${where}: ${(cause as Error).message}`, { cause });
  }
  const leftover = /\{\{[^\n]{0,20}/.exec(rendered);
  if (leftover) throw new Error(`${where}: malformed template token "${leftover[0]}"`);
}
