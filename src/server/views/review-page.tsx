import type { Briefing, BriefingStory } from '../../domain/briefing.ts';
import { SECTION_IDS, SECTION_TITLES, type SectionId } from '../../domain/sections.ts';
import type { Session } from '../auth/sessions.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import type { BulletinRecord } from '../state/bulletins.ts';
import { formatDate, formatDay } from './format.ts';
import { describeIssues } from '../../stages/check/check-facts.ts';
import { JobPanel } from './job-panel.tsx';
import { CsrfField, Layout, PostButton, type Flash } from './layout.tsx';

const CHECK_BADGE = {
  passed: { kind: 'ok', text: 'Đã đối chiếu với nguồn' },
  flagged: { kind: 'warn', text: 'Cần xem lại' },
  fallback: { kind: 'bad', text: 'Dùng bản trích nguyên văn' },
} as const;

export function ReviewPage(props: { session: Session; cellName: string; record: BulletinRecord; briefing: Briefing; job: JobRecord | null; flash?: Flash | null }) {
  const { record, briefing, session } = props;
  const base = `/review/${record.id}`;
  const stories = briefing.sections.flatMap((section) => section.stories);
  const flagged = stories.filter((story) => story.check.status !== 'passed').length;
  const busy = props.job?.status === 'running';
  return (
    <Layout title="Biên tập" session={session} page="review" cellName={props.cellName} flash={props.flash}>
      <h1>Biên tập bản tin ngày {formatDay(record.meetingDate)}</h1>
      <div class="card">
        <p>
          {stories.length} tin · tin từ {formatDate(record.window.since)} đến {formatDate(record.window.until)} ·{' '}
          {flagged > 0 ? <span class="badge warn">{flagged} tin cần kiểm tra lại</span> : <span class="badge ok">Mọi tin đã đối chiếu với nguồn</span>}
        </p>
        {record.feeds.some((feed) => feed.status === 'error') && (
          <p class="small">
            <span class="badge bad">Nguồn lỗi</span>{' '}
            {record.feeds
              .filter((feed) => feed.status === 'error')
              .map((feed) => `${feed.name ?? feed.id}: ${feed.error ?? 'không đọc được'}`)
              .join('; ')}
          </p>
        )}
        <p class="muted small">Sửa xong các tin, bấm "Dựng lại âm thanh và trình chiếu". Chỉ những tin đã sửa được đọc lại; các tin khác dùng lại âm thanh cũ.</p>
        <div class="actions">
          {busy ? (
            <span class="muted">Đang có việc chạy; chờ xong rồi dựng lại.</span>
          ) : (
            <PostButton action={`${base}/render`} label="Dựng lại âm thanh và trình chiếu" session={session} busy="Đang bắt đầu…" />
          )}
          {record.changed ? <span class="badge warn">Có thay đổi chưa dựng lại</span> : <span class="badge ok">Âm thanh và trình chiếu đã cập nhật</span>}
          {record.renderedAt && (
            <a class="button secondary" href={`/bulletins/${record.id}`}>
              Nghe bản tin
            </a>
          )}
        </div>
      </div>
      {props.job && props.job.status === 'running' && <JobPanel job={props.job} session={session} />}
      {briefing.sections.map((section) => (
        <section>
          <h2>
            {section.title} <span class="muted small">({section.stories.length} tin)</span>
          </h2>
          {section.stories.length === 0 && <p class="muted">Mục này chưa có tin nào.</p>}
          {section.stories.map((story, index) => (
            <StoryCard story={story} base={base} session={session} first={index === 0} last={index === section.stories.length - 1} />
          ))}
          <AddStoryForm base={base} section={section.id} session={session} />
        </section>
      ))}
      <div class="card actions">
        {busy ? (
          <span class="muted">Đang có việc chạy; chờ xong rồi dựng lại.</span>
        ) : (
          <PostButton action={`${base}/render`} label="Dựng lại âm thanh và trình chiếu" session={session} busy="Đang bắt đầu…" />
        )}
        <span class="muted small">Chỉ những tin đã sửa được đọc lại.</span>
      </div>
    </Layout>
  );
}

function StoryCard(props: { story: BriefingStory; base: string; session: Session; first: boolean; last: boolean }) {
  const { story, session } = props;
  const badge = CHECK_BADGE[story.check.status];
  const action = `${props.base}/stories/${encodeURIComponent(story.id)}`;
  return (
    <article class={`card story ${story.check.status}`} id={`story-${story.id}`} data-story-id={story.id}>
      <div class="section-title">
        <h3>{story.headline}</h3>
        <span class={`badge ${badge.kind}`}>{badge.text}</span>
        {story.check.writer === 'editor' && <span class="badge off">Đã sửa tay</span>}
      </div>
      {story.check.issues.length > 0 && (
        <ul class="issues">
          {describeIssues(story.check.issues).map((issue) => (
            <li>Cần xem lại: {issue}.</li>
          ))}
        </ul>
      )}
      {story.check.note && <p class="small muted">{story.check.note}</p>}
      <p>{story.script}</p>
      <div class="sources">
        Nguồn:{' '}
        {story.sources.map((source, index) => (
          <>
            {index > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.name}
            </a>
            {source.published && <span class="muted"> ({formatDate(source.published)})</span>}
          </>
        ))}
      </div>
      <details>
        <summary>Sửa tin này</summary>
        <form method="post" action={action}>
          <CsrfField session={session} />
          <label for={`headline-${story.id}`}>Tiêu đề</label>
          <input id={`headline-${story.id}`} name="headline" type="text" value={story.headline} required maxlength={300} />
          <label for={`script-${story.id}`}>Lời đọc</label>
          <textarea id={`script-${story.id}`} name="script" rows={6} required maxlength={5000}>
            {story.script}
          </textarea>
          <label for={`bullets-${story.id}`}>Ý chính trên trình chiếu (mỗi dòng một ý, 2–4 ý)</label>
          <textarea id={`bullets-${story.id}`} name="bullets" rows={4} required>
            {story.bullets.join('\n')}
          </textarea>
          <div class="actions">
            <button type="submit">Lưu tin</button>
          </div>
        </form>
      </details>
      <div class="actions">
        {!props.first && <PostButton action={`${action}/move`} fields={{ direction: 'up' }} label="↑ Lên" secondary session={session} />}
        {!props.last && <PostButton action={`${action}/move`} fields={{ direction: 'down' }} label="↓ Xuống" secondary session={session} />}
        <PostButton action={`${action}/regenerate`} label="Viết lại từ nguồn" secondary session={session} busy="Đang viết lại…" confirm="Viết lại tin này từ nguồn? Nội dung đã sửa tay sẽ bị thay." />
        <PostButton action={`${action}/delete`} label="Bỏ tin" secondary session={session} confirm="Bỏ tin này khỏi bản tin?" />
      </div>
    </article>
  );
}

function AddStoryForm(props: { base: string; section: SectionId; session: Session }) {
  return (
    <details class="card">
      <summary>Thêm tin vào mục "{SECTION_TITLES[props.section]}" từ đường dẫn bài báo</summary>
      <form method="post" action={`${props.base}/stories`}>
        <CsrfField session={props.session} />
        <input type="hidden" name="section" value={props.section} />
        <label for={`url-${props.section}`}>Đường dẫn bài báo</label>
        <input id={`url-${props.section}`} name="url" type="url" placeholder="https://…" required />
        <div class="actions">
          <button type="submit" data-busy="Đang lấy bài…">
            Thêm tin
          </button>
        </div>
      </form>
    </details>
  );
}

export const SECTION_CHOICES = SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id] }));
