import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) =>
  checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name' || issue.kind === 'place').map((issue) => issue.value);

describe('a name in another accepted spelling', () => {
  it('accepts a foreign name with a space where the article writes a hyphen', () => {
    const source = 'Ông Park Min-seok phát biểu khai mạc diễn đàn doanh nghiệp tại Busan.';
    expect(names('Ông Park Min Seok phát biểu khai mạc diễn đàn doanh nghiệp tại Busan.', source)).toEqual([]);
  });

  it('accepts "i" for "y" at the end of a syllable, either way', () => {
    const source = 'Trường Cao đẳng Kỹ thuật Lý Tự Trọng đón hai nghìn tân sinh viên ở phố Hào Sĩ.';
    expect(names('Trường Cao đẳng Kĩ thuật Lí Tự Trọng đón tân sinh viên ở phố Hào Sỹ.', source)).toEqual([]);
  });

  it('still flags another name that differs in more than the spelling', () => {
    const source = 'Ông Park Min-seok phát biểu khai mạc diễn đàn doanh nghiệp tại Busan.';
    expect(names('Ông Park Min Jun phát biểu khai mạc diễn đàn doanh nghiệp tại Busan.', source)).not.toEqual([]);
  });
});

describe('a country said before a name', () => {
  it('reads "Tổng thống Mỹ Trump" as the country and the person', () => {
    const source = 'Tổng thống Mỹ cho biết ông sẽ gặp lãnh đạo các nước. Ông Trump rời Hà Nội chiều nay.';
    expect(names('Tổng thống Mỹ Trump sẽ gặp lãnh đạo các nước.', source)).toEqual([]);
  });

  it('reads "người đẹp Philippines Maria Santos" as the country and the person', () => {
    const source = 'Người đẹp Philippines đăng quang. Maria Santos, 22 tuổi, nhận vương miện tối qua.';
    expect(names('Người đẹp Philippines Maria Santos nhận vương miện tối qua.', source)).toEqual([]);
  });

  it('still flags another person after the country, and another country before the person', () => {
    const source = 'Tổng thống Mỹ cho biết ông sẽ gặp lãnh đạo các nước. Ông Trump rời Hà Nội chiều nay.';
    expect(names('Tổng thống Mỹ Biden sẽ gặp lãnh đạo các nước.', source)).not.toEqual([]);
    expect(names('Tổng thống Pháp Trump sẽ gặp lãnh đạo các nước.', source)).not.toEqual([]);
  });
});

describe('a word the speech reader writes with hyphens', () => {
  it('is one word, not a phrase of three, for the negation check', () => {
    const source = 'Trong khu bảo tồn, du khách không dùng điện thoại, internet và không đốt lửa trại.';
    const issues = checkFacts(script('Trong khu bảo tồn, du khách không dùng điện thoại, không internet và không đốt lửa trại.'), [source]);
    expect(issues.filter((issue) => issue.kind === 'negation')).toEqual([]);
  });
});
