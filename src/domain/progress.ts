/**
 * The pipeline's stages, in the order they run (src/pipeline.ts). Article pages are read (extract)
 * only for the stories selected, not for every item of every feed.
 */
export const STAGES = ['collect', 'cluster', 'select', 'extract', 'write', 'check', 'speak', 'deck', 'publish'] as const;
export type StageName = (typeof STAGES)[number];

/** One progress tick: `done` of `total` units of work in `stage`. */
export interface ProgressEvent {
  stage: StageName;
  done: number;
  total: number;
  /** Short Vietnamese text for the user, e.g. the feed or story being worked on. */
  message?: string;
}

export type Progress = (event: ProgressEvent) => void;

export const noProgress: Progress = () => {};
