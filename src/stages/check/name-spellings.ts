import { spokenPhrase } from './spoken-form.ts';
import { containsPhrase } from './normalize-vi.ts';

/** A syllable ending in "y" after a consonant, which the press also writes with "i" (sỹ/sĩ, kỹ/kĩ, lý/lí). */
const Y_SYLLABLE = /(?<![\p{L}\p{M}])((?:ngh|ng|gh|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx]))([yýỳỷỹỵ])(?![\p{L}\p{M}])/gu;
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * The key two spellings of one name share, from spoken text: "hào sỹ phường" and "hào sĩ phường"
 * give the same key. Only for comparing names: "tỷ" the scale word keeps its spelling elsewhere.
 */
export function spellingKey(spoken: string): string {
  return spoken.replace(Y_SYLLABLE, (_, initial: string, vowel: string) => `${initial}${Y_TO_I[vowel] ?? vowel}`);
}

/** Countries a name may be run together with ("Tổng thống Mỹ Trump", "người đẹp Indonesia Kevin Lilliana"). */
const COUNTRIES = [
  'Việt Nam', 'Mỹ', 'Nga', 'Anh', 'Pháp', 'Đức', 'Ý', 'Italy', 'Trung Quốc', 'Nhật Bản', 'Nhật', 'Hàn Quốc', 'Triều Tiên', 'Úc',
  'Ấn Độ', 'Indonesia', 'Thái Lan', 'Lào', 'Campuchia', 'Malaysia', 'Singapore', 'Philippines', 'Myanmar', 'Brunei',
  'Đông Timor', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ',
  'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan', 'Ukraine', 'Belarus', 'Hungary', 'Séc', 'Hy Lạp', 'Thổ Nhĩ Kỳ',
  'Iran', 'Iraq', 'Israel', 'Syria', 'Ả Rập Xê Út', 'Ai Cập', 'Nam Phi', 'Nigeria', 'Venezuela', 'Cuba', 'Colombia',
  'Chile', 'Peru', 'New Zealand', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Mông Cổ', 'Đài Loan', 'Hồng Kông',
].map((country) => spokenPhrase(country).split(' '));

/**
 * A name that starts with a country, split into the country and the rest when the rest is still a
 * name: "Mỹ Trump" is the country "Mỹ" and the person "Trump". Undefined when it starts with none.
 */
export function countryAndName(spoken: string): [string, string] | undefined {
  const words = spoken.split(' ');
  const country = COUNTRIES.filter((candidate) => candidate.length < words.length && candidate.every((word, index) => words[index] === word))
    .sort((a, b) => b.length - a.length)[0];
  return country ? [country.join(' '), words.slice(country.length).join(' ')] : undefined;
}

/** Whether the article names a draft's name in another spelling, or as the country and the person it runs together. */
let lastFlat: [string, string] | undefined;

export function nameInOtherForm(spoken: string, flat: string): boolean {
  if (lastFlat?.[0] !== flat) lastFlat = [flat, spellingKey(flat)];
  const key = lastFlat[1];
  const found = (phrase: string) => containsPhrase(flat, phrase) || containsPhrase(key, spellingKey(phrase));
  if (found(spoken)) return true;
  const parts = countryAndName(spoken);
  return parts !== undefined && parts.every(found);
}
