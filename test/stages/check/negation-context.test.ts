import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = 'Sau khi nâng cấp, trường đã chuyển từ ba phòng học cũ, dột nát, không có máy chiếu sang tám phòng học mới, có đủ máy chiếu, bàn ghế và quạt điện.';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a negation of what the article states as present', () => {
  it('flags "chưa có máy chiếu" said of the rooms the article says have them', () => {
    const issues = checkFacts(script('Trường đã có tám phòng học mới nhưng vẫn chưa có máy chiếu.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'negation' }));
  });

  it('accepts the negation said of the old rooms', () => {
    expect(checkFacts(script('Trước khi nâng cấp, ba phòng học cũ dột nát và không có máy chiếu.'), [SOURCE])).toEqual([]);
  });
});
