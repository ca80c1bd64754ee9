import type { SpokenText, Token } from './spoken-form.ts';
import { NEGATIONS, STOP, closestSentences, findPhrase, wordAfter } from './sentence-words.ts';
import { assertionAt, speaksTo, statedAt } from './stated-at.ts';

/** "không khí", "không chỉ… mà còn": the word is not a negation there. */
const NOT_NEGATING = new Set(['gian', 'khí', 'quân', 'phận', 'trung', 'lưu', 'chỉ', 'những', 'ít', 'kể', 'ngừng', 'lâu', 'bao', 'giờ', 'phút', 'độ']);
/** Function words: a negation is about the word after them. */
const NOT_TARGETS = new Set(['đến', 'tới', 'với', 'cho', 'từ', 'ai', 'gì', 'nào', 'mức', 'như', 'bằng', 'khi', 'ra', 'vào', 'lên', 'xuống', 'qua', 'về', 'nữa']);
/** Words between a negation and what it negates. */
const AUXILIARIES = new Set(['hề', 'từng', 'được', 'bị', 'phải', 'có', 'còn', 'đã', 'đang', 'sẽ', 'là', 'hề', 'cần', 'nên', 'thật', 'mấy', 'hẳn', 'đủ']);

function negated(tokens: Token[]): Array<{ at: number; target: string }> {
  const found: Array<{ at: number; target: string }> = [];
  tokens.forEach((token, index) => {
    if (!NEGATIONS.has(token.word)) return;
    if (NOT_NEGATING.has(tokens[index + 1]?.word ?? '')) return;
    let target = index + 1;
    while (target < tokens.length && (AUXILIARIES.has(tokens[target]!.word) || tokens[target]!.word === 'ai') && target < index + 4) target += 1;
    const word = tokens[target];
    if (!word || word.breakBefore || word.value !== undefined || NOT_TARGETS.has(word.word)) return;
    found.push({ at: index, target: word.word });
  });
  return found;
}

/**
 * Whether a negation earlier in the same clause reaches the word at `index`: "không cần phải thực
 * hiện cấp giấy phép" negates "giấy phép" six words on.
 */
/** Words that start a new predicate or a condition: "không thống nhất là phù hợp", "không giải ngân khi khách đã nộp" negate only the first. */
const CLAUSE_JOINS = new Set(['là', 'mà', 'nhưng', 'thì', 'và', 'để', 'nên', 'song', 'cũng', 'khi', 'nếu']);

function negatedInClause(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 8); at -= 1) {
    if (tokens[at + 1]!.breakBefore || CLAUSE_JOINS.has(tokens[at]!.word)) return false;
    if (NEGATIONS.has(tokens[at]!.word) && !NOT_NEGATING.has(tokens[at + 1]?.word ?? '')) return true;
  }
  return false;
}

function negatedNear(tokens: Token[], target: string): { present: boolean; negated: boolean } {
  let present = false;
  for (const [index, token] of tokens.entries()) {
    if (token.word !== target) continue;
    present = true;
    if (negatedBefore(tokens, index)) return { present, negated: true };
  }
  return { present, negated: false };
}

function negatedBefore(tokens: Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 4), index).some((word) => NEGATIONS.has(word.word)) || negatedInClause(tokens, index) || permissionRevoked(tokens, index);
}

const REVOKING = new Set(['bỏ', 'hủy', 'huỷ', 'ngừng', 'dừng']);

/** What a revoked rule is called: "bỏ quy định", "bỏ nội dung", "bỏ Điều 5". */
const RULE_WORDS = [['quy', 'định'], ['nội', 'dung'], ['điều']];

/**
 * Whether the word at `index` is part of a rule the sentence says was abolished: "đã bỏ quy định: Trước
 * khi bán xe, chủ xe phải thông báo …", "bỏ nội dung … về việc người bán phải thông báo …", or "quy định
 * người bán phải thông báo … sẽ không còn hiệu lực".
 */
function ruleRevoked(tokens: Token[], index: number): boolean {
  const rule = (at: number) => RULE_WORDS.some((words) => words.every((word, offset) => tokens[at + offset]?.word === word));
  for (let at = index - 3; at >= Math.max(0, index - 25); at -= 1) {
    if (REVOKING.has(tokens[at]!.word) && rule(at + 1)) return true;
    if (rule(at) && findPhrase(tokens.slice(index), ['không', 'còn', 'hiệu', 'lực']).length > 0) return true;
  }
  return false;
}

/**
 * Whether the word at `index` is what a revoked permission allowed: "bỏ quy định về việc cho phép
 * cơ quan bảo hiểm xã hội được trích …" says the agency may no longer "trích", as "không còn được
 * trích" does.
 */
function permissionRevoked(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(1, index - 16); at -= 1) {
    if (tokens[at + 1]!.breakBefore || (at < index - 1 && CLAUSE_JOINS.has(tokens[at]!.word))) return false;
    if (tokens[at]!.word === 'phép' && tokens[at - 1]!.word === 'cho') {
      return tokens.slice(Math.max(0, at - 6), at - 1).some((token) => REVOKING.has(token.word));
    }
  }
  return false;
}

/** Verbs that only say one thing brought about another: "không gây ùn tắc" and "đã khiến … ùn tắc" differ by the negation, not the verb. */
const CAUSATIVES = new Set(['gây', 'khiến', 'làm', 'dẫn']);

/** The first word a causative verb brings about: "gây ùn tắc" → "ùn". */
function causedWord(tokens: Token[], verb: number): string | undefined {
  for (let at = verb + 1; at < Math.min(tokens.length, verb + 4); at += 1) {
    const token = tokens[at]!;
    if (token.breakBefore || token.value !== undefined) return undefined;
    if (!STOP.has(token.word) && token.word.length > 1 && !['ra', 'tới', 'đến', 'cho'].includes(token.word)) return token.word;
  }
  return undefined;
}

/** A negated causative on one side whose effect the other side states without it: "không gây ùn tắc" against "đã khiến giao thông ùn tắc". */
function causativeFlip(negative: Token[], at: number, target: string, positive: Token[]): string | undefined {
  if (!CAUSATIVES.has(target) || positive.some((token) => token.word === target)) return undefined;
  const verb = negative.findIndex((token, index) => index > at && token.word === target);
  const effect = causedWord(negative, verb);
  if (!effect) return undefined;
  const hits = positive.flatMap((token, index) => (token.word === effect ? [index] : []));
  if (hits.length === 0 || hits.some((index) => negatedInClause(positive, index))) return undefined;
  return `${target} ${effect}`;
}

/**
 * Particles after a verb that do not change its use: "bán lại nhà" uses "bán" as "bán nhà" does; nor
 * does "nào" after a negated noun: "chưa có tác phẩm nào đáng chú ý" uses "tác phẩm" as "nhiều tác phẩm đáng chú ý".
 */
const PARTICLES = new Set(['lại', 'nữa', 'luôn', 'ngay', 'hẳn', 'nào']);

function withoutParticles(tokens: Token[]): Token[] {
  return tokens.filter((token, index) => !PARTICLES.has(token.word) || index === 0 || token.breakBefore);
}

/**
 * The words that say how the draft uses the word at `place`: it and the next two, particles left
 * out, within the clause; two are enough when the clause ends there ("không được bán lại nhà.").
 */
function useOf(draft: Token[], place: number): string[] | undefined {
  if (place < 0) return undefined;
  const words = [draft[place]!.word];
  let index = place + 1;
  for (; index < draft.length && words.length < 3 && !draft[index]!.breakBefore; index += 1) {
    if (!PARTICLES.has(draft[index]!.word)) words.push(draft[index]!.word);
  }
  const clauseEnds = index >= draft.length || draft[index]!.breakBefore;
  return words.length === 3 || (words.length === 2 && clauseEnds) ? words : undefined;
}

/** Words that open a new clause: "bán nhà nếu muốn" ends the use of "bán" at "nhà". */
const CLAUSE_OPENERS = new Set(['nếu', 'khi', 'vì', 'do', 'để', 'nhưng', 'mà', 'và', 'thì', 'song', 'tuy', 'dù', 'hoặc', 'còn', 'sau', 'trước']);

/**
 * Whether a source sentence uses the words alike. Two words that end the draft's clause must end the
 * source's too: "không chấp nhận." is no use of "chấp nhận toàn bộ yêu cầu", which may be said of something else.
 */
function usedAlike(tokens: Token[], use: string[]): boolean {
  return findPhrase(tokens, use).some((at) => {
    if (use.length === 3) return true;
    const next = tokens[at + use.length];
    return !next || next.breakBefore || CLAUSE_OPENERS.has(next.word);
  });
}

/** The negations of a source sentence the draft says without: "chưa làm hết trách nhiệm" → "đã làm hết trách nhiệm". */
function negationsDropped(reference: Token[], draft: Token[], sources: SpokenText[]): string[] {
  const flips: string[] = [];
  for (const { at, target } of negated(reference)) {
    const caused = causativeFlip(reference, at, target, draft);
    if (caused) flips.push(`${caused} (bài gốc: không/chưa ${caused})`);
    const inDraft = negatedNear(draft, target);
    if (!inDraft.present || inDraft.negated) continue;
    // "thu phí thử nghiệm" is no flip of "phát vé không thu tiền": the word must be used alike,
    // and no other sentence of the article may say the draft's phrase without the negation.
    const sourceNext = wordAfter(reference, reference.findIndex((token, index) => index > at && token.word === target));
    // The draft may use the word twice ("người nộp hồ sơ vẫn phải nộp bản sao"): the use alike counts.
    const places = draft.flatMap((token, index) => (token.word === target ? [index] : []));
    const place = places.find((index) => wordAfter(draft, index) === sourceNext) ?? places[0]!;
    const draftNext = wordAfter(draft, place);
    if (sourceNext && draftNext && sourceNext !== draftNext) continue;
    if (compoundSaidPlainly(draft, place, sources)) continue;
    // A condition, a plan or a question of the article vouches only for the same in the draft: "nếu công an làm hết
    // trách nhiệm thì …" vouches for the draft's condition, not for its "công an đã làm hết trách nhiệm".
    const said = assertionAt(draft, place);
    // "đã bỏ Điều 5, vốn buộc người bán phải thông báo" says the rule is gone, as the article's "không phải thông báo".
    if (said === 'named' || ruleRevoked(draft, place)) continue;
    const phrase = draft.slice(place, place + 3).filter((token, offset) => offset === 0 || !token.breakBefore).map((token) => token.word);
    const saidPlainly = phrase.length === 3 && sources.some((source) => source.sentences.some((tokens) => findPhrase(tokens, phrase).some((hit) => !negatedBefore(tokens, hit) && !ruleRevoked(tokens, hit) && speaksTo(assertionAt(tokens, hit), said))));
    if (!saidPlainly) flips.push(`${target} (bài gốc: không/chưa ${target})`);
  }
  return flips;
}

/**
 * Whether the draft's word is the second half of a compound the article says without a negation:
 * "giới tính" is no "tính" of the article's "không tính thuế".
 */
function compoundSaidPlainly(draft: Token[], place: number, sources: SpokenText[]): boolean {
  const previous = draft[place - 1];
  if (!previous || draft[place]!.breakBefore || previous.value !== undefined || NEGATIONS.has(previous.word) || AUXILIARIES.has(previous.word) || STOP.has(previous.word)) return false;
  const compound = [previous.word, draft[place]!.word];
  return sources.some((source) => source.sentences.some((tokens) => findPhrase(tokens, compound).some((hit) => !negatedBefore(tokens, hit))));
}

/** The words and figures before a word, and a few after it: what the sentence says about it. */
function surroundings(tokens: Token[], index: number): Set<string> {
  return new Set(
    [...tokens.slice(Math.max(0, index - 8), index), ...tokens.slice(index + 1, index + 4)]
      .filter((token) => token.value !== undefined || (token.word.length > 1 && !STOP.has(token.word) && !AUXILIARIES.has(token.word)))
      .map((token) => token.word),
  );
}

/**
 * Whether the article, which names the draft's negated word both negated and not, names it plainly
 * among the draft's words: "cải tạo từ hai làn đường, không có dải phân cách, sang bốn làn đường,
 * bao gồm dải phân cách" against "thành bốn làn đường nhưng vẫn chưa có dải phân cách".
 */
function presentWhereDraftIs(draft: Token[], place: number, sentences: Token[][]): boolean {
  // "chưa thu tiền" is the article's "không thu tiền", though "trạm thu phí" shares more words around it.
  const next = wordAfter(draft, place);
  const usedWith = (negated: boolean) =>
    next !== undefined && sentences.some((tokens) => tokens.some((token, index) => token.word === draft[place]!.word && wordAfter(tokens, index) === next && negatedBefore(tokens, index) === negated));
  if (usedWith(true) && !usedWith(false)) return false;
  const around = surroundings(draft, place);
  let plain = -1;
  let negative = -1;
  for (const tokens of sentences) {
    tokens.forEach((token, index) => {
      if (token.word !== draft[place]!.word) return;
      const shared = [...surroundings(tokens, index)].filter((word) => around.has(word)).length;
      if (negatedBefore(tokens, index)) negative = Math.max(negative, shared);
      else plain = Math.max(plain, shared);
    });
  }
  return negative >= 0 && plain > negative;
}

/**
 * The words whose negation differs between a draft sentence and the closest source sentence:
 * "đã bị bắt" → "chưa bị bắt", "không yêu cầu" → "yêu cầu".
 */
export function flippedNegations(draft: Token[], sources: SpokenText[]): string[] {
  const ranked = closestSentences(draft, sources);
  const [best, second] = ranked;
  if (!best || best.score < 0.5) return [];
  const candidates = [best, ...(second && second.score >= best.score - 0.1 ? [second] : [])];
  const flips: string[] = [];
  for (const { at, target } of negated(draft)) {
    const inSources = candidates.map((candidate) => negatedNear(candidate.tokens, target));
    // The word alone may be another verb's half ("không chấp nhận" against "chấp nhận toàn bộ yêu cầu"):
    // the words after it must be the source's too.
    const place = draft.findIndex((token, index) => index > at && token.word === target);
    const context = useOf(draft, place);
    const sameUse = context !== undefined && candidates.some((candidate) => usedAlike(withoutParticles(candidate.tokens), context));
    if (inSources.some((entry) => entry.present) && !inSources.some((entry) => entry.negated) && sameUse) flips.push(`không/chưa … ${target}`);
    else if (sameUse && presentWhereDraftIs(draft, place, candidates.map((candidate) => candidate.tokens))) flips.push(`không/chưa … ${target}`);
    const caused = inSources.some((entry) => entry.present) ? undefined : causativeFlip(draft, at, target, best.tokens);
    if (caused) flips.push(`không/chưa ${caused}`);
  }
  // A sentence quoting an abolished rule ("đã bỏ quy định: … phải thông báo") is no model for the draft's negations.
  const models = ranked.filter((entry) => entry.score >= best.score - 0.1 && findPhrase(entry.tokens, ['bỏ', 'quy', 'định']).length === 0);
  const reference = models[0] ?? best;
  // Sentences as close as the closest one are each the draft's model ("Nhân chứng Minh khẳng định …" is as
  // close to "Tôi khẳng định không ký …" as to the sentence before it): each one's negations count.
  for (const model of models.length > 0 ? models : [best]) flips.push(...negationsDropped(model.tokens, draft, sources));
  // "vẫn được trích" where the article revokes the permission ("bỏ quy định … cho phép … được trích").
  reference.tokens.forEach((token, at) => {
    if (reference.tokens[at - 1]?.word !== 'được' || !permissionRevoked(reference.tokens, at)) return;
    const hits = [...findPhrase(draft, ['được', token.word]), ...findPhrase(draft, ['phép', token.word])];
    if (hits.length > 0 && hits.every((hit) => !negatedBefore(draft, hit + 1))) flips.push(`được ${token.word} (bài gốc: bỏ quy định cho phép)`);
  });
  return flips;
}

/** Whether the word at `index` is negated: "không", "chưa"… right before it, over auxiliaries ("chưa được", "không hề"). */
function negatedAt(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 4); at -= 1) {
    // "chưa đủ, sau khi công chứng": a negation stops at the comma before the words it would reach.
    if (tokens[at + 1]!.breakBefore) return false;
    const word = tokens[at]!.word;
    if (NEGATIONS.has(word)) return !NOT_NEGATING.has(tokens[at + 1]?.word ?? '');
    if (!AUXILIARIES.has(word) && word !== 'vẫn' && word !== 'thể') return false;
    if (tokens[at]!.breakBefore) return false;
  }
  return false;
}

/** Function words that are verbs too: "không cho ở chung nhà" negates "cho" (let), "không ra khỏi nhà" "ra" (go out). */
const VERBS_TOO = new Set(['cho', 'ra', 'vào', 'về', 'lên', 'xuống', 'qua', 'đến', 'tới', 'ở']);

/**
 * Phrases of three or four words the draft and the sources share, negated on one side only, across
 * all source sentences rather than the closest one: a draft that rewrote or merged sentences
 * ("…không nhất quán là phù hợp với thông lệ quốc tế" where the article writes "Điều này không phù
 * hợp với thông lệ quốc tế") still meets the article's negation of that phrase.
 */
export function negatedPhraseFlips(draft: Token[], sentences: Token[][]): string[] {
  const flips: string[] = [];
  for (let index = 0; index < draft.length; index += 1) {
    const first = draft[index]!;
    if (first.value !== undefined || ((STOP.has(first.word) || AUXILIARIES.has(first.word)) && !VERBS_TOO.has(first.word))) continue;
    for (let length = 4; length >= 3; length -= 1) {
      const phrase = draft.slice(index, index + length);
      if (phrase.length < length || phrase.some((token, offset) => token.value !== undefined || (offset > 0 && token.breakBefore))) continue;
      if (phrase.filter((token) => !STOP.has(token.word) && token.word.length > 1 && !token.joined).length < 2) continue;
      // "không có di chúc hoặc …" shares with "chia theo di chúc hoặc chia theo pháp luật" only the noun: the joining word belongs to no phrase.
      if (CLAUSE_OPENERS.has(phrase[phrase.length - 1]!.word)) continue;
      const words = phrase.map((token) => token.word);
      const hits = sentences.flatMap((tokens) => findPhrase(tokens, words).map((at) => ({ tokens, at })));
      if (hits.length === 0) continue;
      // A negation right before the phrase is certain; one earlier in the clause may reach it
      // ("không cần phải thực hiện cấp giấy phép") or not, so it never makes a flip on its own.
      const inDraft = negatedAt(draft, index);
      if (inDraft && hits.every((hit) => !negatedAt(hit.tokens, hit.at) && !negatedInClause(hit.tokens, hit.at))) flips.push(`không/chưa ${words.join(' ')}`);
      // A draft's statement is compared with what the article states, its condition or plan also with the article's:
      // "nếu cơ quan công an làm hết trách nhiệm thì …" neither vouches for nor denies "công an đã làm hết trách nhiệm".
      const said = assertionAt(draft, index);
      const alike = hits.filter((hit) => speaksTo(assertionAt(hit.tokens, hit.at), said));
      if (!inDraft && !negatedInClause(draft, index) && said !== 'named' && alike.length > 0 && alike.every((hit) => negatedAt(hit.tokens, hit.at))) flips.push(`${words.join(' ')} (bài gốc: không/chưa ${words.join(' ')})`);
      break;
    }
  }
  return flips;
}

/** Whether the clause ends before `index`: the sentence's end, a comma, or a word opening a new clause. */
function clauseEndsAt(tokens: Token[], index: number): boolean {
  const next = tokens[index];
  return !next || Boolean(next.breakBefore) || CLAUSE_OPENERS.has(next.word);
}

/**
 * A negated two-word predicate that ends its clause ("Venezuela chưa vỡ nợ dù …", "HLV Kim không họp
 * báo sau khi …") against an article that says it plainly, in any sentence, of the same subject
 * ("Venezuela vỡ nợ.", "HLV Kim họp báo sau khi …") and never negated: titles state such facts in
 * sentences too short to be the draft's closest.
 */
export function negatedStatementFlips(draft: Token[], sentences: Token[][]): string[] {
  const flips: string[] = [];
  for (const { at, target } of negated(draft)) {
    const place = draft.findIndex((token, index) => index > at && token.word === target);
    const second = draft[place + 1];
    if (!second || second.breakBefore || second.value !== undefined || !clauseEndsAt(draft, place + 2)) continue;
    const phrase = [target, second.word];
    const subject = new Set(draft.slice(Math.max(0, at - 6), at).filter((token) => token.value === undefined && !STOP.has(token.word) && token.word.length > 1).map((token) => token.word));
    const hits = sentences.flatMap((tokens) => findPhrase(tokens, phrase).map((hit) => ({ tokens, hit })));
    if (hits.length === 0 || hits.some(({ tokens, hit }) => negatedBefore(tokens, hit))) continue;
    const stated = hits.some(({ tokens, hit }) => clauseEndsAt(tokens, hit + 2) && statedAt(tokens, hit) && tokens.slice(0, hit).some((token) => subject.has(token.word)));
    if (stated) flips.push(`không/chưa ${phrase.join(' ')}`);
  }
  return flips;
}

/**
 * The article's sentence a negation flip was read from, for the reviewer and the retry prompt: the
 * closest one to the draft that says the flip's words with the negation ("bài gốc: không/chưa …")
 * or without it ("không/chưa …" in the draft). Undefined when the flip names no words to look for.
 */
export function flipSource(draft: Token[], flip: string, sentences: Token[][]): Token[] | undefined {
  const denied = /\(bài gốc: không\/chưa (.+)\)$/u.exec(flip);
  const added = denied ? null : /^không\/chưa (?:… )?(.+)$/u.exec(flip);
  const words = (denied ?? added)?.[1]?.split(' ');
  if (!words) return undefined;
  const saying = sentences.filter((tokens) => findPhrase(tokens, words).some((at) => negatedBefore(tokens, at) === Boolean(denied)));
  return closestSentences(draft, [{ sentences: saying, flat: '' }])[0]?.tokens;
}
