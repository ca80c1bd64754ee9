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
  state: 'waiting' | 'running' | 'done';
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
