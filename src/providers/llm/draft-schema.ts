import { z } from 'zod';
import type { StoryDraft } from './llm.ts';
import { countSyllables } from '../../text/syllables.ts';

const text = z.string().transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim());

/** What the model must return for one story. Lenient on form (extra bullets are cut), strict on content. */
export const StoryDraftSchema = z.object({
  headline: text.pipe(z.string().min(1, 'tiêu đề trống')),
  script: text.pipe(z.string().min(1, 'lời đọc trống')),
  bullets: z
    .array(text)
    .transform((bullets) => bullets.filter((bullet) => bullet.length > 0).slice(0, 4))
    .pipe(z.array(z.string()).min(2, 'cần ít nhất 2 ý chính')),
});

/** The same shape as a JSON Schema for `response_format: json_schema` (strict mode subset). */
export const STORY_DRAFT_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['headline', 'script', 'bullets'],
  properties: {
    headline: { type: 'string', description: 'Tiêu đề ngắn, tối đa 15 chữ' },
    script: { type: 'string', description: 'Lời đọc cho phát thanh viên, mở đầu bằng nguồn tin' },
    bullets: { type: 'array', items: { type: 'string' }, description: '2 đến 4 ý chính cho trang chiếu' },
  },
} as const;

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

export type DraftParse = { ok: true; draft: StoryDraft } | { ok: false; problem: string };

/**
 * Reads a draft from a model's reply: plain JSON, JSON in a code fence, or JSON inside prose
 * (servers without structured output). Checks the language and that the script is not far over budget.
 */
export function parseDraftReply(reply: string, words: number): DraftParse {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, problem: 'phản hồi không có đối tượng JSON' };
  let json: unknown;
  try {
    json = JSON.parse(reply.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'phản hồi không phải JSON hợp lệ' };
  }
  const parsed = StoryDraftSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: `JSON sai dạng: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'gốc'}: ${issue.message}`).join('; ')}` };
  }
  const draft = parsed.data;
  if (!VIETNAMESE_LETTER.test(draft.script)) return { ok: false, problem: 'lời đọc không phải tiếng Việt' };
  const length = countSyllables(draft.script);
  if (length > words * 2 + 20) return { ok: false, problem: `lời đọc dài ${length} chữ, vượt xa giới hạn ${words} chữ` };
  return { ok: true, draft };
}
