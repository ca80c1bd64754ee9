import type { Session } from '../auth/sessions.ts';
import { settleStages, STAGE_MARKS, type JobRecord } from '../jobs/job-record.ts';
import { formatDateTime } from './format.ts';
import { PostButton } from './layout.tsx';

const STATUS_TEXT: Record<JobRecord['status'], string> = {
  running: 'Đang chạy',
  done: 'Đã xong',
  failed: 'Không thành công',
  cancelled: 'Đã hủy',
};
const STATUS_BADGE: Record<JobRecord['status'], string> = { running: 'warn', done: 'ok', failed: 'bad', cancelled: 'off' };

/** The progress of one job by stage with counts, feed errors listed plainly; updated live by /static/app.js. */
export function JobPanel(props: { job: JobRecord; session: Session }) {
  const { job } = props;
  const feedErrors = job.feeds.filter((feed) => feed.status === 'error');
  // Records saved before stages were settled still show honestly.
  const stages = settleStages(job.stages, job.status);
  return (
    <section class="card" data-job-id={job.id} data-status={job.status} aria-live="polite">
      <div class="section-title">
        <h2>Tiến độ</h2>
        <span class={`badge ${STATUS_BADGE[job.status]}`}>{STATUS_TEXT[job.status]}</span>
      </div>
      {job.status === 'failed' && (
        <div class="flash error" role="alert" data-job-error>
          {job.error ?? 'Việc không thành công.'} Các bước đánh dấu ✗ hoặc “bỏ qua” chưa chạy xong.
        </div>
      )}
      {job.status === 'cancelled' && (
        <div class="flash" role="status" data-job-error>
          Việc đã bị hủy; các bước đánh dấu ✗ hoặc “bỏ qua” chưa chạy xong và không có bản tin mới.
        </div>
      )}
      <p class="muted small">
        Bắt đầu lúc {formatDateTime(job.startedAt)} bởi {job.startedBy}
        {job.finishedAt ? `, kết thúc lúc ${formatDateTime(job.finishedAt)}` : ''}.
      </p>
      <ol class="progress-stages">
        {stages.map((stage) => (
          <li data-stage={stage.stage} data-state={stage.state}>
            <span class="mark">{STAGE_MARKS[stage.state]}</span>
            <span>{stage.label}</span>
            <span class="count">{stage.total > 0 ? `${stage.done}/${stage.total}` : ''}</span>
            <progress max={String(stage.total || 1)} value={String(stage.state === 'done' ? stage.total || 1 : stage.done)}></progress>
            <span class="message">{stage.state === 'running' ? (stage.message ?? '') : ''}</span>
          </li>
        ))}
      </ol>
      {job.status === 'running' && (
        <div class="actions">
          <PostButton action={`/jobs/${job.id}/cancel`} label="Hủy" secondary session={props.session} confirm="Hủy việc đang chạy?" />
          <span class="muted small">Có thể đóng hoặc tải lại trang; việc vẫn tiếp tục trên máy chủ.</span>
        </div>
      )}
      {job.status === 'done' && job.result?.bulletinId && (
        <div class="actions">
          <a class="button" href={`/bulletins/${job.result.bulletinId}`}>
            Nghe bản tin
          </a>
          <a class="button secondary" href={`/review/${job.result.bulletinId}`}>
            Biên tập
          </a>
        </div>
      )}
      {job.status === 'done' && job.result?.topicId && (
        <div class="actions">
          <a class="button" href={`/files/topic/${job.result.topicId}?download=1`}>
            Tải trình chiếu chuyên đề
          </a>
          <a class="button secondary" href={`/topic/${job.result.topicId}`}>
            Xem và biên tập
          </a>
        </div>
      )}
      {feedErrors.length > 0 && (
        <>
          <h3>Nguồn tin lỗi ({feedErrors.length})</h3>
          <ul>
            {feedErrors.map((feed) => (
              <li>
                <strong>{feed.name ?? feed.id}</strong>: {feed.error ?? 'không đọc được'}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="small muted">
        Vấn đề ghi nhận: <span data-problem-count>{String(job.problems.length)}</span>
      </p>
      {job.problems.length > 0 && (
        <details>
          <summary>Xem các vấn đề</summary>
          <ul class="small">
            {job.problems.slice(0, 100).map((problem) => (
              <li>
                <strong>{problem.item}</strong>: {problem.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
