/** “…”, "…", «…»: a quotation in double marks. */
const DOUBLE_QUOTED = /[“"«]([^”"»\n]{2,300}?)[”"»]/gu;

/**
 * ‘…’ and '…': a quotation in single marks. The opening mark follows no letter and the closing mark
 * is followed by none, so the apostrophe of "K'Brôi", "Đắk R'Lấp" or "O'Neill" opens nothing.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘](?=\S)([^'‘’\n]{1,300}?\S)['’](?![\p{L}\p{N}])/gu;

/** The words a text puts in quotation marks, in double or single marks, as written. */
export function quotationsOf(text: string): string[] {
  return [...text.matchAll(DOUBLE_QUOTED), ...text.matchAll(SINGLE_QUOTED)].map((match) => match[1]!.trim()).filter(Boolean);
}
