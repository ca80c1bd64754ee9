import type { SectionId } from '../../domain/sections.ts';

/**
 * Words that make a story more relevant to a section of a procuracy Party cell's bulletin.
 * Matched on lower-cased NFC text, as whole syllable sequences.
 */
export const SECTOR_KEYWORDS: Record<SectionId, string[]> = {
  tinh: ['đồng tháp', 'tiền giang', 'mỹ tho', 'cao lãnh', 'sa đéc', 'hồng ngự', 'gò công', 'cai lậy', 'tháp mười', 'ubnd tỉnh', 'tỉnh ủy', 'hđnd tỉnh', 'tỉnh đồng tháp'],
  'trong-nuoc': ['tổng bí thư', 'bộ chính trị', 'ban bí thư', 'trung ương', 'quốc hội', 'chính phủ', 'thủ tướng', 'chủ tịch nước', 'nghị quyết', 'nghị định', 'luật', 'kinh tế', 'chuyển đổi số'],
  'doi-ngoai': ['đối ngoại', 'hội đàm', 'hội kiến', 'chuyến thăm', 'đại sứ', 'song phương', 'đối tác', 'asean', 'liên hợp quốc', 'hợp tác', 'ngoại giao', 'bộ ngoại giao'],
  'the-gioi': ['liên hợp quốc', 'xung đột', 'bầu cử', 'hội nghị thượng đỉnh', 'kinh tế thế giới', 'trung đông', 'ukraine', 'nga', 'mỹ', 'trung quốc', 'châu âu', 'asean'],
  nganh: ['viện kiểm sát', 'vksnd', 'kiểm sát viên', 'kiểm sát', 'viện trưởng', 'công tố', 'khởi tố', 'truy tố', 'cáo trạng', 'xét xử', 'tòa án', 'kháng nghị', 'bị can', 'bị cáo', 'vụ án', 'tham nhũng', 'cải cách tư pháp', 'tư pháp', 'điều tra'],
};

/** Distinct keywords of `section` found in `text`. */
export function keywordHits(text: string, section: SectionId): number {
  const haystack = ` ${text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return SECTOR_KEYWORDS[section].filter((keyword) => haystack.includes(` ${keyword} `)).length;
}
