import { containsPhrase } from './normalize-vi.ts';
import { nameInOtherForm } from './name-spellings.ts';
import { STOP, differingMiddle } from './sentence-words.ts';
import { spokenPhrase } from './spoken-form.ts';

/** Words that open the name of a body: what kind of body it is. */
const KINDS = [
  'Liên đoàn', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Hiệp hội', 'Ủy ban', 'Uỷ ban', 'Đài', 'Hội', 'Câu lạc bộ', 'Ngân hàng', 'Quỹ',
  'Trường', 'Bệnh viện', 'Học viện', 'Viện', 'Tổng cục', 'Cục', 'Liên minh', 'Tổ chức', 'Trung tâm',
];
const CAPITAL = String.raw`\p{Lu}[\p{L}\p{M}]*`;
/** A small word that joins ("Bộ Giáo dục và Đào tạo", "… Việt Nam cho Hà Nội") ends the name. */
const LOWER = String.raw`(?!(?:${[...STOP].join('|')})(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*`;
/**
 * "Liên đoàn Bóng đá Việt Nam": the kind, then parts that each start with a capital and may go on
 * with one or two small words ("Bóng đá", "Nông dân tỉnh") when another capital follows.
 */
const BODY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${KINDS.join('|')})((?:\s+${CAPITAL}(?:(?:\s+${LOWER}){1,2}(?=\s+\p{Lu}))?)+)`, 'gu');

/** A body's name as a text writes it, its kind and all its words in spoken form. */
export interface Body {
  written: string;
  kind: string[];
  words: string[];
}

export function bodiesOf(raw: string): Body[] {
  return [...raw.normalize('NFC').matchAll(BODY)].map((match) => {
    return { written: match[0], kind: spokenPhrase(match[0].slice(0, match[0].length - match[1]!.length)).split(' '), words: spokenPhrase(match[0]).split(' ') };
  });
}

/**
 * Bodies the draft names in full that the sources name as another body of the same kind:
 * "Liên đoàn Bóng chuyền Việt Nam" where the article writes "VFF" (the Vietnam Football
 * Federation), "Tập đoàn Dầu khí Việt Nam" for "Tập đoàn Điện lực Việt Nam". Each word may be in the
 * article; the name is one fact. A name shorter or longer than the article's ("Ngân hàng Nhà nước"
 * for "Ngân hàng Nhà nước Việt Nam") is the same body. `known` are the sources' bodies (aliases
 * expanded), `flat` the sources in spoken form.
 */
export function bodiesRenamed(draft: string, known: Body[], flat: string): string[] {
  const renamed: string[] = [];
  for (const body of bodiesOf(draft)) {
    if (containsPhrase(flat, body.words.join(' ')) || nameInOtherForm(body.words.join(' '), flat)) continue;
    const sameKind = known.filter((other) => other.kind.join(' ') === body.kind.join(' '));
    const compared = sameKind.map((other) => differingMiddle(body.words, other.words));
    const other = compared.some(({ ours, theirs, shared }) => ours.length > 0 && theirs.length > 0 && shared > body.kind.length);
    const same = compared.some(({ ours, theirs }) => ours.length === 0 || theirs.length === 0);
    if (other && !same && !renamed.includes(body.written)) renamed.push(body.written);
  }
  return renamed;
}
