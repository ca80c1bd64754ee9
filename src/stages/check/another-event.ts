import { isForeignWord } from './foreign-names.ts';
import { maybeSamePerson } from './given-names.ts';
import { containsPhrase } from './normalize-vi.ts';
import { closestSentences, contentWords, findPhrase } from './sentence-words.ts';
import type { SpokenText, Token } from './spoken-form.ts';

/** What the article says, as the checks of who and where read it. */
export interface ArticleReading {
  sources: SpokenText[];
  /** All sources in spoken form, for phrase lookups. */
  flat: string;
  people: string[][];
  /** The people the article names by given name alone ("Quang Hải", "tiền vệ Hai Long"). */
  givenNames: string[][];
  places: string[];
}

/** Place markers and function words: they surround every place, so they say nothing about which event it is. */
const CONTEXT_NOISE = new Set('tỉnh huyện xã quận phường thành phố thị trấn ấp thôn tại ở vùng biển từ đến một các những của và với cho trong là có được bị đã đang sẽ này đó năm ngày tháng'.split(' '));

/**
 * Whether some source sentence names the place among the same words the draft puts around it.
 * The units after it do not count: "phường An Lạc, quận Bình Tân" and "phường Tân Tạo A, quận Bình
 * Tân" share their district, not their event.
 */
export function placeInSameContext(tokens: Token[], place: string[], evidence: ArticleReading): boolean {
  const placeWords = new Set(evidence.places.flatMap((known) => known.split(' ')));
  const around = new Set<string>();
  const context = (token: Token) => token.value === undefined && token.word.length > 1 && !place.includes(token.word) && !CONTEXT_NOISE.has(token.word);
  for (const at of findPhrase(tokens, place)) {
    for (const token of tokens.slice(Math.max(0, at - 6), at)) if (context(token)) around.add(token.word);
    // An address goes from the smallest unit up: a unit before the place is inside it and tells which one it is; one after contains it.
    for (const token of tokens.slice(at + place.length, at + place.length + 6)) if (context(token) && !placeWords.has(token.word)) around.add(token.word);
  }
  const needed = Math.min(3, Math.max(2, Math.ceil(around.size * 0.4)));
  // Near the place in the article too: "lấy xe" at the other end of its sentence is not "để lấy" next to the place.
  const near = (sentence: Token[], at: number) => sentence.slice(Math.max(0, at - 8), at + place.length + 8);
  return evidence.sources.some((source) =>
    source.sentences.some((sentence) =>
      findPhrase(sentence, place).some((at) => new Set(near(sentence, at).filter((token) => around.has(token.word)).map((token) => token.word)).size >= needed),
    ),
  );
}

/**
 * A place the draft gives a person that the article only names beside someone else:
 * "Ông A quê quán xã X" where the article writes X in a sentence about B, never about A.
 */
export function placeOfAnotherPerson(tokens: Token[], place: string[], people: string[][], evidence: ArticleReading): boolean {
  const named = people.filter((person) => findPhrase(tokens, person).length > 0);
  if (named.length === 0) return false;
  const withPlace = evidence.sources.flatMap((source) => source.sentences).filter((sentence) => findPhrase(sentence, place).length > 0);
  const mentions = (sentence: Token[], person: string[]) => findPhrase(sentence, person).length > 0 || findPhrase(sentence, person.slice(-1)).length > 0;
  return named.every((person) =>
    withPlace.length > 0 &&
    withPlace.every((sentence) => !mentions(sentence, person) && evidence.people.some((other) => other.join(' ') !== person.join(' ') && findPhrase(sentence, other).length > 0)),
  );
}

/**
 * A person of the article put into another person's event: the article sentence closest to the
 * draft's names someone else there ("… bán cho người trúng đấu giá là bà Đào Thị Thơm"), while the
 * sentences that name this person are about something else.
 */
export function personOfAnotherEvent(tokens: Token[], person: string[], people: string[][], evidence: ArticleReading): boolean {
  // Two words that start like a family name are often a place ("Cao Lãnh", "Lâm Hà"): full names only,
  // or a foreign name ("ông Casula"), which no Vietnamese word or place shares.
  // A given name the article itself gives a person ("tiền vệ Hai Long", "Quang Hải" of "Nguyễn Quang Hải") is one too.
  const given = evidence.givenNames.some((other) => other.join(' ') === person.join(' '));
  if ((person.length < 3 && !person.every(isForeignWord) && !given) || !containsPhrase(evidence.flat, person.join(' '))) return false;
  const ranked = closestSentences(tokens, evidence.sources, new Set(person));
  const best = ranked[0];
  if (!best || best.score < 0.6) return false;
  const last = person.at(-1)!;
  if (findPhrase(best.tokens, person).length > 0 || best.tokens.some((token) => token.word === last)) return false;
  // "Quang Hải" in the article is the draft's "Nguyễn Quang Hải", no one else.
  const others = evidence.people.filter((other) => !people.some((named) => maybeSamePerson(named, other)) && findPhrase(best.tokens, other).length > 0);
  if (others.length === 0) return false;
  const own = ranked.filter((entry) => findPhrase(entry.tokens, person).length > 0);
  if (own.some((entry) => retells(tokens, entry.tokens, new Set(person)))) return false;
  return own.every((entry) => entry.score < best.score - 0.3);
}

/**
 * Whether a draft sentence says nearly all of an article sentence: two sentences merged into one
 * ("A chủ trì cuộc họp và các đại biểu thảo luận …") are closer, word for word, to a third that
 * shares words with both, yet each part is still its own sentence retold.
 */
function retells(draft: Token[], sentence: Token[], ignore: Set<string>): boolean {
  const words = [...contentWords(sentence)].filter((word) => !ignore.has(word));
  if (words.length < 3) return false;
  const said = contentWords(draft);
  return words.filter((word) => said.has(word)).length >= 0.8 * words.length;
}
