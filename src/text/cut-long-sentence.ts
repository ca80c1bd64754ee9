/** Cuts a sentence longer than `maxChars` after a comma (if one is not too early), else at a space. */
export function cutLongSentence(sentence: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    const comma = window.lastIndexOf(', ');
    const space = window.lastIndexOf(' ');
    const cut = comma > maxChars / 3 ? comma + 1 : space > 0 ? space : maxChars;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
