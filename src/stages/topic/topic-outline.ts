import { z } from 'zod';
import type { DocumentBlock } from './topic-document.ts';

/** One source document of a topical session (sinh hoạt chuyên đề), already reduced to text. */
export interface TopicSource {
  /** Shown in citations: the document's title or file name. */
  name: string;
  /** Plain text; Markdown headings ("# …", "## …") mark its sections. */
  text: string;
  url?: string;
  /** The document's structure as its reader found it; without it, the planner reads `text`. */
  blocks?: DocumentBlock[];
  /** Who issued or wrote it (a Party cell, a site), for the references slide. */
  issuer?: string;
  /** As the document states it, for the references slide. */
  date?: string;
  /** The file it was read from, when it differs from `name`. */
  fileName?: string;
}

export interface TopicInput {
  title: string;
  sources: TopicSource[];
  presenter?: string;
  cellName?: string;
  unitName?: string;
}

export const TopicSlideSchema = z.object({
  /** The heading without its number; the deck numbers parts itself ("2. …"). */
  heading: z.string().min(1),
  /** 1-based part of the outline this slide belongs to; slides of one part share it. */
  part: z.number().int().positive().optional(),
  /** "quote": the first bullet is a quotation shown whole on its own slide (a lead may follow it as the second). */
  kind: z.enum(['content', 'quote']).optional(),
  /** A subsection's heading ("Ưu điểm"), shown above the bullets. */
  subheading: z.string().min(1).optional(),
  bullets: z.array(z.string().min(1)).min(1).max(8),
  /** What the presenter says on this slide. */
  notes: z.string().min(1),
  /** Index into the input's sources: the document this slide is drawn from. */
  sourceIndex: z.number().int().nonnegative(),
});

/** The plan of a topical-session deck; the deck is rendered from it and nothing else. */
export const TopicOutlineSchema = z.object({
  title: z.string().min(1),
  objectives: z.array(z.string().min(1)).min(1).max(5),
  slides: z.array(TopicSlideSchema).min(1).max(16),
  questions: z.array(z.string().min(1)).min(1).max(6),
  conclusion: z.array(z.string().min(1)).min(1).max(5),
  /** Said on the title slide's notes: how well the sources cover the title (see topicCoverage). */
  notice: z.string().optional(),
});

export type TopicSlide = z.infer<typeof TopicSlideSchema>;
export type TopicOutline = z.infer<typeof TopicOutlineSchema>;

/** Plans a topical deck from its sources: offline (headings and key sentences) or with an LLM. */
export interface TopicPlanner {
  /** "offline" or "openai" */
  readonly provider: string;
  plan(input: TopicInput, options?: { signal?: AbortSignal }): Promise<TopicOutline>;
}

/** Content slides a topical deck should have. */
export const CONTENT_SLIDES = { min: 3, max: 16 } as const;
