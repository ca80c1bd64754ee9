/**
 * Acronyms an article defines for itself: "Phòng CSGT đường bộ - đường sắt (PC67)" and later
 * "Trưởng PC67". A draft may say the long name where the article says the acronym, so the
 * article's later uses are read with the long name beside them.
 */
const DEFINITION = /([^,;:.!?()\n]+)\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;

/** Words that end a name: what comes before them is not part of the defined name. */
const NOT_IN_NAMES = new Set('của và với là tại ở cho dù theo khi nhưng thì được bị đã sẽ đang trong từ về do nên mà như'.split(' '));

const MAX_NAME_WORDS = 12;

/** The name that ends where "(ABBR)" begins: from its first capitalized word, no function word inside. */
function nameBefore(clause: string): string | undefined {
  const words = clause.trim().split(/\s+/u).slice(-MAX_NAME_WORDS);
  let start = -1;
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index]!;
    if (NOT_IN_NAMES.has(word)) break;
    if (/^\p{Lu}/u.test(word)) start = index;
  }
  if (start < 0) return undefined;
  const name = words.slice(start);
  return name.length >= 2 ? name.join(' ') : undefined;
}

/** Each acronym with the name its first definition gives it; a later "(PC67)" only says which unit. */
export function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[2]!;
    if (defined.has(acronym)) continue;
    const name = nameBefore(match[1]!);
    if (name && !name.includes(acronym)) defined.set(acronym, name);
  }
  return defined;
}

/** The text with every use of a defined acronym outside its definition preceded by the name it stands for. */
export function withDefinedNames(text: string, defined: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [acronym, name] of defined) {
    const use = new RegExp(`(?<![\\p{L}\\p{N}(])${acronym}(?![\\p{L}\\p{N})])`, 'gu');
    result = result.replace(use, `${name} ${acronym}`);
  }
  return result;
}
