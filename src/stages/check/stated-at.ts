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

/** "sẽ hoàn trả số tiền" promises the act; it does not say it happened. */
function promised(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 4); at -= 1) {
    if (tokens[at + 1]!.breakBefore) return false;
    if (tokens[at]!.word === 'sẽ') return true;
    if (!BEFORE_VERB.has(tokens[at]!.word)) return false;
  }
  return false;
}

function asked(tokens: Token[]): boolean {
  return tokens[0]?.word === 'liệu' || QUESTION_ENDS.has(tokens.at(-1)?.word ?? '');
}

/**
 * How a sentence says the words at `index`: as a fact ('stated'); as supposed, asked or to come
 * ('supposed': "nếu … thì", a question, "sẽ hoàn trả"); or as a noun made of the verb ('named':
 * "chữ ký", "việc ký"). Only words said the same way vouch for a draft's reading of a negation.
 */
export type Assertion = 'stated' | 'supposed' | 'named';

export function assertionAt(tokens: Token[], index: number): Assertion {
  if (NOMINALIZERS.has(tokens[index - 1]?.word ?? '') && !tokens[index]!.breakBefore) return 'named';
  return asked(tokens) || supposed(tokens, index) || promised(tokens, index) ? 'supposed' : 'stated';
}

/** Whether the sentence states the words at `index` as a fact. */
export function statedAt(tokens: Token[], index: number): boolean {
  return assertionAt(tokens, index) === 'stated';
}
