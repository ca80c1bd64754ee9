import type { CliIo } from './command.ts';
import { STAGES, type Progress, type ProgressEvent, type StageName } from '../domain/progress.ts';

/** Stage names as the user reads them. */
export const STAGE_LABELS: Record<StageName, string> = {
  collect: 'Tải nguồn tin',
  extract: 'Lấy nội dung bài',
  cluster: 'Gộp tin trùng',
  select: 'Chọn tin',
  write: 'Viết bản tin',
  check: 'Kiểm tra dữ kiện',
  speak: 'Đọc bản tin',
  deck: 'Dựng trình chiếu',
  publish: 'Xuất bản',
};

const MESSAGE_MAX = 60;

/**
 * Progress on stderr: on a terminal one line per stage, redrawn in place; otherwise (a log, CI) a
 * plain line when a stage starts, at each quarter and when it ends. Call finish() when done.
 */
export function createProgressDisplay(io: CliIo): { progress: Progress; finish(): void; stopped(stages?: readonly StageName[]): void } {
  let current: StageName | null = null;
  let lastQuarter = -1;
  let lineOpen = false;

  const render = (event: ProgressEvent) => {
    const count = event.total > 0 ? ` ${event.done}/${event.total}` : '';
    const message = event.message ? ` — ${shorten(event.message)}` : '';
    return `${STAGE_LABELS[event.stage]}:${count}${message}`;
  };

  const progress: Progress = (event) => {
    const newStage = event.stage !== current;
    if (io.interactive) {
      if (newStage && lineOpen) io.stderr('\n');
      io.stderr(`\r\x1b[K${render(event)}`);
      lineOpen = true;
    } else {
      const quarter = event.total > 0 ? Math.floor((event.done / event.total) * 4) : 4;
      if (newStage || quarter !== lastQuarter) io.stderr(`${render(event)}\n`);
      lastQuarter = quarter;
    }
    current = event.stage;
  };

  const finish = () => {
    if (io.interactive && lineOpen) io.stderr('\n');
    lineOpen = false;
    current = null;
  };

  return {
    progress,
    finish,
    /** A run that failed or was interrupted: name the stage it stopped in (✗) and the ones it skipped. */
    stopped(stages: readonly StageName[] = STAGES) {
      const stoppedIn = current;
      finish();
      const at = stoppedIn ? stages.indexOf(stoppedIn) : -1;
      if (stoppedIn) io.stderr(`✗ ${STAGE_LABELS[stoppedIn]}: dừng giữa chừng\n`);
      const skipped = stages.slice(at + 1).map((stage) => STAGE_LABELS[stage]);
      if (skipped.length > 0) io.stderr(`Bỏ qua (chưa chạy): ${skipped.join(', ')}\n`);
    },
  };
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > MESSAGE_MAX ? `${single.slice(0, MESSAGE_MAX - 1)}…` : single;
}
