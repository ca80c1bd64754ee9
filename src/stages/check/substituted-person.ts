import type { SpokenText, Token } from './spoken-form.ts';
import { roleHeadAt } from './role-titles.ts';
import { closestSentences, findPhrase } from './sentence-words.ts';

/** Words that refer to someone without naming them: putting the name in their place is faithful. */
const REFERRING = new Set('ông bà anh chị em cô chú bác người này ấy đó họ ta y hắn bị cáo can đối tượng nạn nhân nhân chứng'.split(' '));

/**
 * Where a draft sentence and an article sentence differ: the draft is `prefix + ours + suffix` and
 * the article `prefix + theirs + suffix`, with the longest common prefix and suffix.
 */
function difference(draft: string[], source: string[]): { ours: string[]; theirs: string[]; shared: number } {
  let prefix = 0;
  while (prefix < draft.length && prefix < source.length && draft[prefix] === source[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < draft.length - prefix && suffix < source.length - prefix && draft[draft.length - 1 - suffix] === source[source.length - 1 - suffix]) suffix += 1;
  return { ours: draft.slice(prefix, draft.length - suffix), theirs: source.slice(prefix, source.length - suffix), shared: prefix + suffix };
}

/**
 * A person of the article put where the article names someone else: "Trong khi bà Hoa khai không
 * dùng số điện thoại này" where the article writes "Trong khi Tư khai …", "Ông Minh đã gặp ông Thọ"
 * for "Cha của Linh đã gặp ông Thọ". The draft retells one article sentence word for word but for
 * the person, and the article's words there name someone rather than refer to them ("bị cáo", "ông",
 * a title).
 * `mention` is the person as the draft names them ("bà hoa", "nguyễn văn a").
 */
export function personSubstituted(draft: Token[], mention: string[], sources: SpokenText[]): boolean {
  const words = draft.map((token) => token.word);
  if (findPhrase(draft, mention).length === 0) return false;
  const best = closestSentences(draft, sources, new Set(mention))[0];
  if (!best || best.score < 0.7) return false;
  const source = best.tokens.map((token) => token.word);
  const { ours, theirs, shared } = difference(words, source);
  if (shared < 5 || shared < (words.length - mention.length) * 0.8) return false;
  // "ông Tiến" for "ông Toàn": the honorific may be the words both share.
  const name = mention.filter((word) => !REFERRING.has(word));
  const named = name.length > 0 && name.every((word) => word.length > 1) && ours.join(' ').includes(name.join(' ')) && ours.every((word) => mention.includes(word) || REFERRING.has(word));
  // "Giám đốc sở cho biết" → "Ông Nguyễn Văn A cho biết": a title refers to its holder, whom the draft may name.
  if (theirs.some((_, at) => roleHeadAt(theirs, at) !== undefined)) return false;
  const otherWords = theirs.filter((word) => !REFERRING.has(word));
  // The article's words there must name someone, share nothing with the draft's person, and be short.
  return named && ours.length <= mention.length + 2 && otherWords.length > 0 && theirs.length <= 4 && !theirs.some((word) => mention.includes(word) && !REFERRING.has(word));
}
