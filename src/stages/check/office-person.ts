import { ROLE_HEADS } from './role-titles.ts';
import { containsPhrase, normalizeForMatch } from './normalize-vi.ts';

/** First words of an office's name, or an office acronym: "Bộ Công Thương …", "UBND …". */
const OFFICE_START = /^(?:Bộ|Sở|Ban|Cục|Viện|Vụ|Tòa|Toà|Ủy|Uỷ|Hội|Liên|Hiệp|Tổng|Trường|Bệnh|Công|Tập|Ngân|Quỹ|Đài|Học|Văn|\p{Lu}{2,})$/u;

/** A given or middle name: one capital, then lower case ("Tuấn", not "VFF"). */
const GIVEN = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * Where the person starts in a capitalized run that names an office and then its holder:
 * "Chủ tịch Liên đoàn Bóng đá Việt Nam Trần Quốc Tuấn" gives the run "Việt Nam Trần Quốc Tuấn",
 * which is the office's last words and a person, not one name. The run must follow a title in
 * its clause or start an office's name; the person is a family name and one to three given names.
 * Returns the index of the family name, or -1.
 */
export function officeHolderStart(run: string[], before: string, surnames: ReadonlySet<string>): number {
  const clause = normalizeForMatch(before.split(/[,;:.!?()“”"\n]/u).at(-1) ?? '');
  const titled = ROLE_HEADS.some((head) => containsPhrase(clause, head.join(' ')));
  if (!titled && !OFFICE_START.test(run[0] ?? '')) return -1;
  for (let at = 1; at < run.length; at += 1) {
    const person = run.slice(at);
    if (person.length >= 2 && person.length <= 4 && surnames.has(run[at]!) && person.slice(1).every((word) => GIVEN.test(word))) return at;
  }
  return -1;
}
