/**
 * "UBND Đồng Tháp" and "UBND tỉnh Đồng Tháp", "Công an Cần Thơ" and "Công an thành phố Cần Thơ":
 * a body of a province or a city is named with or without the word for its level. Spoken forms
 * (lower case) without that word, for comparing names; "huyện", "quận", "xã" stay, since a
 * district's body is not the province's.
 */
const PROVINCE_WORD = / (?:tỉnh|thành phố)(?= )/gu;

export function withoutProvinceWords(spoken: string): string {
  return spoken.replace(PROVINCE_WORD, '');
}
