import { STAGES, type StageName } from './progress.ts';

/** Something that went wrong with one item while the run went on. */
export interface RunProblem {
  stage: StageName;
  /** The feed id, URL or story title concerned. */
  item: string;
  /** What happened, in Vietnamese, naming what to fix. */
  reason: string;
}

/** How long one stage of a run took, so a slow stage shows for users and in benchmarks. */
export interface StageTiming {
  stage: StageName;
  /** Wall time, milliseconds. */
  ms: number;
  /** What the stage produced, where a count is natural: feeds read, stories kept, items spoken, files written. */
  items?: number;
}

/** Collects per-item problems and per-stage timings; stages append, the CLI and web UI show them. */
export interface RunReport {
  problems: RunProblem[];
  /** Every stage timed in this run, in the order it finished. */
  timings: StageTiming[];
  add(problem: RunProblem): void;
  /** Runs one stage and records its wall time (and `items` of its result); nothing is recorded when it throws. */
  time<T>(stage: StageName, work: () => Promise<T> | T, items?: (result: T) => number): Promise<T>;
}

/** A run report; `clock` gives milliseconds (performance.now on every runtime). */
export function createRunReport(clock: () => number = () => performance.now()): RunReport {
  const problems: RunProblem[] = [];
  const timings: StageTiming[] = [];
  return {
    problems,
    timings,
    add: (problem) => void problems.push(problem),
    async time(stage, work, items) {
      const start = clock();
      const result = await work();
      const ms = Math.max(0, Math.round(clock() - start));
      const count = items?.(result);
      timings.push({ stage, ms, ...(count === undefined ? {} : { items: count }) });
      return result;
    },
  };
}

/**
 * One timing per stage in pipeline order: the latest of `runs` for each stage. A bulletin rendered
 * again keeps the times of the stages it did not run again (collect … write) from the first run.
 */
export function mergeTimings(...runs: ReadonlyArray<readonly StageTiming[] | undefined>): StageTiming[] {
  const latest = new Map<StageName, StageTiming>();
  for (const run of runs) for (const timing of run ?? []) latest.set(timing.stage, timing);
  return STAGES.flatMap((stage) => (latest.has(stage) ? [latest.get(stage)!] : []));
}
