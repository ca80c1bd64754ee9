import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = [
  'Bà Lê Thị Hằng (sinh năm 1975, trú tại tổ dân phố 4, phường Yên Nghĩa, quận Hà Đông, Hà Nội) đã gửi đơn tố cáo.',
  'Người bị tố cáo là ông Phạm Văn Tuấn, trú tại phường Mộ Lao, quận Hà Đông, Hà Nội gửi đơn đến UBND phường Yên Nghĩa xin hoãn.',
].join(' ');
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a person\'s address', () => {
  it('accepts the address the article gives the person', () => {
    expect(checkFacts(script('Ông Phạm Văn Tuấn, trú tại phường Mộ Lao, quận Hà Đông, đã gửi đơn xin hoãn.'), [SOURCE])).toEqual([]);
    expect(checkFacts(script('Bà Lê Thị Hằng, trú tại phường Yên Nghĩa, quận Hà Đông, đã gửi đơn tố cáo.'), [SOURCE])).toEqual([]);
  });

  it('flags the ward of another person of the article', () => {
    const issues = checkFacts(script('Ông Phạm Văn Tuấn, trú tại phường Yên Nghĩa, quận Hà Đông, đã gửi đơn xin hoãn.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'place', value: 'phường yên nghĩa' }));
  });
});
