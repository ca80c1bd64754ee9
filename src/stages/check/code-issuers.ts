import { normalizeForSpeech } from '../../speech/normalize/normalize.ts';

const MINISTRY = '(Bộ\\s+\\p{Lu}[\\p{L}\\p{M}]*\\s+[\\p{L}\\p{M}]+)';
const TYPE_WORDS = '(?:[Tt]hông tư liên tịch|[Tt]hông tư|[Nn]ghị định|[Qq]uyết định|[Cc]ông văn|[Cc]hỉ thị|[Vv]ăn bản)';

/**
 * A ministry the draft says issued a document whose code names another one: "Bộ Công an ban hành
 * Thông tư số 146/2017/TT-BTC" (BTC is Bộ Tài chính). Ministries are told apart by their first two
 * words ("Bộ Tài chính", "Bộ Tài nguyên …").
 */
export function ministryBesideCode(text: string, code: string): string | undefined {
  const issuers = issuerOfCode(code)?.split(/,\s*|\s+và\s+/u).filter((name) => name.startsWith('Bộ '));
  if (!issuers || issuers.length === 0) return undefined;
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(`${MINISTRY}\\s+(?:đã\\s+|vừa\\s+)?ban hành\\s+${TYPE_WORDS}?\\s*(?:số\\s+)?${escaped}`, 'u').exec(text)?.[1];
  const after = new RegExp(`${escaped}(?:\\s+ngày\\s+[\\d/.]+)?\\s*,?\\s+(?:của|do)\\s+${MINISTRY}`, 'u').exec(text)?.[1];
  const key = (name: string) => name.split(/\s+/u).slice(0, 3).join(' ').toLowerCase();
  return [before, after].find((name) => name !== undefined && !issuers.some((issuer) => key(issuer) === key(name)));
}

/** The issuer a document code names, as the speech normalizer reads it ("TT-BCA" → "Bộ Công an"); none when it only spells letters. */
export function issuerOfCode(code: string): string | undefined {
  const issuer = / của (.+?)\s*$/u.exec(normalizeForSpeech(code))?.[1];
  return issuer && issuer.split(/,\s*|\s+và\s+/u).every((name) => /^\p{Lu}/u.test(name)) ? issuer : undefined;
}
