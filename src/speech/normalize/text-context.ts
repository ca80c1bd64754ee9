/** Small helpers for rules that look at the words around a match. */

/** The last `count` words before `offset`, lower-cased, joined by single spaces. */
export function wordsBefore(text: string, offset: number, count = 1): string {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const words = before.match(/[\p{L}]+/gu) ?? [];
  if (!/[\p{L}]\s*$/u.test(before)) return '';
  return words.slice(-count).join(' ').toLowerCase();
}

/** The first word after `offset`, lower-cased ('' when punctuation or the end comes first). */
export function wordAfter(text: string, offset: number): string {
  const match = /^\s*([\p{L}]+)/u.exec(text.slice(offset, offset + 40));
  return match ? match[1]!.toLowerCase() : '';
}
