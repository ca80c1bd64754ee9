import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a quotation in single quotation marks', () => {
  const source = "Giám đốc Sở Y tế: 'Bệnh viện tuyến huyện đã đủ thuốc'. Người dân gọi đó là 'đợt thiếu thuốc' của mùa mưa.";

  it('is checked like one in double quotation marks', () => {
    expect(checkFacts(script("Giám đốc Sở Y tế: 'Bệnh viện tuyến huyện còn thiếu thuốc'."), [source])).toMatchObject([{ kind: 'quote', value: 'Bệnh viện tuyến huyện còn thiếu thuốc' }]);
    expect(checkFacts(script('Giám đốc Sở Y tế: ‘Mọi trạm y tế đã đủ thuốc’.'), [source])).toMatchObject([{ kind: 'quote' }]);
  });

  it('accepts the words the article quotes, in any quotation marks', () => {
    expect(checkFacts(script('Giám đốc Sở Y tế: ‘Bệnh viện tuyến huyện đã đủ thuốc’.'), [source])).toEqual([]);
    expect(checkFacts(script('Người dân gọi đó là "đợt thiếu thuốc" của mùa mưa.'), [source])).toEqual([]);
  });

  it('flags a one-word quotation the article does not have', () => {
    const quiz = "Thử sức với 15 câu hỏi về 'say' và 'tell'.";
    expect(checkFacts(script("Thử sức với 15 câu hỏi về 'say' và 'speak'."), [quiz])).toMatchObject([{ kind: 'quote', value: 'speak' }]);
    expect(checkFacts(script("Thử sức với 15 câu hỏi về 'say' và 'tell'."), [quiz])).toEqual([]);
  });

  it('does not read an apostrophe inside a word as a quotation mark', () => {
    const people = "Đoàn công tác gặp già làng K'Brôi ở Đắk R'Lấp và bà O'Neill của tổ chức Plan.";
    expect(checkFacts(script("Già làng K'Brôi ở Đắk R'Lấp và bà O'Neill của tổ chức Plan gặp đoàn công tác."), [people])).toEqual([]);
  });
});
