import { describe, expect, it } from 'vitest';
import { isListItem } from '../../src/text/list-items.ts';

describe('isListItem', () => {
  it.each([
    ['a task with no one to do it', 'Phát huy vai trò của các cơ quan thanh tra, kiểm tra, điều tra.'],
    ['a measure of a programme', 'Có biện pháp xử lý phù hợp những trường hợp cán bộ suy thoái.'],
    ['a piece ending on a semicolon', 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XII;'],
  ])('takes %s for an item of a list', (_, sentence) => {
    expect(isListItem(sentence)).toBe(true);
  });

  it('takes a sentence after one that ends on a colon for an item', () => {
    expect(isListItem('Tổ chức xác minh tài sản của người phải thi hành án.', 'Bộ Tài chính tập trung vào các nhiệm vụ:')).toBe(true);
  });

  it.each([
    ['a statement with its subject', 'Chính phủ yêu cầu phát huy vai trò của các cơ quan thanh tra.'],
    ['an organisation as the subject', 'Tổ chức tín dụng được nhận tài sản đã bán đấu giá.'],
  ])('keeps %s', (_, sentence) => {
    expect(isListItem(sentence, 'Ngày 6/2, Thủ tướng ban hành Chỉ thị 05/CT-TTg.')).toBe(false);
  });
});
