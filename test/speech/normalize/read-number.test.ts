import { describe, expect, it } from 'vitest';
import { readDigits, readInteger, readOrdinal, readVietnameseNumber } from '../../../src/speech/normalize/read-number.ts';

const north = { thousand: 'nghìn' } as const;
const south = { thousand: 'ngàn' } as const;

describe('readInteger', () => {
  it.each([
    ['0', 'không'],
    ['5', 'năm'],
    ['10', 'mười'],
    ['11', 'mười một'],
    ['14', 'mười bốn'],
    ['15', 'mười lăm'],
    ['20', 'hai mươi'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['25', 'hai mươi lăm'],
    ['101', 'một trăm linh một'],
    ['110', 'một trăm mười'],
    ['1000', 'một nghìn'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['1010', 'một nghìn không trăm mười'],
    ['4065', 'bốn nghìn không trăm sáu mươi lăm'],
    ['100000', 'một trăm nghìn'],
    ['1000000', 'một triệu'],
    ['1000024', 'một triệu không trăm hai mươi tư'],
    ['1000500', 'một triệu không nghìn năm trăm'],
    ['1500000', 'một triệu năm trăm nghìn'],
    ['1000000000', 'một tỷ'],
    ['2000000005', 'hai tỷ không trăm linh năm'],
    ['1000000000000', 'một nghìn tỷ'],
    ['5000300000000', 'năm nghìn tỷ ba trăm triệu'],
    ['1000000000000000', 'một triệu tỷ'],
    ['999999999999999999', 'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
    ['007', 'bảy'],
  ])('reads %s as "%s"', (digits, spoken) => {
    expect(readInteger(digits, north)).toBe(spoken);
  });

  it('says ngàn with the Southern option', () => {
    expect(readInteger('2025', south)).toBe('hai ngàn không trăm hai mươi lăm');
  });

  it('reads a number longer than 18 digits digit by digit', () => {
    expect(readInteger('1234567890123456789', north)).toBe(readDigits('1234567890123456789'));
    expect(readDigits('0277')).toBe('không hai bảy bảy');
  });
});

describe('readVietnameseNumber', () => {
  it.each([
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
    ['6,56', 'sáu phẩy năm mươi sáu'],
    ['0,05', 'không phẩy không năm'],
    ['2,125', 'hai phẩy một hai năm'],
  ])('reads %s as "%s"', (text, spoken) => {
    expect(readVietnameseNumber(text, north)).toBe(spoken);
  });
});

describe('readOrdinal', () => {
  it.each([
    [1, 'nhất'],
    [2, 'hai'],
    [4, 'tư'],
    [14, 'mười bốn'],
  ])('reads ordinal %i as "%s"', (value, spoken) => {
    expect(readOrdinal(value, north)).toBe(spoken);
  });
});
