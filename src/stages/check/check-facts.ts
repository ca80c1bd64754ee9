import type { CheckIssue } from '../../domain/briefing.ts';
import { SECTION_TITLES } from '../../domain/sections.ts';
import { expandAliases } from './aliases.ts';
import { checkable, countedBySource, dateFound, numberFound, numberInOtherForm, numberNearlyFound, readClaims, same, withArticleValues, yearFound, type DateClaim, type NumberClaim } from './compare-spoken.ts';
import { closestSentences, findPhrase } from './sentence-words.ts';
import { flipSource, flippedNegations, negatedPhraseFlips, negatedStatementFlips } from './negations.ts';
import { figuresMovedFromTheirFacts, yearsOfAnotherEvent } from './moved-figures.ts';
import { figuresOfAnotherRow } from './figure-rows.ts';
import { valuesChangedInPlace } from './aligned-values.ts';
import { extractFacts, type Fact } from './extract-facts.ts';
import { placeAfterAnchorChanged } from './place-anchor.ts';
import { containmentsOf, misplacedUnits, type Containment } from './place-hierarchy.ts';
import { officeOfTitleChanged, titleOfOfficeChanged } from './role-titles.ts';
import { roleBelongs, rolesAround } from './role-owners.ts';
import { containsPhrase, normalizeForMatch } from './normalize-vi.ts';
import { spokenPhrase, toSpoken, type SpokenText, type Token } from './spoken-form.ts';
import { splitSentences } from '../../text/split-sentences.ts';
import { issuerOfCode, ministryBesideCode } from './code-issuers.ts';
import { completeShortCodes } from './short-codes.ts';
import { figuresOutOfTheirSlots } from './figure-slots.ts';
import { changedRangeEnds } from './range-pairs.ts';
import { effectiveDatesChanged, effectiveDatesOf } from './effective-dates.ts';
import { codesOfAnotherDocument } from './code-owners.ts';
import { agesOfAnotherPerson } from './person-ages.ts';
import { definedAcronyms, withDefinedNames } from './article-acronyms.ts';
import { residenceChanged } from './residences.ts';
import { mentionsOf, peopleOf } from './people-of.ts';
import { clauseSubjectsOf, givenNamesWritten, maybeSamePerson, namesWrittenAlone, writtenName } from './given-names.ts';
import { NOT_NAMES, namedPeopleOf } from './named-people.ts';
import { platesChanged, platesOf, withoutPlates, type Plate } from './plates.ts';
import { personSubstituted } from './substituted-person.ts';
import { officesSubstituted } from './substituted-office.ts';
import { ministryNamedByTitle } from './ministry-by-title.ts';
import { longFormInSources, shortFormInSources } from './foreign-short-forms.ts';
import { bodiesOf, bodiesRenamed, type Body } from './institution-names.ts';
import { personOfAnotherEvent, placeInSameContext, placeOfAnotherPerson } from './another-event.ts';
import { withoutProvinceWords } from './province-words.ts';
import { nameInOtherForm } from './name-spellings.ts';
import { acronymSpelledOut } from './spelled-acronyms.ts';
import { quotationsOf } from './quotations.ts';
import { oppositePhrasings } from './opposite-phrasings.ts';
import { peopleSwapped, relativeSubstituted, retellingOf } from './swapped-people.ts';
import { relativeTimesUnstated } from './relative-times.ts';
import { lawArticlesChanged } from './law-articles.ts';

export { extractFacts } from './extract-facts.ts';
export { normalizeForMatch } from './normalize-vi.ts';

/** Words our own script template says; never a claim about the story. */
const TEMPLATE_PHRASES = [...Object.values(SECTION_TITLES), 'Kính thưa các đồng chí', 'Theo báo', 'Thông tấn xã Việt Nam'];

/** "Theo báo Nhân Dân ngày 26/11," — the anchor's attribution, which names the outlet, not a fact. */
const ATTRIBUTION = /(^|[.!?…]\s+)Theo (?:báo|trang|cổng|đài|thông tấn|ttxvn|tạp chí|kênh|truyền hình|phát thanh)[^,;!?]{0,80},\s*/giu;

const CODE_PATTERN = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)+(?![\p{L}\p{N}])/gu;
const PLACE_MARKER = '(?:tỉnh|huyện|xã|quận|phường|thành phố|Thành phố|thị xã|thị trấn|ấp|thôn|tại|ở|vùng biển|từ)';
const PLACE_PATTERN = new RegExp(`(?<![\\p{L}])${PLACE_MARKER}\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})`, 'gu');

interface Prepared {
  raw: string;
  spoken: SpokenText;
}

interface Evidence {
  sources: SpokenText[];
  /** The article's own sentence behind each spoken sentence, for quoting. */
  written: Map<Token[], string>;
  flat: string;
  /** The flat text with "tỉnh" and "thành phố" left out after a word, for names written without them. */
  flatWithoutProvinceWords: string;
  codes: Set<string>;
  /** Each document code's dates of effect, as the article gives them. */
  inForce: Map<string, DateClaim[]>;
  plates: Plate[];
  numbers: NumberClaim[];
  dates: DateClaim[];
  people: string[][];
  /** The people the article names by given name alone ("Quang Hải", "tiền vệ Hai Long"). */
  givenNames: string[][];
  places: string[];
  /** Which unit the article puts inside which. */
  containments: Containment[];
  /** The bodies the article names in full ("Liên đoàn Bóng đá Việt Nam"). */
  bodies: Body[];
  /** Years of the allowed publication dates. */
  publishedYears: Set<number>;
}

function codesOf(text: string): Fact[] {
  return extractFacts(text).filter((fact) => fact.kind === 'code');
}

/** Document codes are compared as written; elsewhere they would read as loose numbers. */
function prepare(text: string, keepIssuers = false): Prepared {
  const raw = expandAliases(text.normalize('NFC'));
  const masked = withoutPlates(raw).replace(CODE_PATTERN, (code) => {
    if (!(code.includes('/') && /\p{N}/u.test(code) && /\p{Lu}/u.test(code))) return code;
    // "64/2017/TT-BCA" names its issuer: an article that writes only the code still says "Bộ Công an".
    const issuer = keepIssuers ? issuerOfCode(code) : undefined;
    return issuer ? ` ; của ${issuer} ; ` : ' ; ';
  });
  return { raw, spoken: toSpoken(masked) };
}

/** Words a place marker may be followed by that are part of the next marker, not a place: "tại Thành phố …". */
const NOT_PLACES = new Set(['Thành', 'Tỉnh', 'Huyện', 'Xã', 'Quận', 'Phường', 'Thị', 'Ấp']);

function placesOf(raw: string): string[] {
  return [...raw.matchAll(PLACE_PATTERN)]
    .filter((match) => !NOT_PLACES.has(match[1]!.split(' ')[0]!))
    .map((match) => spokenPhrase(match[1]!))
    .filter(Boolean);
}

/** A source read sentence by sentence, so each spoken sentence keeps the words the article wrote. */
function prepareSource(text: string, written: Map<Token[], string>): Prepared {
  const acronyms = definedAcronyms(text.normalize('NFC'));
  const raw = expandAliases(withDefinedNames(text.normalize('NFC'), acronyms));
  const sentences: Token[][] = [];
  for (const sentence of splitSentences(text)) {
    if (!sentence.trim()) continue;
    const tokens = prepare(withDefinedNames(sentence, acronyms), true).spoken.sentences.flat();
    if (tokens.length === 0) continue;
    written.set(tokens, sentence.trim());
    sentences.push(tokens);
  }
  return { raw, spoken: { sentences, flat: sentences.map((tokens) => tokens.map((token) => token.word).join(' ')).join(' ') } };
}

/** Words that open a clause and are no one's given name: "Theo Bộ …", "Tại Hà Nội …". */
const GENERIC_STARTS = new Set('Theo Tại Trong Sau Trước Khi Đến Từ Với Về Ngày Tháng Năm Sáng Chiều Tối Đêm Hôm Cả Các Những Việt Hà Hồ Thành'.split(' '));

const unique = (people: string[][]) => [...new Map(people.map((person) => [person.join(' '), person])).values()];

function gatherEvidence(texts: string[], allowed: string[]): Evidence {
  const written = new Map<Token[], string>();
  const prepared = texts.map((text) => prepareSource(text, written));
  const claims = prepared.map((entry) => readClaims(entry.spoken));
  const flat = prepared.map((entry) => entry.spoken.flat).join(' \u0000 ');
  const evidence: Evidence = {
    written,
    sources: prepared.map((entry) => entry.spoken),
    flat,
    flatWithoutProvinceWords: withoutProvinceWords(flat),
    codes: new Set(texts.flatMap((text) => codesOf(text.normalize('NFC')).map((fact) => (fact.kind === 'code' ? fact.key : '')))),
    inForce: effectiveDatesOf(texts),
    plates: texts.flatMap(platesOf),
    numbers: claims.flatMap((claim) => claim.numbers),
    dates: claims.flatMap((claim) => claim.dates),
    places: [...new Set(prepared.flatMap((entry) => placesOf(entry.raw)))],
    containments: prepared.flatMap((entry) => containmentsOf(entry.raw)),
    bodies: prepared.flatMap((entry) => bodiesOf(entry.raw)),
    people: [] as string[][],
    givenNames: [] as string[][],
    publishedYears: new Set(allowed.flatMap((text) => readClaims(toSpoken(text)).dates.flatMap((date) => (date.year === undefined ? [] : [date.year])))),
  };
  const places = new Set(evidence.places);
  const people = prepared.flatMap((entry) => peopleOf(entry.raw, places)).filter((person) => person.length > 2 || !places.has(person.join(' ')));
  // "Quang Hải" for "Nguyễn Quang Hải", "tiền vệ Hai Long": people the article names by given name.
  const given = prepared.flatMap((entry) => [
    ...givenNamesWritten(entry.raw, people),
    ...namedPeopleOf(entry.raw).filter((person) => person.length === 2),
    ...clauseSubjectsOf(entry.raw, (first) => NOT_NAMES.has(first) || GENERIC_STARTS.has(first)),
  ]);
  evidence.givenNames = unique(given.filter((name) => !places.has(name.join(' '))));
  evidence.people = unique([...people, ...evidence.givenNames]);
  return evidence;
}

/** The source sentence closest to a draft sentence, as the article writes it (for the reviewer and the model). */
function articleForm(sentence: Token[], evidence: Evidence): string | undefined {
  const best = closestSentences(sentence, evidence.sources)[0];
  if (!best || best.score < 0.3) return undefined;
  const text = evidence.written.get(best.tokens) ?? best.tokens.map((token) => token.word.replace(/^#/, '')).join(' ');
  return text.length > 220 ? `${text.slice(0, 217)}…` : text;
}

function sentenceOf(spoken: SpokenText, needle: string): Token[] {
  return spoken.sentences.find((tokens) => tokens.some((token) => token.word === needle.replace(/ .*/, '') || token.word === `#${needle}`)) ?? spoken.sentences[0] ?? [];
}

function checkPart(where: CheckIssue['where'], text: string, evidence: Evidence): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const add = (issue: CheckIssue) => {
    if (!issues.some((other) => other.kind === issue.kind && other.value === issue.value)) issues.push(issue);
  };
  const clean = completeShortCodes(text.normalize('NFC').replace(ATTRIBUTION, '$1'), evidence.codes);
  const draft = prepare(clean);

  for (const fact of codesOf(clean)) {
    if (fact.kind !== 'code') continue;
    if (!evidence.codes.has(fact.key) && !containsPhrase(evidence.flat, spokenPhrase(fact.value))) add({ kind: 'code', value: fact.value, where });
    const ministry = ministryBesideCode(clean, fact.value);
    if (ministry) add({ kind: 'name', value: `${ministry} — ${fact.value}`, where });
  }

  for (const date of effectiveDatesChanged(clean, evidence.inForce)) add({ kind: 'date', value: date.text, where });
  for (const sentence of splitSentences(clean)) {
    const tokens = prepare(sentence).spoken.sentences.flat();
    for (const code of codesOfAnotherDocument({ tokens, text: sentence }, evidence.sources, evidence.written)) add({ kind: 'code', value: code, where, source: articleForm(tokens, evidence) });
  }
  for (const { plate, source } of platesChanged(clean, evidence.plates)) add({ kind: 'code', value: plate, where, ...(source ? { source } : {}) });

  const claims = readClaims(draft.spoken);
  const allSentences = evidence.sources.flatMap((source) => source.sentences);
  for (const date of claims.dates) {
    if (!dateFound(date, evidence.dates)) add({ kind: 'date', value: date.text, where, source: articleForm(sentenceOf(draft.spoken, String(date.day ?? date.month)), evidence) });
  }
  for (const claim of claims.numbers) {
    if (!checkable(claim) || numberFound(claim, evidence.numbers) || numberInOtherForm(claim, evidence.numbers) || yearFound(claim, evidence.numbers) || countedBySource(claim, allSentences)) continue;
    // "năm 2026" from "năm nay" in an article published in 2026.
    if (claim.kind === 'date' && claim.previous === 'năm' && evidence.publishedYears.has(claim.value)) continue;
    const sentence = sentenceOf(draft.spoken, String(claim.value));
    add({ kind: claim.kind, value: claim.text, where, source: articleForm(sentence, evidence), ...(numberNearlyFound(claim, evidence.sources) ? { notation: true } : {}) });
  }

  const draftPlaces = new Set(placesOf(draft.raw));
  // "Bộ GD&ĐT" is one acronym the speech normalizer reads whole ("Bộ Giáo dục và Đào tạo"); split at "&" it names no one.
  // A hyphenated name ("Kim Jong-un", "Kim Sang-sik") is a name; only a code with a figure is masked.
  const joined = draft.raw.replace(CODE_PATTERN, (code) => (/\p{N}/u.test(code) ? ' ; ' : code)).replace(/(?<![\p{L}])[\p{Lu}-]+&[\p{Lu}]+(?![\p{L}])/gu, (acronym) => spokenPhrase(acronym));
  for (const fact of extractFacts(joined)) {
    if (fact.kind !== 'name') continue;
    const forms = fact.alternatives.map(spokenPhrase).filter(Boolean);
    if (forms.length === 0 || forms.some((form) => containsPhrase(evidence.flat, form) || ministryNamedByTitle(form, evidence.flat) || nameInOtherForm(form, evidence.flat))) continue;
    if (forms.some((form) => containsPhrase(evidence.flatWithoutProvinceWords, form) || containsPhrase(evidence.flat, withoutProvinceWords(form)))) continue;
    if (fact.acronym && acronymSpelledOut(fact.value, allSentences)) continue;
    if (fact.alternatives.some((name) => shortFormInSources(name, evidence.written.values()) || longFormInSources(name, evidence.written.values()))) continue;
    const spoken = spokenPhrase(fact.value);
    const words = spoken.split(' ');
    const scattered = evidence.sources.some((source) => source.sentences.some((tokens) => words.every((word) => tokens.some((token) => token.word === word))));
    add({ kind: draftPlaces.has(spoken) ? 'place' : 'name', value: fact.value, where, ...(scattered && words.length > 1 ? { notation: true } : {}) });
  }

  // A body's name is one fact, though each of its words is in the article; one of its words flagged already says it.
  for (const body of bodiesRenamed(draft.raw, evidence.bodies, evidence.flat)) {
    if (!issues.some((issue) => issue.kind === 'name' && body.includes(issue.value))) add({ kind: 'name', value: body, where });
  }

  for (const quotation of quotationsOf(clean)) {
    const parts = quotation.split(/\.\.\.|…/u).map(spokenPhrase).filter(Boolean);
    // One quoted word is a claim only alone ("'do' và 'get'"); a word left between two ellipses says nothing.
    const claims = parts.length === 1 ? parts : parts.filter((part) => part.split(' ').length >= 2);
    if (claims.some((part) => !containsPhrase(evidence.flat, part))) add({ kind: 'quote', value: quotation, where });
  }

  // "Lâm Hà" after "huyện" is a district, though "Lâm" is a family name ("UBND tỉnh Trần Trí Quang" is a person).
  const named = peopleOf(draft.raw, new Set(evidence.places)).filter((person) => person.length > 2 || !draftPlaces.has(person.join(' ')));
  // The article's people the draft names by given name alone ("Quang Hải mở tỷ số"), unless it names them in full.
  const byGivenName = namesWrittenAlone(draft.raw, evidence.givenNames, named).filter((given) => !draftPlaces.has(given.join(' ')) && !named.some((person) => maybeSamePerson(person, given)));
  const people = [...named, ...byGivenName];
  // "Hai Long" reads "#2 long" in spoken form; the reviewer is shown the name as written.
  const shown = (person: string[]) => (person.some((word) => word.startsWith('#')) ? writtenName(draft.raw, person) : person.join(' '));
  for (const tokens of draft.spoken.sentences) {
    const flips = flippedNegations(tokens, evidence.sources);
    for (const flip of flips.length > 0 ? flips : [...negatedPhraseFlips(tokens, allSentences), ...negatedStatementFlips(tokens, allSentences), ...oppositePhrasings(tokens, allSentences)]) add({ kind: 'negation', value: flip, where, source: articleForm(flipSource(tokens, flip, allSentences) ?? tokens, evidence) });
    for (const year of yearsOfAnotherEvent(tokens, allSentences)) add({ kind: 'date', value: `năm ${year}`, where, source: articleForm(tokens, evidence) });
    for (const time of relativeTimesUnstated(tokens, allSentences)) add({ kind: 'date', value: time, where, source: articleForm(tokens, evidence) });
    for (const article of lawArticlesChanged(tokens, allSentences)) add({ kind: 'code', value: article, where, source: articleForm(tokens, evidence) });
    const valued = withArticleValues(tokens, evidence.numbers);
    const misplacedFigures = [
      ...figuresOutOfTheirSlots(valued, allSentences),
      ...changedRangeEnds(valued, allSentences),
      ...agesOfAnotherPerson(valued, people, allSentences).map((age) => age.value),
      ...figuresMovedFromTheirFacts(valued, allSentences).map((figure) => figure.value),
      ...figuresOfAnotherRow(valued, allSentences),
    ];
    for (const value of misplacedFigures) {
      const text = claims.numbers.find((number) => same(number.value, value))?.text ?? String(value);
      // Already flagged (as a percentage, say, not in the article at all): one flag says it.
      if (!issues.some((issue) => issue.value === text)) add({ kind: 'number', value: text, where, source: articleForm(tokens, evidence) });
    }
    for (const { value, kind } of valuesChangedInPlace(valued, allSentences)) {
      const date = kind === 'date' ? claims.dates.find((claim) => [claim.day, claim.month, claim.year].includes(value)) : undefined;
      const text = date?.text ?? claims.numbers.find((number) => same(number.value, value))?.text ?? String(value);
      if (!issues.some((issue) => issue.value === text || (kind === 'number' && issue.kind === 'number' && issue.value.includes(String(value))))) add({ kind, value: text, where, source: articleForm(tokens, evidence) });
    }
    // "quận 6", "phường 9": places the capitalized-name reader does not see.
    tokens.forEach((token, at) => {
      if (token.value === undefined || !['quận', 'phường'].includes(tokens[at - 1]?.word ?? '')) return;
      if (placeAfterAnchorChanged(tokens, at, [token.word], allSentences)) add({ kind: 'place', value: `${tokens[at - 1]!.word} ${token.value}`, where, source: articleForm(tokens, evidence) });
    });
    for (const person of people) {
      if (findPhrase(tokens, person).length > 0 && personOfAnotherEvent(tokens, person, people, evidence)) add({ kind: 'name', value: shown(person), where, source: articleForm(tokens, evidence) });
    }
    const office = officeOfTitleChanged(tokens, allSentences);
    if (office) add({ kind: 'role', value: office, where, source: articleForm(tokens, evidence) });
    const title = titleOfOfficeChanged(tokens, allSentences);
    if (title) add({ kind: 'role', value: title, where, source: articleForm(tokens, evidence) });
    for (const person of people) {
      if (!containsPhrase(evidence.flat, person.join(' '))) continue;
      for (const at of findPhrase(tokens, person)) {
        for (const role of rolesAround(tokens, at, at + person.length)) {
          if (!roleBelongs(person, role, allSentences, evidence.people)) add({ kind: 'role', value: `${shown(person)} — ${role.join(' ')}`, where, source: articleForm(tokens, evidence) });
        }
      }
    }
    for (const place of draftPlaces) {
      const words = place.split(' ');
      if (findPhrase(tokens, words).length === 0 || !containsPhrase(evidence.flat, place)) continue;
      if (findPhrase(tokens, words).some((at) => placeAfterAnchorChanged(tokens, at, words, allSentences))) {
        add({ kind: 'place', value: place, where, source: articleForm(tokens, evidence) });
        continue;
      }
      if (placeOfAnotherPerson(tokens, words, people, evidence)) {
        add({ kind: 'place', value: place, where, source: articleForm(tokens, evidence) });
        continue;
      }
      if (placeInSameContext(tokens, words, evidence)) continue;
      const ranked = closestSentences(tokens, evidence.sources, new Set(words));
      const best = ranked[0];
      if (!best || best.score < 0.5) continue;
      const close = ranked.filter((entry) => entry.score >= best.score - 0.1);
      const sentencePlaces = (candidate: Token[]) => evidence.places.filter((known) => findPhrase(candidate, known.split(' ')).length > 0);
      if (close.some((entry) => findPhrase(entry.tokens, words).length > 0)) continue;
      if (sentencePlaces(best.tokens).length === 0) continue;
      add({ kind: 'place', value: place, where, source: articleForm(tokens, evidence) });
    }
  }
  const mentions = mentionsOf(draft.raw, people);
  const capitalized = new Set([...draft.raw.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)].flatMap((match) => spokenPhrase(match[0]).split(' ')));
  for (const tokens of draft.spoken.sentences) {
    const retelling = retellingOf(tokens, evidence.sources);
    const swapped = retelling && (peopleSwapped(retelling, capitalized) ?? relativeSubstituted(retelling));
    if (swapped) add({ kind: 'name', value: swapped, where, source: articleForm(tokens, evidence) });
    for (const mention of mentions) {
      if (personSubstituted(tokens, mention, evidence.sources)) add({ kind: 'name', value: shown(mention), where, source: articleForm(tokens, evidence) });
    }
    for (const office of officesSubstituted(draft.raw, tokens, evidence.written)) {
      // "Giám đốc Sở Tài chính" given another office's task is flagged once, as the role.
      if (!issues.some((issue) => issue.kind === 'role' && issue.value.includes(spokenPhrase(office)))) add({ kind: 'name', value: office, where, source: articleForm(tokens, evidence) });
    }
    for (const person of people) {
      const residence = residenceChanged(tokens, person, allSentences);
      if (residence && !issues.some((issue) => issue.kind === 'place' && residence.endsWith(issue.value))) add({ kind: 'place', value: residence, where, source: articleForm(tokens, evidence) });
    }
  }
  // Last, so a place already flagged in its sentence is not flagged twice under another spelling.
  if (!issues.some((issue) => issue.kind === 'place')) {
    for (const parent of misplacedUnits(draft.raw, evidence.containments)) add({ kind: 'place', value: parent, where });
  }
  return issues;
}

/**
 * Every number, date, document code, name, place, role, negation and quotation in a written story
 * that its sources do not support. Both sides are compared in spoken form (aliases expanded, the
 * speech normalizer's words, number words read as values), so notation never counts as a change.
 * `allowed` adds text the template may say without a source: outlet names, publication dates.
 */
export function checkFacts(
  draft: { headline: string; script: string; bullets: string[] },
  sourceTexts: string[],
  options: { allowed?: string[] } = {},
): CheckIssue[] {
  const evidence = gatherEvidence([...sourceTexts, ...(options.allowed ?? []), ...TEMPLATE_PHRASES], options.allowed ?? []);
  const parts: Array<[CheckIssue['where'], string]> = [
    ['headline', draft.headline],
    ['script', draft.script],
    ['bullets', draft.bullets.map((bullet) => bullet.trim().replace(/[.;]?$/, '.')).join('\n')],
  ];
  return parts.flatMap(([where, text]) => (text.trim() ? checkPart(where, text, evidence) : []));
}

const KIND_WORDS: Record<CheckIssue['kind'], string> = {
  number: 'số liệu',
  percent: 'tỷ lệ phần trăm',
  date: 'ngày tháng',
  code: 'số hiệu văn bản',
  name: 'tên riêng',
  place: 'địa danh',
  role: 'chức danh gắn với người',
  negation: 'ý phủ định',
  quote: 'trích dẫn',
};
const PLACE_WORDS: Record<CheckIssue['where'], string> = { headline: 'tiêu đề', script: 'lời đọc', bullets: 'ý chính trên trang chiếu' };

/** Vietnamese description of the issues for the reviewer and for a regeneration prompt. */
export function describeIssues(issues: CheckIssue[]): string[] {
  return issues.map((issue) => {
    const what = `${KIND_WORDS[issue.kind]} "${issue.value}" trong ${PLACE_WORDS[issue.where]}`;
    const verdict = issue.kind === 'negation'
      ? 'ngược nghĩa với câu trong bài nguồn'
      : issue.kind === 'role'
        ? 'không khớp với người giữ chức danh đó trong bài nguồn'
        : issue.kind === 'place'
          ? 'không phải nơi diễn ra sự việc trong bài nguồn'
          : issue.notation
            ? 'có trong bài nguồn nhưng ở dạng hoặc ngữ cảnh khác, cần xem lại'
            : 'không có trong bài nguồn';
    return `${what} ${verdict}${issue.source ? ` (bài gốc viết: "${issue.source}")` : ''}`;
  });
}

export { normalizeForMatch as normalizeText };
