import type { StageName } from './progress.ts';

/** Something that went wrong with one item while the run went on. */
export interface RunProblem {
  stage: StageName;
  /** The feed id, URL or story title concerned. */
  item: string;
  /** What happened, in Vietnamese, naming what to fix. */
  reason: string;
}

/** Collects per-item problems; stages append, the CLI and web UI show them. */
export interface RunReport {
  problems: RunProblem[];
  add(problem: RunProblem): void;
}

export function createRunReport(): RunReport {
  const problems: RunProblem[] = [];
  return { problems, add: (problem) => void problems.push(problem) };
}
