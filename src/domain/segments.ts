import { z } from 'zod';

/** Where each spoken item sits in briefing.mp3 (seconds). Written as segments.json. */
export const SegmentTimingSchema = z.object({
  id: z.string(),
  kind: z.enum(['intro', 'section', 'story', 'segment', 'outro']),
  title: z.string(),
  sectionId: z.string().optional(),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  /** Content key of this item's cached audio (normalized text + voice + engine). */
  audioKey: z.string(),
});

export const SegmentsFileSchema = z.object({
  version: z.literal(1),
  duration: z.number().positive(),
  voice: z.object({ engine: z.string(), name: z.string() }),
  items: z.array(SegmentTimingSchema),
});

export type SegmentTiming = z.infer<typeof SegmentTimingSchema>;
export type SegmentsFile = z.infer<typeof SegmentsFileSchema>;
