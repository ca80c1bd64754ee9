import type { Briefing } from '../domain/briefing.ts';
import type { BriefingFiles } from '../pipeline.ts';
import type { CliIo } from './command.ts';
import { dayMonthYear } from '../domain/vietnam-time.ts';

/** The end-of-run report in Vietnamese: what was written, how many stories, what the reviewer must look at. */
export function printSummary(io: CliIo, briefing: Briefing, files: BriefingFiles, outDir: string): void {
  const lines = ['', `Đã tạo bản tin cho ${briefing.meta.cellName} (họp ngày ${dayMonthYear(briefing.meta.meetingDate)}):`];
  for (const section of briefing.sections) lines.push(`  ${section.title}: ${section.stories.length} tin`);
  const { checked, flagged, fallback, problems } = briefing.report;
  lines.push(`Kiểm tra dữ kiện: ${checked} tin đã kiểm, ${flagged} tin cần xem lại, ${fallback} tin dùng bản trích dẫn nguyên văn.`);
  if (problems.length > 0) {
    lines.push(`Có ${problems.length} vấn đề (bản tin vẫn hoàn thành):`);
    for (const problem of problems.slice(0, 15)) lines.push(`  - [${problem.stage}] ${problem.item}: ${problem.reason}`);
    if (problems.length > 15) lines.push(`  … và ${problems.length - 15} vấn đề khác (xem briefing.json, mục report).`);
  }
  lines.push(`Các tệp trong ${outDir}:`);
  for (const name of Object.keys(files)) lines.push(`  ${name}`);
  io.stderr(`${lines.join('\n')}\n`);
}
