import { extractFacts } from './extract-facts.ts';
import { isForeignWord } from './foreign-names.ts';
import { findPhrase } from './sentence-words.ts';
import { spokenPhrase, type Token } from './spoken-form.ts';

/**
 * After the first mention, the press names a person by the last two words of the full name:
 * "Nguyễn Quang Hải" is then "Quang Hải". Two-word names are already that form.
 */
export function givenNameOf(person: string[]): string[] {
  return person.length >= 3 ? person.slice(-2) : person;
}

const asTokens = (words: string[]): Token[] => words.map((word) => ({ word }) as Token);

/** The capitalized runs of a text, each with its readings (with and without a sentence's first word), in spoken form. */
function namesWritten(raw: string): string[][] {
  return extractFacts(raw).flatMap((fact) => (fact.kind === 'name' ? [fact.alternatives.map(spokenPhrase)] : []));
}

/** The runs a text writes in capitals, every reading of each, but none that is a full name of `people`. */
function runsOutsideFullNames(raw: string, people: string[][]): Set<string> {
  const full = new Set(people.filter((person) => person.length > 2).map((person) => person.join(' ')));
  // "Trương Thị Lê" opening a sentence may read "Thị Lê": a run that is someone's full name names no one by given name.
  return new Set(namesWritten(raw).filter((readings) => !readings.some((reading) => full.has(reading))).flat());
}

/**
 * The given names of the full names in `people` that a text writes on their own, in capitals: the
 * people it names the way the press names them after their first mention ("Quang Hải đá phạt").
 * Foreign words are no Vietnamese given name ("Asia Life" of a company read as a person).
 */
export function givenNamesWritten(raw: string, people: string[][]): string[][] {
  const runs = runsOutsideFullNames(raw, people);
  const found = new Map<string, string[]>();
  for (const person of people) {
    const given = givenNameOf(person);
    if (person.length > 2 && runs.has(given.join(' ')) && !given.some(isForeignWord)) found.set(given.join(' '), given);
  }
  return [...found.values()];
}

/** Which of `names` (given names of the article's people) a text writes on their own, in capitals. */
export function namesWrittenAlone(raw: string, names: string[][], people: string[][]): string[][] {
  const runs = runsOutsideFullNames(raw, people);
  return names.filter((name) => runs.has(name.join(' ')));
}

/** "Đến phút 67, Quang Hải đá phạt": two capitalized words opening a clause after a comma, a verb after them. */
const CLAUSE_SUBJECT = /,\s+(\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+)(?= \p{Ll})/gu;

/**
 * Two-word names a text makes the subject of a clause ("Sau trận, Hai Long được bầu …"): a footballer
 * or an artist the press names by given name alone, with no title or family name anywhere.
 * Offices and places ("Bộ Công an", "Cao Lãnh" after "huyện") are left out by the caller's lists.
 */
export function clauseSubjectsOf(raw: string, notNames: (first: string) => boolean): string[][] {
  const found = new Map<string, string[]>();
  for (const match of raw.normalize('NFC').matchAll(CLAUSE_SUBJECT)) {
    const words = match[1]!.split(' ');
    if (notNames(words[0]!) || words.some(isForeignWord)) continue;
    const spoken = spokenPhrase(match[1]!).split(' ');
    if (spoken.length === 2) found.set(spoken.join(' '), spoken);
  }
  return [...found.values()];
}

/** Whether two names may be one person: the same, or the same given name ("Quang Hải", "Nguyễn Quang Hải"). */
export function maybeSamePerson(a: string[], b: string[]): boolean {
  return a.join(' ') === b.join(' ') || givenNameOf(a).join(' ') === givenNameOf(b).join(' ');
}

/** A person as the text writes them ("Hai Long"), where the spoken form reads a word as a number ("#2 long"). */
export function writtenName(raw: string, person: string[]): string {
  for (const fact of extractFacts(raw)) {
    if (fact.kind !== 'name') continue;
    for (const name of fact.alternatives) {
      const written = name.split(' ');
      const spoken = spokenPhrase(name).split(' ');
      const at = findPhrase(asTokens(spoken), person)[0];
      if (at !== undefined && spoken.length === written.length) return written.slice(at, at + person.length).join(' ');
    }
  }
  return person.join(' ');
}
