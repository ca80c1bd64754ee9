import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const places = (text: string, source: string) => checkFacts(script(text), [source]).filter((issue) => issue.kind === 'place').map((issue) => issue.value);

describe('a ward of the same city taken from another event of the article', () => {
  const meeting = [
    'Năm 2020, bà Lan bán xe rồi chuyển đến sống ở phường Mỹ Phú, thành phố Cao Lãnh.',
    'Tháng 3-2021, bà hẹn người mua đến nhà trọ của một người quen ở phường Hòa Thuận, thành phố Cao Lãnh để nhận nốt 40 triệu đồng.',
  ].join(' ');

  it('flags the ward where the person lives put as the place of the meeting', () => {
    expect(places('Bà Lan hẹn người mua xe đến nhà trọ ở phường Mỹ Phú, thành phố Cao Lãnh để nhận tiền.', meeting)).toContain('mỹ phú');
  });

  it('accepts each ward with its own event', () => {
    expect(checkFacts(script('Bà Lan hẹn người mua đến nhà trọ ở phường Hòa Thuận, thành phố Cao Lãnh để nhận 40 triệu đồng.'), [meeting])).toEqual([]);
    expect(checkFacts(script('Năm 2020, bà Lan bán xe rồi đến sống ở phường Mỹ Phú, thành phố Cao Lãnh.'), [meeting])).toEqual([]);
  });

  it('does not take words at the other end of the article sentence for the place\'s context', () => {
    const source = [
      'Sau khi bán xe và căn nhà cũ, bà Lan được con trai đón về sống cùng ở phường Mỹ Phú, thành phố Cao Lãnh.',
      'Tháng 3-2021, bà hẹn người mua đến nhà trọ của một người quen ở phường Hòa Thuận, thành phố Cao Lãnh để nhận nốt 40 triệu đồng.',
    ].join(' ');
    expect(places('Bà Lan hẹn người mua xe đến nhà trọ ở phường Mỹ Phú, thành phố Cao Lãnh để nhận tiền.', source)).toContain('mỹ phú');
  });

  const building = [
    'Người dân có hộ khẩu tại 4 phường Mỹ Phú, Hòa Thuận, Mỹ Ngãi và Mỹ Trà của thành phố Cao Lãnh được miễn phí qua trạm.',
    'Việc cấp thẻ ưu tiên diễn ra từ ngày 2/12 tại Nhà văn hóa Tháp Mười (phường Mỹ Trà, thành phố Cao Lãnh).',
  ].join(' ');

  it('flags a building put in another ward the article lists for something else', () => {
    expect(places('Nhà văn hóa Tháp Mười nằm ở phường Hòa Thuận, thành phố Cao Lãnh.', building)).toContain('hòa thuận');
    expect(checkFacts(script('Nhà văn hóa Tháp Mười nằm ở phường Mỹ Trà, thành phố Cao Lãnh.'), [building])).toEqual([]);
  });
});
