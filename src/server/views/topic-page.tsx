import type { Session } from '../auth/sessions.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import type { TopicRecord } from '../workflows.ts';
import { formatDateTime } from './format.ts';
import { JobPanel } from './job-panel.tsx';
import { CsrfField, Layout, type Flash } from './layout.tsx';

export function TopicPage(props: { session: Session; cellName: string; topics: TopicRecord[]; job: JobRecord | null; maxUploadMb: number; flash?: Flash | null }) {
  const running = props.job?.status === 'running';
  return (
    <Layout title="Chuyên đề" session={props.session} page="topic" cellName={props.cellName} flash={props.flash}>
      <h1>Trình chiếu sinh hoạt chuyên đề</h1>
      {props.job && props.job.status !== 'done' && <JobPanel job={props.job} session={props.session} />}
      {!running && (
        <form method="post" action="/topic" enctype="multipart/form-data" class="card">
          <CsrfField session={props.session} />
          <label for="topic-title">Tên chuyên đề</label>
          <input id="topic-title" name="title" type="text" required maxlength={300} placeholder="Ví dụ: Phát huy tinh thần trách nhiệm của đảng viên trong công tác kiểm sát" />
          <p class="field-title">Tài liệu nguồn (Word .docx, PDF có chữ, trang web .html, .md, .txt; tối đa {String(props.maxUploadMb)} MB tổng cộng)</p>
          {/* The native file button speaks the browser's language; this label always speaks Vietnamese. */}
          <div class="file-pick">
            <input id="topic-files" class="visually-hidden" name="files" type="file" multiple accept=".docx,.pdf,.md,.txt,.html,.htm,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" data-file-input />
            <label for="topic-files" class="button secondary">
              Chọn tệp…
            </label>
            <span class="muted small" data-file-names>
              Chưa chọn tệp nào.
            </span>
          </div>
          <label for="topic-urls">Hoặc đường dẫn bài viết (mỗi dòng một đường dẫn)</label>
          <textarea id="topic-urls" name="urls" rows={3} placeholder="https://…"></textarea>
          <div class="actions">
            <button type="submit" data-busy="Đang gửi…">
              Dựng trình chiếu
            </button>
          </div>
        </form>
      )}
      <h2>Các trình chiếu đã dựng</h2>
      {props.topics.length === 0 ? (
        <p class="muted">Chưa có trình chiếu chuyên đề nào.</p>
      ) : (
        <ul class="card">
          {props.topics.map((topic) => (
            <li>
              <a href={`/topic/${topic.id}`}>{topic.title}</a> <span class="muted small">({formatDateTime(topic.createdAt)}, {topic.sources.length} tài liệu{topic.published ? ', đã công bố' : ''})</span>{' '}
              <a class="small" href={`/files/topic/${topic.id}?download=1`}>Tải .pptx</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
