import { z } from 'zod';
import { SectionIdSchema, SECTION_IDS } from './sections.ts';
import { STAGES } from './progress.ts';

export const SourceRefSchema = z.object({
  feedId: z.string(),
  /** Outlet name as read aloud, e.g. "Báo Nhân Dân". */
  name: z.string().min(1),
  url: z.string().min(1),
  title: z.string(),
  /** ISO 8601, or null when the source gave no date. */
  published: z.string().nullable(),
  /** The article text the fact check compared against (what the writer saw), kept so edits are re-checked. */
  text: z.string().optional(),
});

/** One fact in a story's text that could not be found in its sources. */
export const CheckIssueSchema = z.object({
  kind: z.enum(['number', 'percent', 'date', 'code', 'name', 'place', 'role', 'negation', 'quote']),
  value: z.string(),
  where: z.enum(['headline', 'script', 'bullets']),
  /** The article's own wording closest to the flagged value, quoted to the reviewer and to the model. */
  source: z.string().optional(),
  /** True when the value is in the article in another notation or context: shown for review, the draft is kept. */
  notation: z.boolean().optional(),
});

/**
 * The fact check of one story. passed: every fact found in the sources; flagged: issues remain
 * (the reviewer must look); fallback: the written text failed and was replaced by extractive text.
 */
export const CheckResultSchema = z.object({
  status: z.enum(['passed', 'flagged', 'fallback']),
  /** Who wrote the text that is in the document now. */
  writer: z.enum(['llm', 'extractive', 'editor']),
  issues: z.array(CheckIssueSchema),
  /** Vietnamese explanation for the reviewer. */
  note: z.string().optional(),
});

export const BriefingStorySchema = z.object({
  id: z.string().min(1),
  headline: z.string().min(1),
  /** What the newsreader says, in broadcast style, naming the source. */
  script: z.string().min(1),
  bullets: z.array(z.string().min(1)).min(2).max(4),
  sources: z.array(SourceRefSchema).min(1),
  check: CheckResultSchema,
  /**
   * The figure the story turns on, as written in its text ("hơn 12,6 tỷ đồng", "8 năm tù"):
   * shown in a callout on the story's slide, on the web page and in script.md. Absent when none.
   */
  keyFigure: z.string().min(1).optional(),
});

export const BriefingSectionSchema = z.object({
  id: SectionIdSchema,
  title: z.string().min(1),
  /** Spoken opener / transition into this section. */
  opener: z.string().min(1),
  stories: z.array(BriefingStorySchema),
});

export const BirthdaySegmentSchema = z.object({
  kind: z.literal('birthdays'),
  title: z.string().min(1),
  script: z.string().min(1),
  people: z.array(z.object({ name: z.string().min(1), birthDate: z.string() })).min(1),
});

export const BriefingSchema = z
  .object({
    version: z.literal(1),
    meta: z.object({
      /** "Chi bộ Văn phòng" */
      cellName: z.string().min(1),
      /** "Viện kiểm sát nhân dân tỉnh Đồng Tháp" */
      unitName: z.string().min(1),
      /** YYYY-MM-DD */
      meetingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      window: z.object({ since: z.string(), until: z.string() }),
      generatedAt: z.string(),
      targetMinutes: z.number().positive(),
      writer: z.object({ provider: z.string(), model: z.string(), promptVersion: z.string() }),
      /** True when made from the offline sample news (fictional events): never to be read in a meeting. */
      sample: z.boolean().optional(),
    }),
    intro: z.string().min(1),
    sections: z.array(BriefingSectionSchema).length(SECTION_IDS.length),
    segments: z.array(BirthdaySegmentSchema).default([]),
    outro: z.string().min(1),
    report: z
      .object({
        checked: z.number().int().nonnegative(),
        flagged: z.number().int().nonnegative(),
        fallback: z.number().int().nonnegative(),
        problems: z.array(z.object({ stage: z.string(), item: z.string(), reason: z.string() })),
        /** Wall time of each stage that made this bulletin, in pipeline order (publish, which writes this file, is not in it). */
        stages: z.array(z.object({ stage: z.enum(STAGES), ms: z.number().nonnegative(), items: z.number().int().nonnegative().optional() })).optional(),
      })
      .default({ checked: 0, flagged: 0, fallback: 0, problems: [] }),
  })
  .superRefine((briefing, ctx) => {
    briefing.sections.forEach((section, index) => {
      if (section.id !== SECTION_IDS[index]) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'id'],
          message: `mục thứ ${index + 1} phải là "${SECTION_IDS[index]}", không phải "${section.id}"`,
        });
      }
    });
  });

export type SourceRef = z.infer<typeof SourceRefSchema>;
export type CheckIssue = z.infer<typeof CheckIssueSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type BriefingStory = z.infer<typeof BriefingStorySchema>;
export type BriefingSection = z.infer<typeof BriefingSectionSchema>;
export type BirthdaySegment = z.infer<typeof BirthdaySegmentSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;

/** The story's key figure while its text still says it: an editor may have changed the text since it was found. */
export function currentKeyFigure(story: Pick<BriefingStory, 'keyFigure' | 'headline' | 'script' | 'bullets'>): string | null {
  const figure = story.keyFigure;
  if (!figure) return null;
  return [story.headline, story.script, ...story.bullets].some((text) => text.includes(figure)) ? figure : null;
}

/** How many stories the briefing's sections hold. */
export function countStories(briefing: Briefing): number {
  return briefing.sections.reduce((sum, section) => sum + section.stories.length, 0);
}
