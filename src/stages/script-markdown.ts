import { currentKeyFigure, type Briefing, type BriefingStory, type CheckResult } from '../domain/briefing.ts';
import { describeIssues } from './check/check-facts.ts';
import { vietnamParts } from '../domain/vietnam-time.ts';

const STATUS: Record<CheckResult['status'], string> = {
  passed: '✅ Đã đối chiếu: số liệu, ngày tháng, tên riêng đều có trong bài nguồn',
  flagged: '⚠️ CẦN XEM LẠI',
  fallback: '↩️ Đã thay bằng trích đoạn từ bài gốc',
};

const WRITER: Record<CheckResult['writer'], string> = { llm: 'mô hình ngôn ngữ', extractive: 'trích đoạn tự động', editor: 'biên tập viên' };

/** "08:30 ngày 27/11/2026" in Vietnam time, for the readable scripts. */
export function localDateTime(iso: string | null): string {
  if (!iso) return 'không rõ ngày';
  const local = vietnamParts(iso);
  if (!local) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(local.hour)}:${pad(local.minute)} ngày ${local.day}/${local.month}/${local.year}`;
}

/** Markdown text from our data: no raw HTML, no accidental headings or links. */
function plain(text: string): string {
  return text.replace(/[<>]/g, (char) => (char === '<' ? '‹' : '›')).replace(/^(#+|\s*[-*+]\s|\d+\.\s)/gm, '\\$1');
}

function renderStory(story: BriefingStory, index: number): string {
  const lines = [`### ${index}. ${plain(story.headline)}`, '', plain(story.script), '', '**Ý chính (trang chiếu):**', ''];
  for (const bullet of story.bullets) lines.push(`- ${plain(bullet)}`);
  const figure = currentKeyFigure(story);
  if (figure) lines.push('', `**Số liệu nổi bật:** ${plain(figure)}`);
  lines.push('', '**Nguồn:**', '');
  for (const source of story.sources) {
    lines.push(`- ${plain(source.name)}: [${plain(source.title || source.url).replace(/[[\]]/g, '')}](<${source.url}>) — ${localDateTime(source.published)}`);
  }
  lines.push('', `**Kiểm tra:** ${STATUS[story.check.status]} (người viết: ${WRITER[story.check.writer]}).`);
  if (story.check.issues.length > 0) {
    lines.push('');
    for (const issue of describeIssues(story.check.issues)) lines.push(`- ⚠️ Cần xem lại: ${plain(issue)}`);
  }
  if (story.check.note) lines.push('', `> ${plain(story.check.note)}`);
  return lines.join('\n');
}

/** The readable script (script.md) the assigned member reviews before the meeting. */
export function renderScriptMarkdown(briefing: Briefing): string {
  const { meta } = briefing;
  const [year, month, day] = meta.meetingDate.split('-').map(Number);
  const out: string[] = [
    `# Bản tin thời sự — ${plain(meta.cellName)}`,
    '',
    `${plain(meta.unitName)} · Sinh hoạt chi bộ ngày ${day}/${month}/${year}`,
    '',
    `- Thời gian tin: ${localDateTime(meta.window.since)} đến ${localDateTime(meta.window.until)}`,
    `- Thời lượng dự kiến: khoảng ${meta.targetMinutes} phút`,
    `- Người viết: ${meta.writer.provider} (${plain(meta.writer.model)}, ${plain(meta.writer.promptVersion)}); tạo lúc ${localDateTime(meta.generatedAt)}`,
    `- Kiểm tra: ${briefing.report.checked} tin đã đối chiếu, ${briefing.report.flagged} tin cần đối chiếu, ${briefing.report.fallback} tin dùng trích đoạn thay thế`,
    '',
    ...(meta.sample ? ['> **Bản tin mẫu** từ tin chạy thử (sự kiện giả định): không dùng trong buổi họp.', ''] : []),
    '## Lời mở đầu',
    '',
    plain(briefing.intro),
  ];
  briefing.sections.forEach((section, sectionIndex) => {
    out.push('', `## ${sectionIndex + 1}. ${plain(section.title)}`, '');
    if (section.stories.length === 0) {
      out.push(`_${plain(section.opener)}_`);
      return;
    }
    out.push(`_${plain(section.opener)}_`);
    section.stories.forEach((story, index) => out.push('', renderStory(story, index + 1)));
  });
  for (const segment of briefing.segments) out.push('', `## ${plain(segment.title)}`, '', plain(segment.script));
  out.push('', '## Lời kết', '', plain(briefing.outro));
  if (briefing.report.problems.length > 0) {
    out.push('', '## Ghi chú khi tạo bản tin', '');
    for (const problem of briefing.report.problems) out.push(`- [${problem.stage}] ${plain(problem.item)}: ${plain(problem.reason)}`);
  }
  return `${out.join('\n')}\n`;
}
