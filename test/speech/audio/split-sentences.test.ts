import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/speech/audio/split-sentences.ts';

describe('splitSentences', () => {
  it('splits after sentence marks followed by a space and at paragraph breaks', () => {
    expect(splitSentences('Câu một. Câu hai! Câu ba?\nĐoạn mới… tiếp')).toEqual(['Câu một.', 'Câu hai!', 'Câu ba?', 'Đoạn mới…', 'tiếp']);
  });

  it('does not split inside TP.HCM or a number', () => {
    expect(splitSentences('Tại TP.HCM, tăng 3.5 lần. Hết.')).toEqual(['Tại TP.HCM, tăng 3.5 lần.', 'Hết.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('Ông nói: "Phải làm ngay." Sau đó về.')).toEqual(['Ông nói: "Phải làm ngay."', 'Sau đó về.']);
  });
});
