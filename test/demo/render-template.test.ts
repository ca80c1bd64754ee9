import { describe, expect, it } from 'vitest';
import { checkTemplate, renderTemplate } from '../../src/demo/render-template.ts';

// 2027-01-01 01:30 in Vietnam (UTC+7): a New Year's morning, so day/month/year offsets cross boundaries.
const NEW_YEAR_VN = new Date('2026-12-31T18:30:00Z');

describe('renderTemplate', () => {
  it('renders dates relative to the publication day in Vietnam time', () => {
    expect(renderTemplate('{{date}}', NEW_YEAR_VN)).toBe('1/1/2027');
    expect(renderTemplate('{{date:-2}}', NEW_YEAR_VN)).toBe('30/12/2026');
    expect(renderTemplate('Sáng {{dm:-1}}', NEW_YEAR_VN)).toBe('Sáng 31/12');
    expect(renderTemplate('{{day:+3}}', NEW_YEAR_VN)).toBe('ngày 4/1');
  });

  it('renders weekdays, months, years and quarters with Roman numerals', () => {
    expect(renderTemplate('{{weekday}}', NEW_YEAR_VN)).toBe('thứ Sáu');
    expect(renderTemplate('{{weekday:2}}', NEW_YEAR_VN)).toBe('Chủ nhật');
    expect(renderTemplate('{{month:-1}}', NEW_YEAR_VN)).toBe('tháng 12/2026');
    expect(renderTemplate('{{month:13}}', NEW_YEAR_VN)).toBe('tháng 2/2028');
    expect(renderTemplate('năm {{year:-1}}', NEW_YEAR_VN)).toBe('năm 2026');
    expect(renderTemplate('{{quarter}} và {{quarter:-1}}', NEW_YEAR_VN)).toBe('quý I/2027 và quý IV/2026');
  });

  it('leaves text without templates unchanged', () => {
    expect(renderTemplate('Nghị định số 168/2024/NĐ-CP', NEW_YEAR_VN)).toBe('Nghị định số 168/2024/NĐ-CP');
  });

  it('rejects unknown and malformed tokens when content is checked', () => {
    expect(() => checkTemplate('{{ngay:-1}}', 'bai.md')).toThrow(/bai\.md: unknown template token "\{\{ngay\}\}"/);
    expect(() => checkTemplate('ngày {{date:-x}}', 'bai.md')).toThrow(/malformed template token/);
    expect(() => checkTemplate('ngày {{date:-1}}', 'bai.md')).not.toThrow();
  });
});
