/**
 * Money, percentages, units and dimensions next to a number. The number itself is left for the
 * number pass; this rule only writes the unit as words ("24 ha" → "24 héc-ta", "50.000đ" →
 * "50.000 đồng", "$5" → "5 đô la Mỹ", "3 x 4 m" → "3 nhân 4 mét"). A slash after a unit reads
 * "trên" ("km/h" → "ki-lô-mét trên giờ", "6,8 tấn/ha" → "… tấn trên héc-ta", "0,4 mg/1 lít" → "… mi-li-gam
 * trên một lít"); after money or a percentage it reads "một" ("30.000đ/kg" → "… đồng một ki-lô-gam",
 * "4,75%/năm" → "… phần trăm một năm", "3 triệu đồng/tháng/người" → "… đồng một tháng một người",
 * "25.450 VNĐ/USD" → "… đồng một đô la Mỹ").
 */

const UNITS: Record<string, string> = {
  'km/h': 'ki-lô-mét trên giờ', 'm/s': 'mét trên giây', km2: 'ki-lô-mét vuông', 'km²': 'ki-lô-mét vuông',
  km3: 'ki-lô-mét khối', 'km³': 'ki-lô-mét khối', km: 'ki-lô-mét', m2: 'mét vuông', 'm²': 'mét vuông', m3: 'mét khối',
  'm³': 'mét khối', cm: 'xen-ti-mét', mm: 'mi-li-mét', m: 'mét', ha: 'héc-ta', kg: 'ki-lô-gam', mg: 'mi-li-gam',
  ml: 'mi-li-lít', l: 'lít', '°C': 'độ xê', 'ºC': 'độ xê', '°F': 'độ ép', '°': 'độ', kWh: 'ki-lô-oát giờ', kW: 'ki-lô-oát',
  MW: 'mê-ga-oát', GW: 'gi-ga-oát', kV: 'ki-lô-vôn', MHz: 'mê-ga-héc', GB: 'gi-ga-bai', Mbps: 'mê-ga-bít trên giây',
};
const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(/[/.]/g, '\\$&'))
  .join('|');

/** Units the press writes as Vietnamese words; a slash after one is "trên" ("miligam/100 mililít"). */
const UNIT_WORD_LIST = [
  'miligam', 'mi-li-gam', 'gam', 'kilôgam', 'ki-lô-gam', 'ki lô gam', 'tấn', 'tạ', 'yến', 'lít', 'mililít', 'mi-li-lít', 'mét', 'kilômét', 'ki-lô-mét',
  'xen-ti-mét', 'mi-li-mét', 'héc-ta', 'hecta', 'mét vuông', 'mét khối', 'ki-lô-mét vuông', 'km²', 'hải lý', 'độ',
];
const UNIT_WORD_SET = new Set(UNIT_WORD_LIST);
const UNIT_WORDS = UNIT_WORD_LIST.join('|');

// The look-behind keeps a long digit run from being retried at every position (quadratic time).
const NUMBER = '(?<![\\d.,])\\d[\\d.,]*';
const SCALE = '(?:\\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))?';
const MONEY = '(?:đồng|VNĐ|VND|vnđ|đ)';

function spokenUnit(unit: string): string {
  return UNITS[unit] ?? CURRENCY_CODES[unit] ?? unit;
}

/** Currency codes after a slash ("VNĐ/USD"); the lexicon reads them elsewhere. */
const CURRENCY_CODES: Record<string, string> = { USD: 'đô la Mỹ', VNĐ: 'đồng', VND: 'đồng', EUR: 'ơ-rô' };
/** What may follow a slash: "/1 lít", "/24 giờ", "/km2", "/lượng". */
const PER_WORD = `(?:${UNIT_PATTERN}|\\p{L}+)(?![\\p{L}\\p{N}²³])`;
const PER = `(?:\\d[\\d.,]*\\s?)?${PER_WORD}`;

/** After a unit: per a unit or per a clock unit (speed, flow) "trên"; per a period or a thing "một" ("m3/năm" → "mét khối một năm"). */
function perUnit(chain: string): string {
  return chain
    .split('/')
    .filter(Boolean)
    .map((part) => perEach(part, UNITS[part] || UNIT_WORD_SET.has(part) || /^(?:\d|giờ$|giây$|phút$)/u.test(part) ? 'trên' : 'một'))
    .join('');
}

/** "/tháng/người" → " một tháng một người"; a number after the slash is a divisor, read "trên". */
function perEach(chain: string, word: 'một' | 'trên'): string {
  return chain
    .split('/')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [, n, unit = ''] = /^\s*(\d[\d.,]*\s?)?(.*?)\s*$/su.exec(part) ?? [];
      return n ? ` trên ${n.trim()} ${spokenUnit(unit)}` : ` ${word} ${spokenUnit(unit)}`;
    })
    .join('');
}

export function normalizeMeasures(text: string): string {
  let out = text;
  // 3 x 4 m, 3x4
  out = out.replace(new RegExp(`(${NUMBER})\\s?(${UNIT_PATTERN})?\\s?[x×]\\s?(?=\\d)`, 'gu'), (_m, n: string, unit?: string) => `${n} ${unit ? `${spokenUnit(unit)} ` : ''}nhân `);
  // $5, $1,2 tỷ, US$ 3 triệu
  out = out.replace(new RegExp(`(?:US)?\\$\\s?(${NUMBER}${SCALE})`, 'gu'), '$1 đô la Mỹ');
  out = out.replace(new RegExp(`(${NUMBER}${SCALE})\\s?(?:US)?\\$`, 'gu'), '$1 đô la Mỹ');
  out = out.replace(new RegExp(`(${NUMBER}${SCALE})\\s?€`, 'gu'), '$1 ơ-rô');
  out = out.replace(new RegExp(`€\\s?(${NUMBER}${SCALE})`, 'gu'), '$1 ơ-rô');
  out = out.replace(new RegExp(`£\\s?(${NUMBER}${SCALE})`, 'gu'), '$1 bảng Anh');
  out = out.replace(new RegExp(`(${NUMBER}${SCALE})\\s?£`, 'gu'), '$1 bảng Anh');
  out = out.replace(new RegExp(`¥\\s?(${NUMBER}${SCALE})`, 'gu'), '$1 yên');
  // 50.000đ, 5 tỷ VNĐ, 30.000đ/kg
  out = out.replace(new RegExp(`(${NUMBER}${SCALE})\\s?${MONEY}((?:\\s?/\\s?${PER})*)(?![\\p{L}\\p{N}])`, 'gu'), (_m, n: string, per: string) => `${n} đồng${perEach(per, 'một')}`);
  // 78 USD/thùng, 4.700 USD/người/năm
  out = out.replace(new RegExp(`(${NUMBER}${SCALE})\\s?(USD|EUR)((?:\\s?/\\s?${PER})+)`, 'gu'), (_m, n: string, code: string, per: string) => `${n} ${spokenUnit(code)}${perEach(per, 'một')}`);
  // 6,5%, 10 %, 4,75%/năm
  out = out.replace(new RegExp(`(${NUMBER})\\s?%((?:\\s?/\\s?${PER})*)`, 'gu'), (_m, n: string, per: string) => `${n} phần trăm${perEach(per, 'một')}`);
  out = out.replace(/%/g, ' phần trăm');
  // 24 ha, 7,9 m, 1,5 tỷ m3, 120 km/giờ, 40°C
  out = out.replace(
    new RegExp(`(${NUMBER}${SCALE})\\s?(${UNIT_PATTERN})((?:/${PER})*)(?![\\p{L}\\p{N}²³])`, 'gu'),
    (_m, n: string, unit: string, per: string) => `${n} ${spokenUnit(unit)}${perUnit(per)}`,
  );
  // 50 miligam/100 mililít, 6,8 tấn/ha, 1.020 người/km2: a measure over a measure reads "trên".
  out = out.replace(new RegExp(`(?<![\\d.,])(\\d[\\d.,]*\\s?(?:${UNIT_WORDS}))\\s?/\\s?(?=\\d)`, 'gu'), '$1 trên ');
  // 5 vụ/năm, 9 tháng/năm học, 30 học sinh/lớp: a count per period or per thing reads "một";
  // per a unit of measure ("tấn/ha", "người/km2") it reads "trên".
  out = out.replace(new RegExp(`(?<![\\d.,])(\\d[\\d.,]*\\s?\\p{L}+)((?:/${PER_WORD})+)`, 'gu'), (_m, head: string, per: string) =>
    `${head}${per.split('/').filter(Boolean).map((part) => (UNITS[part] || UNIT_WORD_SET.has(part) ? perEach(part, 'trên') : perEach(part, 'một'))).join('')}`,
  );
  // "1.250 vụ/2.300 bị can": two counts side by side, read with a pause.
  out = out.replace(/(?<=\p{L})\s*\/\s*(?=\d)/gu, ', ');
  return out;
}
