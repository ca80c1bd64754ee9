import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const codeFlag = expect.objectContaining({ kind: 'code' });

describe('a document code read with what its document does', () => {
  const RULES = [
    'Chính phủ ban hành Nghị định số 88/2026/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản.',
    'Bộ Y tế ban hành Thông tư 21/2026/TT-BYT sửa đổi, bổ sung một số điều của Thông tư 09/2023/TT-BYT về khám sức khỏe cho người lái xe.',
    'Thông tư 30/2024/TT-BYT về danh mục thuốc thiết yếu vẫn được áp dụng.',
    'Chính phủ ban hành Nghị định số 95/2026/NĐ-CP quy định mức hỗ trợ tối đa cho hộ nghèo mua bảo hiểm y tế là 70% mức đóng.',
  ].join('\n');

  it('flags a code the article gives to another document of its list', () => {
    expect(checkFacts(script('Nghị định số 88/2026/NĐ-CP quy định mức hỗ trợ tối đa cho hộ nghèo mua bảo hiểm y tế là 70% mức đóng.'), [RULES])).toContainEqual(codeFlag);
  });

  it('flags a code put in the role of another code of the same sentence', () => {
    expect(checkFacts(script('Thông tư 21/2026/TT-BYT sửa đổi, bổ sung một số điều của Thông tư 30/2024/TT-BYT về khám sức khỏe cho người lái xe.'), [RULES])).toContainEqual(codeFlag);
  });

  it('accepts each code with its own document', () => {
    expect(checkFacts(script('Nghị định số 95/2026/NĐ-CP quy định mức hỗ trợ tối đa cho hộ nghèo mua bảo hiểm y tế là 70% mức đóng.'), [RULES])).toEqual([]);
    expect(checkFacts(script('Thông tư 21/2026/TT-BYT sửa đổi, bổ sung một số điều của Thông tư 09/2023/TT-BYT về khám sức khỏe cho người lái xe.'), [RULES])).toEqual([]);
  });
});
