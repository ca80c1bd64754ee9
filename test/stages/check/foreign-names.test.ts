import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { foreignPeopleOf, isForeignWord } from '../../../src/stages/check/foreign-names.ts';

const SOURCE = [
  'Chủ tịch câu lạc bộ Brescello, ông Marco Bellini, cho biết đội bóng sẽ xây sân mới vào năm 2027.',
  'HLV Stefano Vettori nói rằng các cầu thủ trẻ đã tập luyện chăm chỉ suốt mùa hè.',
  'Ông Vettori đã dẫn dắt đội bóng giành chức vô địch quốc gia năm ngoái.',
].join(' ');

const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('foreign names', () => {
  it('tells a foreign name from a Vietnamese syllable, an initial or an acronym', () => {
    expect(['Bellini', 'Vettori', 'Stefano', 'Trump'].map(isForeignWord)).toEqual([true, true, true, true]);
    expect(['Minh', 'Nguyễn', 'Lan', 'Khuê', 'P', 'CNN'].map(isForeignWord)).toEqual([false, false, false, false, false, false]);
  });

  it('reads the people a text introduces with an honorific or a title, not the place after a title', () => {
    const people = foreignPeopleOf('Thị trưởng Brescello quyết định. Thị trưởng Brescello Lucia Ferri nói. Bà Ferri cho biết. Ông Bellini đến.', new Set(['brescello']));
    expect(people.map((person) => person.join(' '))).toEqual(['lucia ferri', 'ferri', 'bellini']);
  });

  it('reads no person in an office named after a title', () => {
    expect(foreignPeopleOf('Ông Trần Văn Nam, Giám đốc Sao Land, gặp Giám đốc Vietsan.', new Set())).toEqual([]);
  });

  it('accepts each person with the title and the deed the article gives them', () => {
    expect(checkFacts(script('Ông Bellini, Chủ tịch câu lạc bộ Brescello, cho biết sẽ xây sân mới vào năm 2027.'), [SOURCE])).toEqual([]);
    expect(checkFacts(script('HLV Vettori nói các cầu thủ trẻ đã tập luyện chăm chỉ suốt mùa hè.'), [SOURCE])).toEqual([]);
  });

  it('flags a foreign person given the title of another person of the article', () => {
    const issues = checkFacts(script('Chủ tịch câu lạc bộ Brescello, ông Vettori, cho biết đội bóng sẽ xây sân mới.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });

  it('flags a foreign person put into the deed of another person of the article', () => {
    const issues = checkFacts(script('Ông Bellini đã dẫn dắt đội bóng giành chức vô địch quốc gia năm ngoái.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'name', value: 'bellini' }));
  });
});
