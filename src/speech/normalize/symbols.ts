/**
 * Symbols and punctuation a voice should not see. A slash left between two words becomes a comma. Kept: . , ; : ? ! and hyphens inside words
 * (ki-lô-mét). Brackets become commas (a pause), quotes vanish, a dash between words becomes a
 * comma, "…" and ".." become one period, and spacing around punctuation is made regular.
 */
export function normalizeSymbols(text: string): string {
  let out = text;
  out = out.replace(/\s*&\s*/g, ' và ').replace(/\s*=\s*/g, ' bằng ').replace(/\s*\+\s*/g, ' cộng ');
  out = out.replace(/~\s*(?=\S)/g, 'khoảng ').replace(/#\s*(?=\S)/g, 'số ').replace(/@/g, ' a còng ');
  out = out.replace(/[“”"«»„‟]|(?<![\p{L}])['‘’]|['‘’](?![\p{L}])/gu, ' ');
  out = out.replace(/[()[\]{}]/g, ', ');
  // "ba vụ lúa/năm", "hàng ngàn tỷ/năm": per a period after a word, as after a figure ("5 vụ/năm");
  // a comma would leave "năm" to read as the number five.
  out = out.replace(/(?<=\p{L})\s*\/\s*(năm|tháng|tuần|quý)(?![\p{L}\p{M}\p{N}])/gu, ' một $1');
  // "quận/huyện", "và/hoặc": two words side by side, read with a pause.
  out = out.replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ', ');
  out = out.replace(/\s*\/\s*/g, ' ');
  out = out.replace(/(^|\s)[-–—]+(?=\s|$)/g, ',');
  out = out.replace(/(?<=\p{L})\s*[–—]\s*(?=\p{L})/gu, ', ');
  // An ellipsis inside a sentence is a pause, at its end a full stop.
  out = out.replace(/(?:…|\.{2,})(?=\s*[,;]|\s+\p{Ll})/gu, ',').replace(/…|\.{2,}/g, '.');
  out = out.replace(/[*_|\\^<>`•●▪◦·]/g, ' ');
  out = out.replace(/\s+/g, ' ');
  out = out.replace(/\s+([.,;:?!])/g, '$1');
  // Runs of punctuation collapse to the strongest mark: ", ." → ".", "?!" → "?".
  out = out.replace(/[.,;:?!](?:\s*[.,;:?!])+/g, (run) => {
    const marks = run.replace(/\s/g, '');
    for (const mark of ['?', '!', '.', ';', ':']) if (marks.includes(mark)) return mark;
    return ',';
  });
  out = out.replace(/([.,;:?!])(?=[\p{L}\p{N}])/gu, '$1 ');
  out = out.replace(/^[\s,;:.]+/, '').replace(/[\s,;:]+$/, '');
  return out.trim();
}
