import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const codes = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'code');

describe("a law's article number", () => {
  const source = [
    'Theo khoản 2 Điều 12 Luật Đất đai 2024 quy định: 2.',
    'Người sử dụng đất không được lấn chiếm đất, trừ trường hợp quy định tại Điều 45 của Luật này.',
  ].join('\n');

  it('flags another number than the article cites for that law', () => {
    expect(codes('Theo khoản 2 Điều 45 Luật Đất đai 2024, người sử dụng đất không được lấn chiếm đất.', source)).toMatchObject([{ value: 'điều 45 luật đất đai' }]);
  });

  it('accepts the number the article cites', () => {
    expect(codes('Theo khoản 2 Điều 12 của Luật Đất đai 2024, người sử dụng đất không được lấn chiếm đất.', source)).toEqual([]);
  });
});
