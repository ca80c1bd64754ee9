import type { CheckIssue } from '../../domain/briefing.ts';
import { SECTION_TITLES } from '../../domain/sections.ts';
import { extractFacts, type DateParts, type Fact } from './extract-facts.ts';
import { containsPhrase, normalizeForMatch } from './normalize-vi.ts';

export { extractFacts } from './extract-facts.ts';
export { normalizeForMatch } from './normalize-vi.ts';

/** Words our own script template says; never a claim about the story. */
const TEMPLATE_PHRASES = [...Object.values(SECTION_TITLES), 'Kính thưa các đồng chí', 'Theo báo', 'Thông tấn xã Việt Nam'];

/** Common abbreviations and what they stand for, so "VKSND" matches "Viện kiểm sát nhân dân". */
const ACRONYMS: Record<string, string[]> = {
  VKSND: ['viện kiểm sát nhân dân'],
  VKSNDTC: ['viện kiểm sát nhân dân tối cao'],
  TAND: ['tòa án nhân dân', 'toà án nhân dân'],
  TANDTC: ['tòa án nhân dân tối cao', 'toà án nhân dân tối cao'],
  UBND: ['ủy ban nhân dân', 'uỷ ban nhân dân'],
  HĐND: ['hội đồng nhân dân'],
  TP: ['thành phố'],
  TTXVN: ['thông tấn xã việt nam'],
  CSGT: ['cảnh sát giao thông'],
  THADS: ['thi hành án dân sự'],
};

/** "Theo báo Nhân Dân ngày 26/11," — the anchor's attribution, which names the outlet, not a fact. */
const ATTRIBUTION = /(^|[.!?…]\s+)Theo (?:báo|trang|cổng|đài|thông tấn|ttxvn|tạp chí|kênh|truyền hình|phát thanh)[^,;!?]{0,80},\s*/giu;

interface Evidence {
  text: string;
  codes: Set<string>;
  dates: DateParts[];
  numbers: number[];
  percents: number[];
}

function gatherEvidence(texts: string[]): Evidence {
  const evidence: Evidence = { text: normalizeForMatch(texts.join('\n')).replace(/-/g, ' '), codes: new Set(), dates: [], numbers: [], percents: [] };
  for (const text of texts) {
    for (const fact of extractFacts(text)) {
      if (fact.kind === 'code') {
        evidence.codes.add(fact.key);
        for (const digits of fact.value.match(/\d+/g) ?? []) evidence.numbers.push(Number.parseInt(digits, 10));
      } else if (fact.kind === 'date') {
        evidence.dates.push(fact.date);
        for (const part of [fact.date.day, fact.date.month, fact.date.year]) if (part !== undefined) evidence.numbers.push(part);
      } else if (fact.kind === 'percent') {
        evidence.percents.push(...fact.numbers);
        evidence.numbers.push(...fact.numbers);
      } else if (fact.kind === 'number') {
        evidence.numbers.push(...fact.numbers);
      }
    }
  }
  return evidence;
}

const SMALL_NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function dateFound(date: DateParts, pool: DateParts[]): boolean {
  return pool.some(
    (other) =>
      (date.day === undefined || other.day === undefined ? date.day === undefined : other.day === date.day) &&
      (date.month === undefined || other.month === date.month) &&
      (date.year === undefined || other.year === undefined || other.year === date.year),
  );
}

function factFound(fact: Fact, evidence: Evidence): boolean {
  switch (fact.kind) {
    case 'code':
      return evidence.codes.has(fact.key) || containsPhrase(evidence.text, normalizeForMatch(fact.value).replace(/-/g, ' '));
    case 'date':
      return dateFound(fact.date, evidence.dates);
    case 'percent':
      return fact.numbers.some((value) => evidence.percents.some((other) => sameNumber(value, other)));
    case 'number':
      return fact.numbers.some(
        (value) =>
          evidence.numbers.some((other) => sameNumber(value, other)) ||
          (Number.isInteger(value) && value <= 10 && containsPhrase(evidence.text, SMALL_NUMBER_WORDS[value]!)),
      );
    case 'name': {
      const forms = [...fact.alternatives, ...(fact.acronym ? ACRONYMS[fact.value] ?? [] : [])];
      return forms.some((form) => containsPhrase(evidence.text, normalizeForMatch(form).replace(/-/g, ' ')));
    }
  }
}

/**
 * Every number, percentage, date, document code and proper name in a written story that its
 * sources do not contain (after normalizing case, Unicode form, tone placement and number format).
 * `allowed` adds text the template may say without a source: outlet names, publication dates.
 */
export function checkFacts(
  draft: { headline: string; script: string; bullets: string[] },
  sourceTexts: string[],
  options: { allowed?: string[] } = {},
): CheckIssue[] {
  const evidence = gatherEvidence([...sourceTexts, ...(options.allowed ?? []), ...TEMPLATE_PHRASES]);
  const parts: Array<[CheckIssue['where'], string]> = [
    ['headline', draft.headline],
    ['script', draft.script],
    ['bullets', draft.bullets.map((bullet) => bullet.trim().replace(/[.;]?$/, '.')).join('\n')],
  ];
  const issues: CheckIssue[] = [];
  const seen = new Set<string>();
  for (const [where, text] of parts) {
    for (const fact of extractFacts(text.normalize('NFC').replace(ATTRIBUTION, '$1'))) {
      if (factFound(fact, evidence)) continue;
      const key = `${where}\u0000${fact.kind}\u0000${fact.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push({ kind: fact.kind, value: fact.value, where });
    }
  }
  return issues;
}

/** Vietnamese description of the issues for the reviewer and for a regeneration prompt. */
export function describeIssues(issues: CheckIssue[]): string[] {
  const kinds: Record<CheckIssue['kind'], string> = { number: 'số liệu', percent: 'tỷ lệ phần trăm', date: 'ngày tháng', code: 'số hiệu văn bản', name: 'tên riêng' };
  const places: Record<CheckIssue['where'], string> = { headline: 'tiêu đề', script: 'lời đọc', bullets: 'ý chính trên trang chiếu' };
  return issues.map((issue) => `${kinds[issue.kind]} "${issue.value}" trong ${places[issue.where]} không có trong bài nguồn`);
}
