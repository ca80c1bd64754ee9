import { describe, expect, it } from 'vitest';
import { chunkText } from '../../../src/providers/tts/chunk-text.ts';

describe('chunkText', () => {
  it('keeps short text in one chunk with its paragraph break', () => {
    expect(chunkText('Câu một. Câu hai.\n\nĐoạn hai.', 100)).toEqual(['Câu một. Câu hai.\nĐoạn hai.']);
  });

  it('cuts at sentence boundaries and never exceeds the limit', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Đây là câu số ${i} của bản tin thời sự.`).join(' ');
    const chunks = chunkText(text, 120);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(120);
      expect(chunk).toMatch(/\.$/);
    }
    expect(chunks.join(' ')).toBe(text);
  });

  it('cuts a sentence longer than the limit after a comma or a space', () => {
    const sentence = `${'rất nhiều chữ, '.repeat(20)}hết.`;
    const chunks = chunkText(sentence, 50);
    expect(chunks.every((chunk) => chunk.length <= 50)).toBe(true);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(sentence.replace(/\s+/g, ' ').trim());
  });

  it('returns nothing for blank text', () => {
    expect(chunkText(' \n\n ', 100)).toEqual([]);
  });
});
