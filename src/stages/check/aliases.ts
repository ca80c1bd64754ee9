import { WELL_KNOWN_ALIASES } from './well-known-aliases.ts';

/**
 * Written forms that name the same place, institution or unit, rewritten to one form before the
 * speech normalizer (whose lexicon already expands the common ones: TP.HCM, VKSND, TNCS, UBND…).
 * Applied to the draft and the sources alike, so either may use either form.
 */
const ALIASES: Array<[RegExp, string]> = [
  [/\bViện KSND\b/gu, 'Viện kiểm sát nhân dân'],
  [/(?<![\p{L}])KSND(?![\p{L}])/gu, 'kiểm sát nhân dân'],
  [/(?<![\p{L}])CSĐT(?![\p{L}])/gu, 'Cảnh sát điều tra'],
  [/(?<![\p{L}])CQĐT(?![\p{L}])/gu, 'cơ quan điều tra'],
  [/(?<![\p{L}])CQCSĐT(?![\p{L}])/gu, 'Cơ quan Cảnh sát điều tra'],
  [/(?<![\p{L}])(?:T\.Ư|TƯ|TW)(?![\p{L}/])/gu, 'Trung ương'],
  [/(?<![\p{L}])UBKT(?![\p{L}])/gu, 'Ủy ban Kiểm tra'],
  [/(?<![\p{L}])BLHS(?![\p{L}])/gu, 'Bộ luật Hình sự'],
  [/(?<![\p{L}])BLTTHS(?![\p{L}])/gu, 'Bộ luật Tố tụng hình sự'],
  [/(?<![\p{L}])TNHS(?![\p{L}])/gu, 'trách nhiệm hình sự'],
  [/(?<![\p{L}])HĐQT(?![\p{L}])/gu, 'Hội đồng quản trị'],
  [/(?<![\p{L}])Cty(?![\p{L}])/gu, 'Công ty'],
  // "CP" alone reads "Chính phủ"; after "Công ty" it is "cổ phần".
  [/(?<=[Cc]ông ty\s+)CP(?![\p{L}])/gu, 'cổ phần'],
  [/(?<![\p{L}])CATP(?![\p{L}])/gu, 'Công an thành phố'],
  [/(?<![\p{L}])THADS(?![\p{L}])/gu, 'thi hành án dân sự'],
  [/(?<![\p{L}])THA(?![\p{L}])/gu, 'thi hành án'],
  [/(?<![\p{L}])MTTQ(?![\p{L}])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![\p{L}])LHTN(?![\p{L}])/gu, 'Liên hiệp Thanh niên'],
  [/(?<![\p{L}])BCH(?![\p{L}])/gu, 'Ban Chấp hành'],
  [/(?<![\p{L}])(?:Tp|TP)\.?\s*(?=\p{Lu})/gu, 'Thành phố '],
  [/(?<![\p{L}])Q\.\s*(?=\p{Lu}|\d)/gu, 'quận '],
  [/(?<![\p{L}])H\.\s*(?=\p{Lu})/gu, 'huyện '],
  [/(?<![\p{L}])TX\.\s*(?=\p{Lu})/gu, 'thị xã '],
  [/(?<![\p{L}])SN\s+(?=\d{4})/gu, 'sinh năm '],
  [/(?<=\d)\s*g(?![\p{L}])/gu, ' gam'],
  [/(?<![\p{L}])gram(?![\p{L}])/gu, 'gam'],
  [/(?<![\p{L}])tỉ(?![\p{L}])/gu, 'tỷ'],
];

/** Words that mean the same thing after the speech normalizer has written everything out. */
const SPOKEN_VARIANTS: Record<string, string> = { ngàn: 'nghìn', tỉ: 'tỷ', thuỷ: 'thủy', hoà: 'hòa' };

export function expandAliases(text: string): string {
  return [...WELL_KNOWN_ALIASES, ...ALIASES].reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

export function spokenVariant(word: string): string {
  return SPOKEN_VARIANTS[word] ?? word;
}
