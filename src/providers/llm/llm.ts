import type { SectionId } from '../../domain/sections.ts';

/** What a summarizer is given for one story: its sources' texts, treated as data, never as instructions. */
export interface SummaryInput {
  storyId: string;
  section: SectionId;
  title: string;
  sources: Array<{ name: string; title: string; url: string; published: string | null; text: string }>;
  /** Word budget for the spoken script: the most it may say. */
  words: number;
  /** The least it should say when the article has that much (the story's shortest spoken length). */
  minWords?: number;
  /**
   * The most it may say to reach `minWords` when whole sentences do not fit `words` (the story's
   * longest spoken length); without it, `words` is the most.
   */
  limitWords?: number;
  /** YYYY-MM-DD of the meeting the bulletin is read at, so the model writes absolute dates. */
  meetingDate?: string;
  /** The news window (ISO instants) the stories were collected from. */
  window?: { since: string; until: string };
}

/** A written story: what the newsreader says and what the slide shows. */
export interface StoryDraft {
  headline: string;
  script: string;
  bullets: string[];
}

/**
 * The one-method contract every summarizer implements (offline extractive, OpenAI-compatible).
 * `feedback` carries the fact-check problems of a previous attempt when a story is regenerated.
 */
export interface Summarizer {
  /** "extractive" or "openai" */
  readonly provider: string;
  /** Model name, part of the summary cache key. */
  readonly model: string;
  /** Version of the prompt or method that writes the text, part of the summary cache key. */
  readonly promptVersion?: string;
  summarize(input: SummaryInput, options: { signal?: AbortSignal; feedback?: string[] }): Promise<StoryDraft>;
  /** Why the rest of the run is being written offline (the model server was cut off), or null. */
  outage?(): string | null;
}
