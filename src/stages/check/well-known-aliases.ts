/**
 * Countries and institutions the Vietnamese press names two ways, each rewritten to one form
 * (the speech lexicon then expands the acronyms it knows: LHQ, EU, WHO…). Long forms are matched
 * in any case of their lower words ("Liên đoàn bóng đá Việt Nam"). Only pairs a newsreader would
 * call the same body: "Trung Hoa" is not "Trung Quốc" everywhere, so it is not here.
 */
const word = (text: string, flags = 'gu') => new RegExp(`(?<![\\p{L}\\p{M}])(?:${text})(?![\\p{L}\\p{M}])`, flags);
const anyCase = (text: string) => word(text, 'giu');

export const WELL_KNOWN_ALIASES: Array<[RegExp, string]> = [
  // Countries
  [word('Hợp chủng quốc Hoa Kỳ|Hoa Kỳ'), 'Mỹ'],
  [word('Liên bang Nga|LB Nga'), 'Nga'],
  [word('Vương quốc Anh'), 'Anh'],
  [word('Đại Hàn Dân Quốc'), 'Hàn Quốc'],
  [word('(?:CHDCND|Cộng hòa Dân chủ Nhân dân) Triều Tiên'), 'Triều Tiên'],
  [word('Cộng hòa Nhân dân Trung Hoa|CHND Trung Hoa'), 'Trung Quốc'],
  [word('Western Australia|Tây Ô-xtrây-li-a'), 'Tây Úc'],
  [word('Australia|Ô-xtrây-li-a'), 'Úc'],
  // English names of countries and places an English source writes ("Hanoi", "the French")
  [word('France|French'), 'Pháp'],
  [word('Germany|German'), 'Đức'],
  [word('Japan|Japanese'), 'Nhật Bản'],
  [word('China|Chinese'), 'Trung Quốc'],
  [word('South Korea|South Korean'), 'Hàn Quốc'],
  [word('North Korea|North Korean'), 'Triều Tiên'],
  [word('Russia|Russian'), 'Nga'],
  [word('Thailand|Thai'), 'Thái Lan'],
  [word('Cambodia|Cambodian'), 'Campuchia'],
  // Not "Lao": it is also the Vietnamese word of "Bộ Lao động".
  [word('Laos'), 'Lào'],
  [word('Vietnam|Viet Nam|Vietnamese'), 'Việt Nam'],
  [word('Hanoi|Ha Noi'), 'Hà Nội'],
  [word('Ho Chi Minh City|HCMC'), 'Thành phố Hồ Chí Minh'],
  [word('Hong Kong|Hongkong'), 'Hồng Kông'],
  // The city's old name. The river's too: a name read alone must give the words it gives in its sentence.
  [/(?<![\p{L}\p{M}])(?:(?:TP\.?|Thành phố|thành phố)\s*)?Sài Gòn(?![\p{L}\p{M}])/gu, 'Thành phố Hồ Chí Minh'],
  // "Thanh Xuân, HN": the capital's initials after a district.
  [/(?<![\p{L}\p{N}-])HN(?![\p{L}\p{N}-])/gu, 'Hà Nội'],
  // International bodies
  [anyCase('Liên Hiệp Quốc'), 'Liên hợp quốc'],
  [anyCase('Hiệp hội các (?:quốc gia|nước) Đông Nam Á'), 'ASEAN'],
  [anyCase('Tổ chức Hiệp ước Bắc Đại Tây Dương'), 'NATO'],
  [anyCase('Liên đoàn Bóng đá (?:Thế giới|Quốc tế)'), 'FIFA'],
  [/(?<![\p{L}])AFC(?![\p{L}])/gu, 'Liên đoàn Bóng đá châu Á'],
  [/(?<![\p{L}])AFF(?![\p{L}]| Cup)/gu, 'Liên đoàn Bóng đá Đông Nam Á'],
  [/(?<![\p{L}])IOC(?![\p{L}])/gu, 'Ủy ban Olympic Quốc tế'],
  // Vietnamese bodies known by an English acronym
  [/(?<![\p{L}])VFF(?![\p{L}])/gu, 'Liên đoàn Bóng đá Việt Nam'],
  [/(?<![\p{L}])EVN(?![\p{L}])/gu, 'Tập đoàn Điện lực Việt Nam'],
  [/(?<![\p{L}])VTV(?![\p{L}\p{N}])/gu, 'Đài Truyền hình Việt Nam'],
  [/(?<![\p{L}])VOV(?![\p{L}\p{N}])/gu, 'Đài Tiếng nói Việt Nam'],
];
