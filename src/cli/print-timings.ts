import type { StageTiming } from '../domain/run-report.ts';
import type { StageName } from '../domain/progress.ts';
import type { CliIo } from './command.ts';
import { STAGE_LABELS } from './progress-display.ts';

/** What each stage's count counts, as the user reads it. */
const ITEM_UNITS: Record<StageName, string> = {
  collect: 'nguồn tin',
  cluster: 'sự kiện',
  select: 'tin được chọn',
  extract: 'tin có nội dung',
  write: 'tin',
  check: 'tin',
  speak: 'đoạn đọc',
  deck: 'tệp',
  publish: 'tệp',
};

/** `--verbose`: how long each stage took, in the order they ran, so a slow stage shows. */
export function printTimings(io: CliIo, timings: readonly StageTiming[]): void {
  if (timings.length === 0) return;
  const width = Math.max(...timings.map((timing) => STAGE_LABELS[timing.stage].length));
  const lines = ['Thời gian từng bước:'];
  for (const timing of timings) {
    const count = timing.items === undefined ? '' : ` (${timing.items} ${ITEM_UNITS[timing.stage]})`;
    lines.push(`  ${STAGE_LABELS[timing.stage].padEnd(width)}  ${formatDuration(timing.ms)}${count}`);
  }
  lines.push(`  ${'Tổng cộng'.padEnd(width)}  ${formatDuration(timings.reduce((sum, timing) => sum + timing.ms, 0))}`);
  io.stderr(`${lines.join('\n')}\n`);
}

/** "350 ms", "4,2 giây", "2 phút 05 giây". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace('.', ',')} giây`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} phút ${String(seconds % 60).padStart(2, '0')} giây`;
}
