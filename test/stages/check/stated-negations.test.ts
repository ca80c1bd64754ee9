import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { toSpoken } from '../../../src/stages/check/spoken-form.ts';
import { findPhrase } from '../../../src/stages/check/sentence-words.ts';
import { statedAt } from '../../../src/stages/check/stated-at.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const negations = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'negation');

/** Whether the sentence states the phrase where it first occurs. */
function stated(sentence: string, phrase: string): boolean {
  const tokens = toSpoken(sentence).sentences[0]!;
  const words = toSpoken(phrase).sentences[0]!.map((token) => token.word);
  const [at] = findPhrase(tokens, words);
  if (at === undefined) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return statedAt(tokens, at);
}

describe('what a sentence states', () => {
  it('reads the condition of "nếu … thì" as supposed and its consequence as stated', () => {
    const sentence = 'Nếu nhà trường làm tròn nghĩa vụ thì phụ huynh yên tâm hơn.';
    expect(stated(sentence, 'làm tròn nghĩa vụ')).toBe(false);
    expect(stated(sentence, 'yên tâm hơn')).toBe(true);
  });

  it('reads a "khi" clause without "thì" as supposed only up to its comma', () => {
    const sentence = 'Khi người dân nộp hồ sơ trực tuyến, cán bộ phường kiểm tra trong ngày.';
    expect(stated(sentence, 'nộp hồ sơ trực tuyến')).toBe(false);
    expect(stated(sentence, 'kiểm tra trong ngày')).toBe(true);
    expect(stated('Sau khi ký hợp đồng, công ty đã chuyển tiền.', 'ký hợp đồng')).toBe(true);
  });

  it('reads a promise, a purpose or an order ("sẽ", "để", "chỉ đạo") as no statement that the act happened', () => {
    expect(stated('Bộ chỉ đạo giải quyết dứt điểm vụ việc.', 'giải quyết dứt điểm')).toBe(false);
    expect(stated('Cục đã rút hồ sơ để thi hành án.', 'thi hành án')).toBe(false);
    expect(stated('Công ty hứa sẽ được hoàn trả số tiền vay trước tháng 6.', 'hoàn trả số tiền')).toBe(false);
    expect(stated('Công ty đã hoàn trả số tiền vay.', 'hoàn trả số tiền')).toBe(true);
  });

  it('reads a yes/no question and a noun made of a verb as stating nothing', () => {
    expect(stated('Công ty đã trả lương cho công nhân chưa', 'trả lương cho công nhân')).toBe(false);
    expect(stated('Hợp đồng có chữ ký xác nhận của anh Bảo.', 'ký xác nhận')).toBe(false);
    expect(stated('Anh Bảo đã ký xác nhận vào hợp đồng.', 'ký xác nhận')).toBe(true);
  });
});

describe('a negation the draft drops', () => {
  const school = 'Theo ông Hùng, nhà trường chưa làm tròn nghĩa vụ với học sinh. Nếu nhà trường làm tròn nghĩa vụ thì phụ huynh đã yên tâm hơn. Ông Hùng nhắc lại rằng nhà trường chưa làm tròn nghĩa vụ.';

  it('is flagged when the article says the phrase plainly only with the negation, and otherwise only in a condition', () => {
    expect(negations('Theo ông Hùng, nhà trường đã làm tròn nghĩa vụ với học sinh.', school)).not.toEqual([]);
    expect(negations('Theo ông Hùng, nhà trường chưa làm tròn nghĩa vụ với học sinh.', school)).toEqual([]);
  });

  it('reads a plan of the draft as vouched for by the article stating the act', () => {
    const source = 'Công ty phát vé nhưng không thu tiền chính thức trong tháng đầu. Sau khi nghiệm thu, công ty triển khai thu tiền chính thức.';
    expect(negations('Công ty dự kiến thu tiền chính thức.', source)).toEqual([]);
  });

  it('compares a condition of the draft with the conditions of the article', () => {
    expect(negations('Theo ông Hùng, nếu nhà trường làm tròn nghĩa vụ thì phụ huynh sẽ yên tâm hơn.', school)).toEqual([]);
    const bank = 'Ngân hàng không giải ngân khi khách hàng chưa nộp đủ giấy tờ. Hồ sơ được duyệt trong ba ngày làm việc.';
    expect(negations('Ngân hàng không giải ngân khi khách hàng đã nộp đủ giấy tờ.', bank)).not.toEqual([]);
  });

  it('is no flip when the article also states the phrase plainly', () => {
    const source = 'Năm ngoái, nhà trường chưa làm tròn nghĩa vụ với học sinh. Năm nay, nhà trường đã làm tròn nghĩa vụ với học sinh.';
    expect(negations('Năm nay, nhà trường đã làm tròn nghĩa vụ với học sinh.', source)).toEqual([]);
  });

  it('is flagged on "cho" used as a verb ("không cho em trai ở chung")', () => {
    const source = 'Sau vụ cãi vã, ông Tâm đã bán căn nhà và không cho em trai ở chung nữa.';
    expect(negations('Sau vụ cãi vã, ông Tâm đã bán căn nhà nhưng vẫn cho em trai ở chung.', source)).not.toEqual([]);
    expect(negations('Sau vụ cãi vã, ông Tâm bán căn nhà và không cho em trai ở chung nữa.', source)).toEqual([]);
  });

  it('is flagged against a sentence as close to the draft as the closest one, a signature ("chữ ký") vouching for no act', () => {
    const source = 'Sau đó công an mời anh Bảo đến xem hợp đồng có chữ ký xác nhận của anh. Anh Bảo khẳng định không ký vào giấy tờ nào giữa hai công ty.';
    expect(negations('Anh Bảo khẳng định đã ký xác nhận vào hợp đồng giữa hai công ty.', source)).not.toEqual([]);
    expect(negations('Anh Bảo khẳng định không ký vào giấy tờ nào giữa hai công ty.', source)).toEqual([]);
  });

  it('is flagged when the article only promised the act the draft says happened', () => {
    const source = 'Công ty hứa sẽ hoàn trả số tiền vay trước tháng 6. Đến hạn, công ty không hoàn trả số tiền vay nên chị Vân khởi kiện.';
    expect(negations('Đến hạn, công ty đã hoàn trả số tiền vay nhưng chị Vân vẫn khởi kiện.', source)).not.toEqual([]);
    expect(negations('Công ty hứa sẽ hoàn trả số tiền vay trước tháng 6.', source)).toEqual([]);
  });

  it('quotes the article sentence that holds the negation, not merely the closest one', () => {
    const source = 'Trường tổ chức họp phụ huynh để bàn việc trả lương cho giáo viên hợp đồng. Ông Hùng cho biết trường chưa trả lương cho giáo viên hợp đồng.';
    expect(negations('Sau cuộc họp phụ huynh, trường đã trả lương cho giáo viên hợp đồng.', source)).toEqual([
      expect.objectContaining({ source: 'Ông Hùng cho biết trường chưa trả lương cho giáo viên hợp đồng.' }),
    ]);
  });
});
