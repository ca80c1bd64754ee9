/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
 * With the `u` flag a lone surrogate is one code point outside every allowed range, so it is removed too.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for one slide line or paragraph: NFC, no XML-invalid characters, whitespace collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVALID_XML, '').replace(/\s+/g, ' ').trim();
}

/** Like cleanText but keeps leading and trailing spaces: for runs that join into one paragraph. */
export function cleanRun(text: string): string {
  return text.normalize('NFC').replace(INVALID_XML, '').replace(/\s+/g, ' ');
}

/** Text that keeps its line breaks (speaker notes): NFC, no XML-invalid characters, tidy lines. */
export function cleanMultiline(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVALID_XML, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
