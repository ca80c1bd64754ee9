/**
 * "Thông tư 15/2014" is the article's "Thông tư số 15/2014/TT-BCA" without its issuer: a draft may
 * shorten a code that way, and the bare "15/2014" would otherwise be read as a month and a year.
 */
const KINDS = '(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Chỉ thị|Công văn|Kết luận|Thông báo|Hướng dẫn|Kế hoạch|Pháp lệnh)(?: liên tịch)?(?: số)?';
const SHORT_CODE = new RegExp(String.raw`(?<=${KINDS}\s+)(\d{1,4})\/(\d{4})(?![\p{L}\p{N}/-])`, 'giu');
/** "Thông tư 64", "Thông tư 64 năm 2017": the number alone, or with its year in words. */
const NUMBER_ONLY = new RegExp(String.raw`(?<=${KINDS}\s+)(\d{1,4})(?:\s+năm\s+(\d{4}))?(?![\p{L}\p{N}/.,-])`, 'giu');

/** The draft with each shortened code written out as the one code of the sources it starts. */
export function completeShortCodes(draft: string, sourceCodeKeys: ReadonlySet<string>): string {
  return draft.replace(SHORT_CODE, (short, number: string, year: string) => {
    const prefix = `${Number.parseInt(number, 10)}/${year}/`;
    const full = [...sourceCodeKeys].filter((key) => key.startsWith(prefix));
    return full.length === 1 ? full[0]! : short;
  }).replace(NUMBER_ONLY, (short, number: string, year: string | undefined) => {
    const prefix = `${Number.parseInt(number, 10)}/${year ? `${year}/` : ''}`;
    const full = [...sourceCodeKeys].filter((key) => key.startsWith(prefix) && /^\d+\/\d{4}\//u.test(key));
    return full.length === 1 ? full[0]! : short;
  });
}
