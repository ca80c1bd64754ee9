/**
 * Vietnamese numbers written out the way an editor spells them ("năm nghìn không trăm hai mươi tám",
 * "một phẩy năm"), for the rewritten-sentence bench. Written apart from the speech normalizer on
 * purpose: a rewrite read by the same code that checks it would prove nothing.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

function belowHundred(value: number, afterHundreds: boolean): string {
  if (value < 10) return afterHundreds ? `linh ${DIGITS[value]}` : DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  const head = tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`;
  if (unit === 0) return head;
  if (unit === 5) return `${head} lăm`;
  if (unit === 1 && tens > 1) return `${head} mốt`;
  if (unit === 4 && tens > 1) return `${head} tư`;
  return `${head} ${DIGITS[unit]}`;
}

/** A group of three digits; `inner` when a higher group came before ("không trăm linh năm"). */
function belowThousand(value: number, inner: boolean): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0 && !inner) return belowHundred(rest, false);
  const head = `${DIGITS[hundreds]} trăm`;
  return rest === 0 ? head : `${head} ${belowHundred(rest, true)}`;
}

/** An integer below a million billion in words. */
export function integerInWords(value: number): string {
  if (value === 0) return DIGITS[0]!;
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index]!;
    if (group === 0) continue;
    words.push(belowThousand(group, words.length > 0));
    if (SCALES[index]) words.push(SCALES[index]!);
  }
  return words.join(' ');
}

/** "344,5" → "ba trăm bốn mươi tư phẩy năm"; digits after the comma read one by one. */
export function decimalInWords(whole: number, fraction: string): string {
  const tail = fraction ? ` phẩy ${[...fraction].map((digit) => DIGITS[Number(digit)]).join(' ')}` : '';
  return `${integerInWords(whole)}${tail}`;
}
