import type { Lexicon } from '../lexicon/lexicon.ts';
import { readInteger, type NumberWords } from './read-number.ts';
import { spellLetters } from './spell-letters.ts';

/**
 * Vietnamese document numbers (số ký hiệu văn bản). Convention: "[loại] số <số> [năm <năm>] của
 * <cơ quan ban hành>", where the document type is said only when the text has not just said it:
 *   Nghị định số 168/2024/NĐ-CP → Nghị định số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ
 *   05-CT/TW → chỉ thị số năm của Trung ương
 *   Nghị quyết 84/2025/UBTVQH15 → Nghị quyết số tám mươi tư năm … của Ủy ban Thường vụ Quốc hội khóa mười lăm
 */

const TYPES: Record<string, string> = {
  NĐ: 'nghị định', TT: 'thông tư', TTLT: 'thông tư liên tịch', NQ: 'nghị quyết', NQLT: 'nghị quyết liên tịch',
  QĐ: 'quyết định', QĐi: 'quy định', CT: 'chỉ thị', KL: 'kết luận', HD: 'hướng dẫn', TB: 'thông báo',
  BC: 'báo cáo', KH: 'kế hoạch', CV: 'công văn', QC: 'quy chế', CĐ: 'công điện', TTr: 'tờ trình', PL: 'pháp lệnh',
  CTr: 'chương trình', ĐA: 'đề án', QyĐ: 'quy định',
};

/** Issuers whose names differ from the general abbreviation lexicon or are only used in codes. */
const ISSUERS: Record<string, string> = {
  CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ', TW: 'Trung ương', TU: 'Tỉnh ủy', HU: 'Huyện ủy', ĐU: 'Đảng ủy',
  BTGTW: 'Ban Tuyên giáo Trung ương', BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương', BTCTW: 'Ban Tổ chức Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương', VPTW: 'Văn phòng Trung ương Đảng', BCSĐ: 'Ban cán sự đảng',
  BNV: 'Bộ Nội vụ', BTC: 'Bộ Tài chính', NHNN: 'Ngân hàng Nhà nước', VPCP: 'Văn phòng Chính phủ',
  // A ministry's suffix in a code: "BCT" alone is Bộ Chính trị in Party text, but "TT-BCT" is Bộ Công Thương's.
  BCT: 'Bộ Công Thương', BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', BNG: 'Bộ Ngoại giao', BTP: 'Bộ Tư pháp',
  BYT: 'Bộ Y tế', BXD: 'Bộ Xây dựng', BGDĐT: 'Bộ Giáo dục và Đào tạo', BTNMT: 'Bộ Tài nguyên và Môi trường',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội', BGTVT: 'Bộ Giao thông vận tải', BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BKHCN: 'Bộ Khoa học và Công nghệ', BTTTT: 'Bộ Thông tin và Truyền thông', BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn', BNNMT: 'Bộ Nông nghiệp và Môi trường',
};

// Mixed-case tokens are listed so a code glued to the next word ("NĐ-CPngày") still ends at the code.
const CODE_TOKEN = '(?:TTg|QĐi|TTr|CTr|\\p{Lu}+)\\d*';
const CODE_TAIL = `${CODE_TOKEN}(?:-${CODE_TOKEN})*`;

const DOCUMENT_WORDS = [
  'thông tư liên tịch', 'nghị quyết liên tịch', 'thông tư', 'nghị định', 'nghị quyết', 'quyết định', 'quy định',
  'chỉ thị', 'kết luận', 'hướng dẫn', 'luật', 'pháp lệnh', 'công văn', 'kế hoạch', 'thông báo',
].join('|');

function typeOf(token: string): string | undefined {
  return TYPES[token];
}

function issuer(token: string, lexicon: Lexicon, words: NumberWords): string {
  const term = /^(UBTVQH|QH)(\d{1,2})$/u.exec(token);
  if (term) return `${ISSUERS[term[1]!] ?? lexicon.get(term[1]!) ?? ''} khóa ${readInteger(term[2]!, words)}`.trim();
  return ISSUERS[token] ?? lexicon.get(token) ?? spellLetters(token, words);
}

function listIssuers(tokens: string[], lexicon: Lexicon, words: NumberWords, after = ''): string {
  // "Nghị định 161/2017/NĐ-CP (ngày 12/11/2017) của Chính phủ": the text names the issuer itself.
  if (/^\s*(?:ngày\s+[\d/.-]+\s+)?(?:của|do)\s/u.test(after)) return '';
  // A department code after the issuer (VKSTC-V14: Vụ 14 of the Supreme Procuracy) qualifies it.
  const names: string[] = [];
  for (const token of tokens) {
    const department = /^V(\d{1,2})$/u.exec(token);
    if (department && names.length > 0) names[names.length - 1] += `, Vụ ${readInteger(department[1]!, words)}`;
    else names.push(issuer(token, lexicon, words));
  }
  if (names.length === 0) return '';
  const last = names.pop()!;
  return ` của ${names.length ? `${names.join(', ')} và ${last}` : last}`;
}

/** What the text says just before the code: did it already name the type, and "số"? */
function lead(before: string, typeName: string | undefined): string {
  const tail = before.slice(-40).toLowerCase();
  const saidSo = /(?<![\p{L}])số\s*$/u.test(tail);
  const saidType = typeName !== undefined && new RegExp(`${typeName}\\s*(số\\s*)?$`, 'u').test(tail);
  const parts = [];
  if (typeName && !saidType) parts.push(typeName);
  if (!saidSo) parts.push('số');
  return parts.length ? `${parts.join(' ')} ` : '';
}

export function normalizeDocumentCodes(text: string, lexicon: Lexicon, words: NumberWords): string {
  let out = text;
  // 168/2024/NĐ-CP, 123/QĐ-TTg, 84/2025/UBTVQH15, 01/2017/TTLT-VKSNDTC-TANDTC-BCA
  out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}/])(\\d{1,5})(?:/(\\d{4}))?/(${CODE_TAIL})(?![\\p{Lu}\\p{N}])`, 'gu'), (match, num: string, y: string | undefined, tail: string, offset: number, all: string) => {
    const tokens = tail.split('-');
    const typeName = typeOf(tokens[0]!);
    const issuers = typeName ? tokens.slice(1) : tokens;
    const yearPart = y ? ` năm ${readInteger(y, words)}` : '';
    const after = all.slice(offset + match.length);
    return `${lead(all.slice(0, offset), typeName)}${readInteger(num, words)}${yearPart}${listIssuers(issuers, lexicon, words, after)} `;
  });
  // 05-CT/TW, 18-NQ/TW, 08-QĐi/TW, 12-HD/BTGTW
  out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}/])(\\d{1,5})-(${CODE_TOKEN})/(${CODE_TAIL})(?![\\p{Lu}\\p{N}])`, 'gu'), (match, num: string, type: string, tail: string, offset: number, all: string) => {
    const typeName = typeOf(type);
    if (!typeName) return match;
    const after = all.slice(offset + match.length);
    return `${lead(all.slice(0, offset), typeName)}${readInteger(num, words)}${listIssuers(tail.split('-'), lexicon, words, after)} `;
  });
  // A code without a number: NĐ-CP, QĐ-TTg, NQ/TW
  out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}/-])(${CODE_TOKEN})[-/](${CODE_TAIL})(?![\\p{L}\\p{N}])`, 'gu'), (match, type: string, tail: string) => {
    const typeName = typeOf(type);
    const tokens = tail.split('-');
    if (!typeName || tokens.some((t) => !ISSUERS[t] && !lexicon.has(t) && !/^(UBTVQH|QH)\d{1,2}$/u.test(t))) return match;
    return `${typeName}${listIssuers(tokens, lexicon, words)}`;
  });
  // Thông tư 64/2017, Nghị định số 06/2018: a number and year after a document type.
  out = out.replace(new RegExp(`(?<![\\p{L}])(${DOCUMENT_WORDS})(\\s+số)?\\s+(\\d{1,5})/(\\d{4})(?![\\p{N}/])`, 'giu'), (_m, type: string, _so, num: string, y: string) => {
    return `${type} số ${readInteger(num, words)} năm ${readInteger(y, words)}`;
  });
  // QH15, UBTVQH14 on their own
  out = out.replace(/(?<![\p{L}\p{N}])(UBTVQH|QH)(\d{1,2})(?![\p{L}\p{N}])/gu, (_m, body: string, n: string) => issuer(`${body}${n}`, lexicon, words));
  return out;
}
