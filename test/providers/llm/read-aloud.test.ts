import { describe, expect, it } from 'vitest';
import { candidateSentences, summarizeExtractively } from '../../../src/providers/llm/extractive.ts';
import type { StoryDraft } from '../../../src/providers/llm/llm.ts';
import { splitSentences } from '../../../src/text/split-sentences.ts';
import { countSyllables } from '../../../src/text/syllables.ts';
import {
  CAPTION_ON_A_SENTENCE_LINE,
  GIVEN_NAME_FIRST,
  LEAD_IN_AND_QUESTION,
  LONG_INDICTMENT_LEAD,
  RELATIVE_TIME,
  type ReadAloudArticle,
} from '../../fixtures/read-aloud/articles.ts';

/** A 30–45 s story at the espeak rate, as the write stage asks for it. */
function summarize(article: ReadAloudArticle, published = article.published, words = 140, minWords = 100): StoryDraft {
  return summarizeExtractively({
    storyId: 'read-aloud',
    section: 'tinh',
    title: article.title,
    words,
    minWords,
    sources: [{ name: article.outlet, title: article.title, url: 'https://example.invalid/a', published, text: article.text }],
  });
}

const RELATIVE = /(?<![\p{L}])(?:(?:sáng|chiều|tối|trưa|đêm)(?: hôm)? (?:nay|qua|mai)|hôm (?:nay|qua|kia)|ngày mai|tuần (?:này|qua|trước|tới)|những ngày qua)(?![\p{L}])/iu;

describe('offline summaries read for the ear', () => {
  it('keeps the real sentence that shares a line with a photo credit and reads neither the caption nor the credit', () => {
    const texts = candidateSentences(CAPTION_ON_A_SENTENCE_LINE.text).map((candidate) => candidate.text);
    expect(texts).toContain('Theo chủ đầu tư, cầu được thiết kế 4 làn xe, bảo đảm lưu thông cho xe tải nặng từ quốc lộ 30 về trung tâm tỉnh.');
    expect(texts.join(' ')).not.toMatch(/Ảnh|MINH TRÍ|Sở Xây dựng|bấm nút khởi công|Phối cảnh|Hoàng Nam/u);
    const draft = summarize(CAPTION_ON_A_SENTENCE_LINE, CAPTION_ON_A_SENTENCE_LINE.published, 200, 150);
    expect(draft.script).not.toMatch(/Ảnh|MINH TRÍ|bấm nút khởi công|Phối cảnh/u);
    expect(draft.bullets.join(' ')).not.toMatch(/Ảnh|bấm nút khởi công|Phối cảnh/u);
  });

  it('keeps a sentence that begins "Nguồn tin cho biết"', () => {
    const texts = candidateSentences(CAPTION_ON_A_SENTENCE_LINE.text).map((candidate) => candidate.text);
    expect(texts.some((text) => text.startsWith('Nguồn tin cho biết, nhà thầu đã tập kết đủ máy móc'))).toBe(true);
  });

  it('reads no editorial lead-in, its frame or a rhetorical question, and keeps the sentence the frame introduced', () => {
    const draft = summarize(LEAD_IN_AND_QUESTION);
    expect(draft.script).not.toMatch(/Dưới đây|Nội dung bài viết|\?/u);
    expect(draft.script).toContain('312 vụ án ma túy');
    expect(draft.bullets.join(' ')).not.toMatch(/Dưới đây|\?/u);
  });

  it('says the date a relative time refers to, counted from the article date, or leaves it out', () => {
    const draft = summarize(RELATIVE_TIME);
    expect(draft.script).not.toMatch(RELATIVE);
    expect(draft.script).toMatch(/chiều 19\/11/u);
    expect(draft.bullets.join(' ')).not.toMatch(RELATIVE);
    const undated = summarize(RELATIVE_TIME, null);
    expect(undated.script).not.toMatch(RELATIVE);
    expect(undated.script).toContain('ngập sâu từ 30 đến 50 cm');
  });

  it('names a person in full at first mention, and opens with the fact, not with a given name', () => {
    const draft = summarize(GIVEN_NAME_FIRST);
    const full = draft.script.indexOf('Phạm Minh Thuận');
    expect(full).toBeGreaterThan(-1);
    const bare = /(?<![\p{L}]\s?)(?<!Minh |Tân )Thuận(?![\p{L}])/u.exec(draft.script);
    expect(bare === null || bare.index > full).toBe(true);
    expect(draft.script).toMatch(/^Theo báo Đồng Tháp, ngày 21\/11, Cơ quan Cảnh sát điều tra/u);
    expect(draft.script).toContain('xã Tân Thuận');
  });

  it('keeps the main fact of an indictment whose lead is too long, shortened at a clause boundary', () => {
    const draft = summarize(LONG_INDICTMENT_LEAD);
    const [lead] = splitSentences(draft.script);
    expect(lead).toMatch(/^Theo báo Đồng Tháp, ngày 18\/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp đã ban hành cáo trạng truy tố Nguyễn Văn Lực/u);
    expect(lead).toContain('27 tỷ đồng');
    expect(lead).not.toContain('đồng thời chuyển hồ sơ');
    expect(lead).toMatch(/27 tỷ đồng\.$/u);
    expect(draft.bullets.some((bullet) => bullet.includes('27 tỷ'))).toBe(true);
  });

  it('writes between the least and the most it is asked for when the article has enough', () => {
    for (const article of [CAPTION_ON_A_SENTENCE_LINE, RELATIVE_TIME, GIVEN_NAME_FIRST, LONG_INDICTMENT_LEAD]) {
      const draft = summarize(article, article.published, 110, 80);
      expect(countSyllables(draft.script), article.title).toBeLessThanOrEqual(110);
      expect(countSyllables(draft.script), article.title).toBeGreaterThanOrEqual(80);
    }
  });

  it('draws slide bullets that are whole clauses within the slide limit, never cut with "…"', () => {
    for (const article of [CAPTION_ON_A_SENTENCE_LINE, LEAD_IN_AND_QUESTION, RELATIVE_TIME, GIVEN_NAME_FIRST, LONG_INDICTMENT_LEAD]) {
      const draft = summarize(article);
      expect(draft.bullets.length, article.title).toBeGreaterThanOrEqual(2);
      for (const bullet of draft.bullets) {
        expect(countSyllables(bullet), bullet).toBeLessThanOrEqual(24);
        expect(bullet, bullet).not.toMatch(/(?:…|\.\.\.|,|;|và|là|của)$/u);
      }
    }
  });
});
