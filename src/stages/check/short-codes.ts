/**
 * "Thông tư 15/2014" is the article's "Thông tư số 15/2014/TT-BCA" without its issuer: a draft may
 * shorten a code that way, and the bare "15/2014" would otherwise be read as a month and a year.
 */
const SHORT_CODE = /(?<=(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Chỉ thị|Công văn|Kết luận|Thông báo|Hướng dẫn|Kế hoạch|Pháp lệnh)(?: liên tịch)?(?: số)?\s+)(\d{1,4})\/(\d{4})(?![\p{L}\p{N}/-])/giu;

/** The draft with each shortened code written out as the one code of the sources it starts. */
export function completeShortCodes(draft: string, sourceCodeKeys: ReadonlySet<string>): string {
  return draft.replace(SHORT_CODE, (short, number: string, year: string) => {
    const prefix = `${Number.parseInt(number, 10)}/${year}/`;
    const full = [...sourceCodeKeys].filter((key) => key.startsWith(prefix));
    return full.length === 1 ? full[0]! : short;
  });
}
