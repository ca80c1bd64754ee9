import type { FeedStatus } from '../../domain/collected.ts';
import type { StageName } from '../../domain/progress.ts';
import type { RunProblem } from '../../domain/run-report.ts';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';
export type JobKind = 'generate' | 'render' | 'topic';

/** Vietnamese names of the stages, as the progress view shows them. */
export const STAGE_LABELS: Record<StageName, string> = {
  collect: 'Thu thập tin từ các nguồn',
  extract: 'Lấy nội dung bài viết',
  cluster: 'Gộp các tin trùng nhau',
  select: 'Chọn tin cho từng mục',
  write: 'Viết bản tin',
  check: 'Đối chiếu số liệu, tên riêng với nguồn',
  speak: 'Đọc thành giọng nói',
  deck: 'Dựng bài trình chiếu',
  publish: 'Lưu các tệp',
};

export interface StageProgress {
  stage: StageName;
  label: string;
  /** `failed`: the stage the run stopped in; `skipped`: never reached because the run stopped. */
  state: 'waiting' | 'running' | 'done' | 'failed' | 'skipped';
  done: number;
  total: number;
  message?: string;
}

/** One long task of a cell, persisted so a reload (or another browser) sees where it stands. */
export interface JobRecord {
  id: string;
  kind: JobKind;
  /** Jobs in the same lane never run at the same time ("cell:<id>" for bulletins). */
  lane: string;
  title: string;
  status: JobStatus;
  startedBy: string;
  startedAt: string;
  finishedAt?: string;
  stages: StageProgress[];
  problems: RunProblem[];
  /** Each feed's status, with the outlet's name for display. */
  feeds: Array<FeedStatus & { name?: string }>;
  /** Vietnamese reason when failed. */
  error?: string;
  result?: { bulletinId?: string; topicId?: string };
}

export function initialStages(stages: readonly StageName[]): StageProgress[] {
  return stages.map((stage) => ({ stage, label: STAGE_LABELS[stage], state: 'waiting', done: 0, total: 0 }));
}

/**
 * The stages of a run that ended without finishing: the stage it stopped in is `failed`, the ones
 * it never reached are `skipped`, so nothing that never ran reads as done.
 */
export function settleStages(stages: readonly StageProgress[], status: JobStatus): StageProgress[] {
  if (status !== 'failed' && status !== 'cancelled') return [...stages];
  // Between two stages nothing is running: the run stopped in the first stage it had not finished.
  const stoppedIn = stages.some((stage) => stage.state === 'running' || stage.state === 'failed') ? -1 : stages.findIndex((stage) => stage.state === 'waiting');
  return stages.map((stage, index): StageProgress => {
    if (stage.state === 'running' || index === stoppedIn) return { ...stage, state: 'failed' };
    return stage.state === 'waiting' ? { ...stage, state: 'skipped' } : stage;
  });
}

/** The mark and words the progress view shows for a stage state. */
export const STAGE_MARKS: Record<StageProgress['state'], string> = { waiting: '·', running: '▶', done: '✓', failed: '✗', skipped: 'bỏ qua' };
