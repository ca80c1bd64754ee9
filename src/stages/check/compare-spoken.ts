import type { SpokenText, Token } from './spoken-form.ts';

/**
 * Claims read from the spoken form of a draft and looked up in the spoken form of its sources:
 * numbers with the words around them, dates as day–month–year, negations and who holds which role.
 */
export interface NumberClaim {
  value: number;
  previous?: string;
  next?: string;
  weak: boolean;
  /** The claim as the reader hears it: "8 năm tù". */
  text: string;
  kind: 'number' | 'percent' | 'date';
  /** The next few words, across commas and brackets: "34.118 phương tiện (ô tô)". */
  following: string[];
}

export interface DateClaim {
  day?: number;
  month?: number;
  year?: number;
  text: string;
}

const DATE_LEAD = new Set(['ngày', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya']);
/** After a lone "năm" these words mean "year": "năm nay", "năm qua", "hàng năm". */
const YEAR_AFTER = new Set(['nay', 'qua', 'trước', 'ngoái', 'tới', 'sau', 'học', 'tài', 'đó', 'này', 'mới', 'nào', 'ấy', 'kia', 'rồi', 'đầu', 'cuối', 'sinh', 'trời']);
const YEAR_BEFORE = new Set(['hàng', 'hằng', 'mỗi', 'các', 'những', 'nhiều', 'cả', 'trong', 'cuối', 'đầu', 'giữa', 'một', 'từng', 'bao', 'sang', 'đến', 'tới', 'của']);

const shown = (token: Token | undefined) => (token ? token.word.replace(/^#/, '') : '');

/** A value as a newsreader's script writes it: "150 tỷ", "3,2 triệu", "1.234". */
function formatValue(value: number): string {
  for (const [scale, word] of [[1e9, 'tỷ'], [1e6, 'triệu']] as const) {
    const scaled = value / scale;
    if (scaled >= 1 && Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) return `${String(Math.round(scaled * 1000) / 1000).replace('.', ',')} ${word}`;
  }
  return Number.isInteger(value) ? value.toLocaleString('vi-VN') : String(value).replace('.', ',');
}

function claimText(tokens: Token[], index: number): string {
  const token = tokens[index]!;
  const after = tokens.slice(index + 1, index + 3).filter((next, offset) => offset === 0 ? !next.breakBefore : !next.breakBefore && !tokens[index + 1]!.breakBefore);
  const words = after.map(shown);
  if (words.length === 2 && STOP.has(words[1]!)) words.pop();
  return [formatValue(token.value!), ...words].join(' ').trim();
}

/** "Luật Đất đai 2013" is "Luật Đất đai năm 2013": a year after a law's name, not a count. */
function lawYear(tokens: Token[], index: number): boolean {
  const value = tokens[index]!.value!;
  if (!Number.isInteger(value) || value < 1900 || value > 2100 || tokens[index - 1]?.word === 'năm') return false;
  for (let at = index - 1; at >= Math.max(0, index - 5); at -= 1) {
    if (tokens[at]!.word === 'luật' || (tokens[at]!.word === 'pháp' && tokens[at - 1]?.word === 'hiến')) return true;
    if (tokens[at]!.breakBefore || tokens[at]!.value !== undefined) return false;
  }
  return false;
}

/** Dates and numbers of one text, each number with its neighbours in the same clause. */
export function readClaims(spoken: SpokenText): { numbers: NumberClaim[]; dates: DateClaim[] } {
  const numbers: NumberClaim[] = [];
  const dates: DateClaim[] = [];
  for (const tokens of spoken.sentences) {
    const used = new Set<number>();
    tokens.forEach((token, index) => {
      if (token.value === undefined || used.has(index)) return;
      const at = (offset: number) => tokens[index + offset];
      const isValue = (offset: number) => at(offset)?.value !== undefined;
      const lead = at(-1)?.word;
      let date: DateClaim | null = null;
      if (lead && DATE_LEAD.has(lead) && at(1)?.word === 'tháng' && isValue(2)) {
        date = { day: token.value, month: at(2)!.value, text: '' };
        used.add(index + 2);
        if (at(3)?.word === 'năm' && isValue(4)) {
          date.year = at(4)!.value;
          used.add(index + 4);
        }
      } else if (lead === 'tháng' && at(1)?.word === 'năm' && isValue(2) && at(2)!.value! >= 1900) {
        date = { month: token.value, year: at(2)!.value, text: '' };
        used.add(index + 2);
      }
      if (date) {
        const parts = [date.day, date.month, date.year].filter((part) => part !== undefined);
        date.text = `${date.day !== undefined ? 'ngày ' : 'tháng '}${parts.join('/')}`;
        if (validDate(date)) dates.push(date);
        return;
      }
      const previous = token.breakBefore ? undefined : lawYear(tokens, index) ? 'năm' : at(-1)?.word;
      const next = at(1) && !at(1)!.breakBefore ? at(1)!.word : undefined;
      const kind = next === 'phần' ? 'percent' : previous === 'tháng' || previous === 'ngày' || (previous === 'năm' && token.value >= 1900 && token.value <= 2100) ? 'date' : 'number';
      numbers.push({ value: token.value, previous, next, weak: token.weak ?? false, text: claimText(tokens, index), kind, following: tokens.slice(index + 1, index + 5).map((word) => word.word) });
    });
  }
  return { numbers, dates };
}

function validDate(date: DateClaim): boolean {
  return (date.month === undefined || (date.month >= 1 && date.month <= 12)) && (date.day === undefined || (date.day >= 1 && date.day <= 31));
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a draft's number needs checking: "một" is mostly the article "a", a lone "năm" often "year". */
export function checkable(claim: NumberClaim): boolean {
  if (claim.value === 1 || claim.value === 0) return false;
  // "thứ hai" at the end of a clause is a weekday or "the second (point)", not a figure.
  if (claim.previous === 'thứ' && !claim.next && claim.value <= 8) return false;
  if (claim.weak) {
    if (!claim.next || YEAR_AFTER.has(claim.next)) return false;
    if (claim.previous && YEAR_BEFORE.has(claim.previous)) return false;
  }
  return true;
}

/** A number is found when the source has the same value with the same word after or before it. */
export function numberFound(claim: NumberClaim, evidence: NumberClaim[]): boolean {
  return evidence.some((other) => {
    if (!same(claim.value, other.value)) return false;
    if (claim.next && (other.next === claim.next || other.following.includes(claim.next))) return true;
    if (claim.previous && other.previous === claim.previous) return true;
    return !claim.next && !claim.previous && !other.weak;
  });
}

/** Found in the source with the same value, and the counted word is in that same sentence: a notation difference. */
export function numberNearlyFound(claim: NumberClaim, sources: SpokenText[]): boolean {
  return sources.some((source) =>
    source.sentences.some((tokens) => tokens.some((token) => token.value !== undefined && !token.weak && same(token.value, claim.value)) && (!claim.next || tokens.some((token) => token.word === claim.next))),
  );
}

export function dateFound(date: DateClaim, pool: DateClaim[]): boolean {
  return pool.some(
    (other) =>
      (date.day === undefined || other.day === date.day) &&
      (date.month === undefined || other.month === date.month) &&
      (date.year === undefined || other.year === undefined || other.year === date.year),
  );
}

const NEGATIONS = new Set(['không', 'chưa', 'chẳng', 'chả', 'chớ', 'đừng']);
/** "không khí", "không chỉ… mà còn": the word is not a negation there. */
const NOT_NEGATING = new Set(['gian', 'khí', 'quân', 'phận', 'trung', 'lưu', 'chỉ', 'những', 'ít', 'kể', 'ngừng', 'lâu', 'bao', 'giờ', 'phút', 'độ']);
/** Function words: a negation is about the word after them. */
const NOT_TARGETS = new Set(['đến', 'tới', 'với', 'cho', 'từ', 'ai', 'gì', 'nào', 'mức', 'như', 'bằng', 'khi', 'ra', 'vào', 'lên', 'xuống', 'qua', 'về', 'nữa']);
/** Words between a negation and what it negates. */
const AUXILIARIES = new Set(['hề', 'từng', 'được', 'bị', 'phải', 'có', 'còn', 'đã', 'đang', 'sẽ', 'là', 'hề', 'cần', 'nên', 'thật', 'mấy', 'hẳn', 'đủ']);
const STOP = new Set(['và', 'của', 'các', 'những', 'là', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'cho', 'với', 'trong', 'tại', 'ở', 'về', 'theo', 'này', 'đó', 'từ', 'đến', 'khi', 'thì', 'mà', 'để', 'người', 'một', 'cũng', 'vào', 'ra', 'lại', 'nên', 'vẫn', 'còn', ...NEGATIONS]);

function contentWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((token) => token.value === undefined && !STOP.has(token.word) && token.word.length > 1).map((token) => token.word));
}

/** The source sentences closest in words to a draft sentence, best first, with their share of the draft's words. */
export function closestSentences(draft: Token[], sources: SpokenText[], ignore: Set<string> = new Set()): Array<{ tokens: Token[]; score: number }> {
  const words = [...contentWords(draft)].filter((word) => !ignore.has(word));
  if (words.length === 0) return [];
  return sources
    .flatMap((source) => source.sentences)
    .map((tokens) => {
      const own = contentWords(tokens);
      return { tokens, score: words.filter((word) => own.has(word)).length / words.length };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}

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
/** Words that start a new predicate: "không thống nhất là phù hợp" negates only the first. */
const CLAUSE_JOINS = new Set(['là', 'mà', 'nhưng', 'thì', 'và', 'để', 'nên', 'song', 'cũng']);

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

/** Whether the word at `index` is part of a rule the sentence says was abolished: "đã bỏ quy định: Trước khi bán xe, chủ xe phải thông báo …". */
function ruleRevoked(tokens: Token[], index: number): boolean {
  for (let at = index - 3; at >= Math.max(0, index - 25); at -= 1) {
    if (REVOKING.has(tokens[at]!.word) && tokens[at + 1]?.word === 'quy' && tokens[at + 2]?.word === 'định') return true;
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
 * The words whose negation differs between a draft sentence and the closest source sentence:
 * "đã bị bắt" → "chưa bị bắt", "không yêu cầu" → "yêu cầu".
 */
export function flippedNegations(draft: Token[], sources: SpokenText[]): string[] {
  const [best, second] = closestSentences(draft, sources);
  if (!best || best.score < 0.5) return [];
  const candidates = [best, ...(second && second.score >= best.score - 0.1 ? [second] : [])];
  const flips: string[] = [];
  for (const { at, target } of negated(draft)) {
    const inSources = candidates.map((candidate) => negatedNear(candidate.tokens, target));
    // The word alone may be another verb's half ("không chấp nhận" against "chấp nhận toàn bộ yêu cầu"):
    // the words after it must be the source's too.
    const place = draft.findIndex((token, index) => index > at && token.word === target);
    const context = draft.slice(place, place + 3);
    const sameUse = context.length === 3 && !context.slice(1).some((token) => token.breakBefore) && candidates.some((candidate) => findPhrase(candidate.tokens, context.map((token) => token.word)).length > 0);
    if (inSources.some((entry) => entry.present) && !inSources.some((entry) => entry.negated) && sameUse) flips.push(`không/chưa … ${target}`);
    const caused = inSources.some((entry) => entry.present) ? undefined : causativeFlip(draft, at, target, best.tokens);
    if (caused) flips.push(`không/chưa ${caused}`);
  }
  // A sentence quoting an abolished rule ("đã bỏ quy định: … phải thông báo") is no model for the draft's negations.
  const reference = candidates.find((candidate) => findPhrase(candidate.tokens, ['bỏ', 'quy', 'định']).length === 0) ?? best;
  for (const { at, target } of negated(reference.tokens)) {
    const caused = causativeFlip(reference.tokens, at, target, draft);
    if (caused) flips.push(`${caused} (bài gốc: không/chưa ${caused})`);
    const inDraft = negatedNear(draft, target);
    if (!inDraft.present || inDraft.negated) continue;
    // "thu phí thử nghiệm" is no flip of "phát vé không thu tiền": the word must be used alike,
    // and no other sentence of the article may say the draft's phrase without the negation.
    const sourceNext = wordAfter(reference.tokens, reference.tokens.findIndex((token, index) => index > at && token.word === target));
    // The draft may use the word twice ("người nộp hồ sơ vẫn phải nộp bản sao"): the use alike counts.
    const places = draft.flatMap((token, index) => (token.word === target ? [index] : []));
    const place = places.find((index) => wordAfter(draft, index) === sourceNext) ?? places[0]!;
    const draftNext = wordAfter(draft, place);
    if (sourceNext && draftNext && sourceNext !== draftNext) continue;
    const phrase = draft.slice(place, place + 3).filter((token, offset) => offset === 0 || !token.breakBefore).map((token) => token.word);
    const saidPlainly = phrase.length === 3 && sources.some((source) => source.sentences.some((tokens) => findPhrase(tokens, phrase).some((hit) => !negatedBefore(tokens, hit) && !ruleRevoked(tokens, hit))));
    if (!saidPlainly) flips.push(`${target} (bài gốc: không/chưa ${target})`);
  }
  // "vẫn được trích" where the article revokes the permission ("bỏ quy định … cho phép … được trích").
  reference.tokens.forEach((token, at) => {
    if (reference.tokens[at - 1]?.word !== 'được' || !permissionRevoked(reference.tokens, at)) return;
    const hits = [...findPhrase(draft, ['được', token.word]), ...findPhrase(draft, ['phép', token.word])];
    if (hits.length > 0 && hits.every((hit) => !negatedBefore(draft, hit + 1))) flips.push(`được ${token.word} (bài gốc: bỏ quy định cho phép)`);
  });
  return flips;
}

function wordAfter(tokens: Token[], index: number): string | undefined {
  const next = tokens[index + 1];
  return index >= 0 && next && !next.breakBefore && next.value === undefined && !STOP.has(next.word) ? next.word : undefined;
}

/**
 * "hai quyết định" where one sentence of the article lists "Quyết định số … và Quyết định số …"
 * without counting them: a small count of a two-word noun is the number of times one source
 * sentence names it.
 */
export function countedBySource(claim: NumberClaim, sentences: Token[][]): boolean {
  if (!Number.isInteger(claim.value) || claim.value < 2 || claim.value > 5) return false;
  const phrase = claim.following.slice(0, 2);
  if (phrase.length < 2 || phrase.some((word) => STOP.has(word) || word.length < 2)) return false;
  return sentences.some((tokens) => findPhrase(tokens, phrase).length === claim.value);
}

/** Where a phrase of words occurs in a token list. */
export function findPhrase(tokens: Token[], phrase: string[]): number[] {
  const hits: number[] = [];
  if (phrase.length === 0) return hits;
  for (let index = 0; index + phrase.length <= tokens.length; index += 1) {
    if (phrase.every((word, offset) => tokens[index + offset]!.word === word)) hits.push(index);
  }
  return hits;
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
    if (first.value !== undefined || STOP.has(first.word) || AUXILIARIES.has(first.word)) continue;
    for (let length = 4; length >= 3; length -= 1) {
      const phrase = draft.slice(index, index + length);
      if (phrase.length < length || phrase.some((token, offset) => token.value !== undefined || (offset > 0 && token.breakBefore))) continue;
      if (phrase.filter((token) => !STOP.has(token.word) && token.word.length > 1).length < 2) continue;
      const words = phrase.map((token) => token.word);
      const hits = sentences.flatMap((tokens) => findPhrase(tokens, words).map((at) => ({ tokens, at })));
      if (hits.length === 0) continue;
      // A negation right before the phrase is certain; one earlier in the clause may reach it
      // ("không cần phải thực hiện cấp giấy phép") or not, so it never makes a flip on its own.
      const inDraft = negatedAt(draft, index);
      if (inDraft && hits.every((hit) => !negatedAt(hit.tokens, hit.at) && !negatedInClause(hit.tokens, hit.at))) flips.push(`không/chưa ${words.join(' ')}`);
      if (!inDraft && !negatedInClause(draft, index) && hits.every((hit) => negatedAt(hit.tokens, hit.at))) flips.push(`${words.join(' ')} (bài gốc: không/chưa ${words.join(' ')})`);
      break;
    }
  }
  return flips;
}

const NOT_FIGURE_BEFORE = new Set(['quận', 'phường', 'khoản', 'điều', 'số', 'lần', 'thứ', 'khóa', 'khoá', 'tháng', 'ngày', 'năm', 'điểm', 'chương', 'kỳ', 'đoạn', 'tuyến', 'lộ']);
const LIST_JOINS = new Set(['và', 'hoặc', 'với', 'cùng']);

/** Words between a fact and its figure: "thu lợi bất chính (hơn) 3,3 tỷ", "lập biên bản (được) 7.184". */
const FIGURE_FILLERS = new Set(['hơn', 'khoảng', 'gần', 'trên', 'dưới', 'là', 'được', 'có', 'tới', 'lên', 'đến', 'chỉ', 'mới', 'tổng', 'cộng', 'số', 'tiền', 'đã']);

/**
 * A figure the sources give to another fact: the words right before the draft's number ("thu lợi
 * bất chính") are, in the sources, followed only by other numbers ("thu lợi bất chính 3,3 tỷ đồng"),
 * though the draft's number is in the article (as the goods' value, "tổng trị giá 6,6 tỷ đồng").
 */
export function figuresMovedFromTheirFacts(draft: Token[], sentences: Token[][]): Array<{ value: number; lead: string }> {
  const moved: Array<{ value: number; lead: string }> = [];
  draft.forEach((token, index) => {
    if (token.value === undefined || token.weak || token.value === 0 || token.value === 1 || token.breakBefore) return;
    let end = index;
    while (end > 0 && FIGURE_FILLERS.has(draft[end - 1]!.word) && !draft[end]!.breakBefore) end -= 1;
    if (draft[end]?.breakBefore && end !== index) return;
    const lead = draft.slice(Math.max(0, end - 3), end);
    if (lead.length < 2 || lead.some((word, offset) => word.value !== undefined || (offset > 0 && word.breakBefore)) || draft[end]?.breakBefore) return;
    if (lead.filter((word) => !STOP.has(word.word) && word.word.length > 1).length < 2 || LIST_JOINS.has(lead.at(-1)!.word)) return;
    const words = lead.map((word) => word.word);
    const unit = draft[index + 1] && !draft[index + 1]!.breakBefore ? draft[index + 1]!.word : undefined;
    const values: number[] = [];
    for (const tokens of sentences) {
      for (const at of findPhrase(tokens, words)) {
        let next = at + words.length;
        while (next < tokens.length && FIGURE_FILLERS.has(tokens[next]!.word) && next < at + words.length + 3) next += 1;
        const figure = tokens[next];
        // Only a figure of the same unit is the same slot: "thu giữ 3 gói…, 256 viên" lists two.
        if (figure?.value !== undefined && !figure.weak && tokens[next + 1]?.word === unit) values.push(figure.value);
      }
    }
    if (values.length > 0 && !values.some((value) => same(value, token.value!))) moved.push({ value: token.value, lead: words.join(' ') });
  });
  for (const [index, token] of draft.entries()) {
    if (token.value === undefined || token.weak || token.value === 0 || token.value === 1 || moved.some((entry) => same(entry.value, token.value!))) continue;
    // "quận 12", "khoản 2", "lần thứ 5": a name or a reference, not a figure of a fact.
    if (NOT_FIGURE_BEFORE.has(draft[index - 1]?.word ?? '')) continue;
    if (figureOfAnotherContext(draft, index, sentences)) moved.push({ value: token.value, lead: '' });
  }
  return moved;
}

/** Content words within eight words of a figure, apart from its unit and the words that only lead to it. */
function figureContext(tokens: Token[], index: number): Set<string> {
  return new Set(
    [...tokens.slice(Math.max(0, index - 8), index), ...tokens.slice(index + 2, index + 9)]
      .filter((token) => token.value === undefined && token.word.length > 1 && !STOP.has(token.word) && !FIGURE_FILLERS.has(token.word))
      .map((token) => token.word),
  );
}

/**
 * The draft's figure stands, in the article, among other words ("33 năm ở nhờ"), while another
 * figure of the same unit stands among the draft's words ("phụng dưỡng bà suốt 31 năm"): the
 * number was moved from one fact to another.
 */
function figureOfAnotherContext(draft: Token[], index: number, sentences: Token[][]): boolean {
  const value = draft[index]!.value!;
  const unit = draft[index + 1] && !draft[index + 1]!.breakBefore ? draft[index + 1]!.word : undefined;
  const context = figureContext(draft, index);
  if (context.size < 3) return false;
  let sameBest = -1;
  let otherBest = -1;
  let sameSentence = 0;
  for (const tokens of sentences) {
    tokens.forEach((token, at) => {
      if (token.value === undefined || token.weak || (unit !== undefined && tokens[at + 1]?.word !== unit)) return;
      let shared = 0;
      for (const word of figureContext(tokens, at)) if (context.has(word)) shared += 1;
      if (same(token.value, value)) {
        sameBest = Math.max(sameBest, shared);
        // A long rule sentence ("…trong vùng đất cảng …: chạy quá tốc độ từ 5 km/h đến dưới 10 km/h")
        // may hold the draft's words further from the figure than eight words.
        const words = new Set(tokens.map((other) => other.word));
        sameSentence = Math.max(sameSentence, [...context].filter((word) => words.has(word)).length);
      } else otherBest = Math.max(otherBest, shared);
    });
  }
  return sameBest >= 0 && sameBest <= 1 && otherBest >= 3 && otherBest >= sameBest + 3 && sameSentence < otherBest;
}

const isYear = (tokens: Token[], index: number) => {
  const value = tokens[index]?.value;
  return value !== undefined && Number.isInteger(value) && value >= 1900 && value <= 2100 && tokens[index - 1]?.word === 'năm';
};

function sentenceWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((token) => token.value === undefined && token.word.length > 1 && token.word !== 'năm' && !STOP.has(token.word)).map((token) => token.word));
}

/**
 * A year the article gives to another of its events: "Cuối năm 2016, thị trấn nhận được 120 đơn…"
 * where the article writes "Cuối năm 2017, họ nhận được 120 đơn…" and 2016 only in the sentence
 * about the first buyer. A year of a full date ("ngày 4 tháng 3 năm 2026") is left to the date check.
 */
export function yearsOfAnotherEvent(draft: Token[], sentences: Token[][]): number[] {
  const moved: number[] = [];
  const words = sentenceWords(draft);
  // A sentence with two years may join two events of the article ("khởi công năm 2019, nghiệm thu năm 2021").
  if (draft.filter((_, index) => isYear(draft, index)).length !== 1) return moved;
  draft.forEach((token, index) => {
    if (!isYear(draft, index) || draft[index - 2]?.value !== undefined) return;
    let same: { shared: Set<string> } | undefined;
    let other: { shared: Set<string> } | undefined;
    for (const tokens of sentences) {
      const years = tokens.flatMap((candidate, at) => (isYear(tokens, at) ? [candidate.value!] : []));
      if (years.length === 0) continue;
      const shared = new Set([...sentenceWords(tokens)].filter((word) => words.has(word)));
      if (years.some((year) => year === token.value)) {
        if (!same || shared.size > same.shared.size) same = { shared };
      } else if (!other || shared.size > other.shared.size) other = { shared };
    }
    if (!same || !other) return;
    // Words the draft shares with one sentence only: the subject both sentences name says nothing.
    const otherOnly = [...other.shared].filter((word) => !same!.shared.has(word)).length;
    const sameOnly = [...same.shared].filter((word) => !other!.shared.has(word)).length;
    if (otherOnly >= sameOnly + 4) moved.push(token.value!);
  });
  return moved;
}
