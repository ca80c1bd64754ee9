/**
 * Vietnamese number reading (news register, Northern-standard wording that Southern listeners accept):
 * mốt/tư/lăm after "mươi", lăm after "mười", "linh" for a zero tens digit, "không trăm" inside a
 * number, and a skipped empty group read as in 1.000.024 → "một triệu không trăm hai mươi tư".
 */

export interface NumberWords {
  /** "nghìn" (default, news standard) or "ngàn" (Southern). */
  thousand: 'nghìn' | 'ngàn';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Longest integer read as a number; longer digit strings are read digit by digit. */
export const MAX_CARDINAL_DIGITS = 18;

export function readDigit(digit: string): string {
  return DIGITS[Number(digit)] ?? '';
}

/** "0277" → "không hai bảy bảy" (phone numbers, codes, over-long numbers). */
export function readDigits(digits: string): string {
  return [...digits].map(readDigit).join(' ');
}

function unitAfterTens(tens: number, unit: number): string {
  if (tens >= 2 && unit === 1) return 'mốt';
  if (tens >= 2 && unit === 4) return 'tư';
  if (tens >= 1 && unit === 5) return 'lăm';
  return DIGITS[unit]!;
}

/** One group of three digits; `full` forces "không trăm" / "linh" (the group is not the leading one). */
function readTriple(value: number, full: boolean): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const unit = value % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (unit > 0) {
      if (words.length > 0) words.push('linh');
      words.push(DIGITS[unit]!);
    }
  } else {
    words.push(tens === 1 ? 'mười' : `${DIGITS[tens]!} mươi`);
    if (unit > 0) words.push(unitAfterTens(tens, unit));
  }
  return words;
}

/** Reads a number below one tỷ (10^9); `full` when a higher part was already read. */
function readBelowBillion(value: number, full: boolean, words: NumberWords): string[] {
  const groups = [Math.floor(value / 1_000_000), Math.floor(value / 1000) % 1000, value % 1000];
  const scales = ['triệu', words.thousand, ''];
  const out: string[] = [];
  let started = full;
  let skippedThousands = false;
  for (let i = 0; i < 3; i++) {
    const group = groups[i]!;
    if (group === 0) {
      if (started && i === 1) skippedThousands = true;
      continue;
    }
    // 1.000.500 would come out as "một triệu năm trăm", which listeners hear as 1.500.000.
    if (i === 2 && skippedThousands && group >= 100) out.push('không', words.thousand);
    out.push(...readTriple(group, started));
    if (scales[i]) out.push(scales[i]!);
    started = true;
  }
  return out;
}

function readBigInt(value: bigint, full: boolean, words: NumberWords): string[] {
  const billion = 1_000_000_000n;
  if (value < billion) return readBelowBillion(Number(value), full, words);
  const high = value / billion;
  const low = value % billion;
  const out = [...readBigInt(high, full, words), 'tỷ'];
  if (low > 0n) out.push(...readBelowBillion(Number(low), true, words));
  return out;
}

/** Cardinal reading of a string of digits ("04" → "bốn", "2025" → "hai nghìn không trăm hai mươi lăm"). */
export function readInteger(digits: string, words: NumberWords): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > MAX_CARDINAL_DIGITS) return readDigits(digits);
  const value = BigInt(trimmed);
  if (value === 0n) return 'không';
  return readBigInt(value, false, words).join(' ');
}

/**
 * Digits after a decimal comma: one or two digits without a leading zero are read as a number
 * ("6,56" → "sáu phẩy năm mươi sáu"), anything else digit by digit ("0,05" → "không phẩy không năm").
 */
export function readFraction(digits: string, words: NumberWords): string {
  if (digits.length <= 2 && !(digits.length === 2 && digits.startsWith('0'))) return readInteger(digits, words);
  return readDigits(digits);
}

/** "1.234,5" (dots group thousands, comma marks decimals) → "một nghìn hai trăm ba mươi tư phẩy năm". */
export function readVietnameseNumber(text: string, words: NumberWords): string {
  const [intPart = '', fracPart] = text.split(',');
  const integer = readInteger(intPart.replaceAll('.', '') || '0', words);
  return fracPart ? `${integer} phẩy ${readFraction(fracPart, words)}` : integer;
}

/** Ordinals: 1 → "nhất", 4 → "tư", otherwise the cardinal ("thứ 2" → "thứ hai"). */
export function readOrdinal(value: number, words: NumberWords): string {
  if (value === 1) return 'nhất';
  if (value === 4) return 'tư';
  return readInteger(String(value), words);
}
