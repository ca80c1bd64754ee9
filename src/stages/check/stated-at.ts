import type { Token } from './spoken-form.ts';

/** Words that open a condition: "nếu cơ quan công an làm hết trách nhiệm thì …" supposes the act, it does not state it. */
const CONDITIONS = new Set(['nếu', 'hễ', 'lỡ', 'giả', 'giá', 'miễn']);
/** "giả sử", "giá như", "miễn là": the second word makes the first a condition. */
const CONDITION_SECONDS: Record<string, string[]> = { giả: ['sử', 'như', 'dụ'], giá: ['như', 'mà'], miễn: ['là'] };
/** "khi" after these words tells when something happened ("sau khi ký"), no condition. */
const TIME_BEFORE_KHI = new Set(['sau', 'trước', 'trong', 'từ', 'đến', 'tới', 'cho', 'mỗi']);
/** Words that end a yes/no question ("công an đã làm hết trách nhiệm chưa"): the sentence asks, it does not state. */
const QUESTION_ENDS = new Set(['không', 'chưa', 'chăng', 'sao', 'ư', 'hả', 'nhỉ', 'à']);
/** Words that make the word after them a noun: "chữ ký làm chứng" is a signature, not the act of signing. */
const NOMINALIZERS = new Set(['chữ', 'sự', 'việc', 'cuộc']);

function opensCondition(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.word;
  if (word === 'khi') return !TIME_BEFORE_KHI.has(tokens[at - 1]?.word ?? '');
  // "Trường hợp có yêu cầu … thì công an phường mới truy tìm": a case, when a consequence follows.
  if (word === 'trường' && tokens[at + 1]?.word === 'hợp') return tokens.some((token, index) => index > at && token.word === 'thì');
  if (!CONDITIONS.has(word)) return false;
  const seconds = CONDITION_SECONDS[word];
  return !seconds || seconds.includes(tokens[at + 1]?.word ?? '');
}

/** Whether the word at `index` is in a condition: after "nếu", "khi", "giả sử" and before its "thì", or its clause's end when no "thì" follows. */
function supposed(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    if (tokens[at]!.word === 'thì') return false;
    if (!opensCondition(tokens, at)) continue;
    if (tokens.some((token, later) => later > index && token.word === 'thì')) return true;
    return !tokens.slice(at + 1, index + 1).some((token) => token.breakBefore);
  }
  return false;
}

/** Words between "sẽ" and its verb: "sẽ được hoàn trả", "sẽ phải nộp". */
const BEFORE_VERB = new Set(['được', 'bị', 'phải', 'cần', 'còn', 'vẫn', 'cũng', 'tiếp', 'tục']);

/** Words that make the verb after them an act to come, wanted or ordered: "sẽ hoàn trả", "để thi hành", "chỉ đạo giải quyết dứt điểm". */
const UNREALIZED = new Set(['sẽ', 'để', 'nhằm', 'muốn', 'hứa']);
const UNREALIZED_PAIRS = new Set(['chỉ đạo', 'yêu cầu', 'đề nghị', 'kiến nghị', 'dự kiến', 'kế hoạch']);

/** Whether the act at `index` is promised, intended or ordered rather than said to have happened. */
function unrealized(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 4); at -= 1) {
    if (tokens[at + 1]!.breakBefore) return false;
    const word = tokens[at]!.word;
    if (UNREALIZED.has(word) || UNREALIZED_PAIRS.has(`${tokens[at - 1]?.word ?? ''} ${word}`)) return true;
    if (!BEFORE_VERB.has(word)) return false;
  }
  return false;
}

function asked(tokens: Token[]): boolean {
  return tokens[0]?.word === 'liệu' || QUESTION_ENDS.has(tokens.at(-1)?.word ?? '');
}

/**
 * How a sentence says the words at `index`: as a fact ('stated'); as supposed, asked or to come
 * ('supposed': "nếu … thì", a question, "sẽ hoàn trả", "chỉ đạo giải quyết"); or as a noun made of the verb ('named':
 * "chữ ký", "việc ký"). Only words said the same way vouch for a draft's reading of a negation.
 */
export type Assertion = 'stated' | 'supposed' | 'named';

export function assertionAt(tokens: Token[], index: number): Assertion {
  if (NOMINALIZERS.has(tokens[index - 1]?.word ?? '') && !tokens[index]!.breakBefore) return 'named';
  return asked(tokens) || supposed(tokens, index) || unrealized(tokens, index) ? 'supposed' : 'stated';
}

/** Whether the sentence states the words at `index` as a fact. */
export function statedAt(tokens: Token[], index: number): boolean {
  return assertionAt(tokens, index) === 'stated';
}

/**
 * Whether words said one way in the article speak to the draft's words said another: a statement
 * speaks to anything ("triển khai thu tiền chính thức" to "dự kiến thu tiền chính thức"), a condition
 * or a plan only to a condition or a plan, a noun made of the verb to nothing.
 */
export function speaksTo(article: Assertion, draft: Assertion): boolean {
  return article !== 'named' && draft !== 'named' && (article === 'stated' || article === draft);
}
