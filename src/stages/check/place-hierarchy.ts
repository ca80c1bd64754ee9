import { spokenPhrase } from './spoken-form.ts';

/**
 * Which administrative unit a text puts inside which: "xã Tân Phú Thạnh, thị trấn Cái Tắc (thuộc
 * tỉnh Hậu Giang)" puts both communes in Hậu Giang. Read from written text (aliases expanded), as
 * chains of units joined by commas, brackets, "thuộc" or "và", smallest first.
 */
export interface Containment {
  child: string;
  parent: string;
  /** The parent's possible levels: 1 commune, 2 district, 3 province. */
  levels: number[];
}

const LEVELS: Record<string, number[]> = {
  'thành phố': [2, 3],
  'thị xã': [2],
  'thị trấn': [1],
  tỉnh: [3],
  huyện: [2],
  quận: [2],
  xã: [1],
  phường: [1],
};

const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}`;
const UNIT = new RegExp(String.raw`(?<![\p{L}])([Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường)\s+(${NAME}|\d+)`, 'gu');
/** What may stand between two units of one address: ", ", " (thuộc ", " và ", or sibling names ", Lê Bình, Thường Thạnh". */
const JOIN = new RegExp(String.raw`^(?:\s*,\s*${NAME})*\s*(?:[,(]\s*)?(?:thuộc\s+|và\s+)?(?:các\s+)?$`, 'u');
const SIBLING = new RegExp(NAME, 'gu');

interface Unit {
  name: string;
  levels: number[];
}

function chainsOf(text: string): Unit[][] {
  const chains: Unit[][] = [];
  let chain: Unit[] = [];
  let end = -1;
  for (const match of text.matchAll(UNIT)) {
    const levels = LEVELS[match[1]!.toLowerCase()]!;
    const between = end < 0 ? undefined : text.slice(end, match.index);
    if (between !== undefined && JOIN.test(between)) {
      const previous = chain.at(-1)!;
      for (const sibling of between.match(SIBLING) ?? []) chain.push({ name: spokenPhrase(sibling), levels: previous.levels });
    } else {
      if (chain.length > 1) chains.push(chain);
      chain = [];
    }
    chain.push({ name: spokenPhrase(match[2]!), levels });
    end = match.index! + match[0].length;
  }
  if (chain.length > 1) chains.push(chain);
  // "quận Cái Răng, Thành phố Cần Thơ": a city after a district is a province; before one, a district.
  for (const units of chains) {
    units.forEach((unit, index) => {
      if (unit.levels.length < 2) return;
      if (units.slice(0, index).some((other) => other.levels.length === 1 && other.levels[0] === 2)) unit.levels = [3];
      else if (units.slice(index + 1).some((other) => other.levels.length === 1 && other.levels[0] === 3)) unit.levels = [2];
    });
  }
  return chains;
}

export function containmentsOf(text: string): Containment[] {
  const found: Containment[] = [];
  for (const units of chainsOf(text)) {
    units.forEach((child, index) => {
      for (const parent of units.slice(index + 1)) {
        if (Math.min(...parent.levels) > Math.max(...child.levels)) found.push({ child: child.name, parent: parent.name, levels: parent.levels });
      }
    });
  }
  return found;
}

const overlap = (a: number[], b: number[]) => a.some((level) => b.includes(level));

/**
 * The parents a draft gives a unit that the article puts elsewhere: "thị trấn Cái Tắc, quận Cái
 * Răng" where the article has Cái Tắc in tỉnh Hậu Giang and Cái Răng in Thành phố Cần Thơ. Only
 * units the article places are judged; a parent it never contradicts passes.
 */
export function misplacedUnits(draft: string, source: Containment[]): string[] {
  const parentsOf = (name: string) => source.filter((entry) => entry.child === name);
  const misplaced: string[] = [];
  for (const claim of containmentsOf(draft)) {
    const own = parentsOf(claim.child);
    if (own.some((entry) => entry.parent === claim.parent)) continue;
    const sameLevel = own.some((entry) => overlap(entry.levels, claim.levels) && entry.parent !== claim.parent);
    const above = own.filter((entry) => Math.min(...entry.levels) > Math.max(...claim.levels));
    const parentsOfParent = parentsOf(claim.parent);
    const elsewhere = above.some(
      (entry) => parentsOfParent.some((other) => overlap(other.levels, entry.levels)) && !parentsOfParent.some((other) => other.parent === entry.parent),
    );
    if ((sameLevel || elsewhere) && !misplaced.includes(claim.parent)) misplaced.push(claim.parent);
  }
  return misplaced;
}
