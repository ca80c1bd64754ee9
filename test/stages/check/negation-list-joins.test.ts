import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const negationFlag = expect.objectContaining({ kind: 'negation' });

describe('a negated noun before a list join', () => {
  const PROPERTY = [
    'Tài sản chung của vợ chồng được chia theo thỏa thuận hoặc chia theo quyết định của tòa án.',
    'Tòa án chia tài sản chung khi: Không có thỏa thuận; Thỏa thuận không hợp pháp.',
  ].join('\n');

  it('accepts "không có thỏa thuận hoặc …" where the article also writes "theo thỏa thuận hoặc …"', () => {
    expect(checkFacts(script('Tòa án chia tài sản chung khi không có thỏa thuận hoặc thỏa thuận không hợp pháp.'), [PROPERTY])).toEqual([]);
  });

  it('still flags a negation the article does not make', () => {
    expect(checkFacts(script('Tài sản chung của vợ chồng không được chia theo thỏa thuận hoặc theo quyết định của tòa án.'), [PROPERTY])).toContainEqual(negationFlag);
  });
});
