import type { Session } from '../auth/sessions.ts';
import type { TopicPlan, TopicRecord } from '../workflows.ts';
import { formatDateTime } from './format.ts';
import { CsrfField, Layout, PostButton, type Flash } from './layout.tsx';

const lines = (items: string[]) => items.join('\n');

/** Review and edit a topic deck like a bulletin: each slide's title, bullets and notes; saved, it is rendered again. */
export function TopicEditPage(props: { session: Session; cellName: string; record: TopicRecord; plan: TopicPlan; flash?: Flash | null }) {
  const { record, plan } = props;
  const { outline } = plan;
  return (
    <Layout title={`Biên tập chuyên đề: ${record.title}`} session={props.session} page="topic" cellName={props.cellName} flash={props.flash}>
      <h1>{record.title}</h1>
      <p class="muted small">
        Dựng lúc {formatDateTime(record.createdAt)} bởi {record.createdBy}
        {record.updatedAt ? `, sửa lần cuối lúc ${formatDateTime(record.updatedAt)}` : ''}. {record.published ? 'Đã công bố cho thành viên.' : 'Chưa công bố cho thành viên.'}
      </p>
      {(record.problems ?? []).length > 0 && (
        <div class="flash info" role="status">
          <ul>
            {(record.problems ?? []).map((problem) => (
              <li>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <a class="button secondary" href={`/files/topic/${record.id}?download=1`}>
          Tải trình chiếu (.pptx)
        </a>
        <PostButton action={`/topic/${record.id}/publish`} label={record.published ? 'Thôi công bố' : 'Công bố cho thành viên'} secondary={record.published} session={props.session} fields={{ published: record.published ? '0' : '1' }} />
      </div>
      <form method="post" action={`/topic/${record.id}`} class="card topic-edit">
        <CsrfField session={props.session} />
        <p class="muted small">Mỗi dòng là một ý. Xóa hết các ý của một trang để bỏ trang đó. Số thứ tự phần (1., 2., …) được đánh tự động.</p>
        <label for="objectives">Mục đích, yêu cầu</label>
        <textarea id="objectives" name="objectives" rows={4}>{lines(outline.objectives)}</textarea>
        {outline.slides.map((slide, index) => (
          <fieldset>
            <legend>
              Trang nội dung {String(index + 1)}
              {slide.part ? ` · phần ${slide.part}` : ''}
              {slide.kind === 'quote' ? ' · trích dẫn (dòng đầu là lời trích, dòng sau là câu dẫn)' : ''}
            </legend>
            <label for={`slide-${index}-heading`}>Tiêu đề trang</label>
            <input id={`slide-${index}-heading`} name={`slide-${index}-heading`} type="text" maxlength={200} value={slide.heading} />
            {slide.kind !== 'quote' && (
              <>
                <label for={`slide-${index}-subheading`}>Tiêu đề mục nhỏ (nếu có)</label>
                <input id={`slide-${index}-subheading`} name={`slide-${index}-subheading`} type="text" maxlength={200} value={slide.subheading ?? ''} />
              </>
            )}
            <label for={`slide-${index}-bullets`}>{slide.kind === 'quote' ? 'Lời trích dẫn' : 'Các ý'}</label>
            <textarea id={`slide-${index}-bullets`} name={`slide-${index}-bullets`} rows={Math.max(3, slide.bullets.length + 1)}>
              {lines(slide.bullets)}
            </textarea>
            <label for={`slide-${index}-notes`}>Ghi chú người trình bày</label>
            <textarea id={`slide-${index}-notes`} name={`slide-${index}-notes`} rows={3}>
              {slide.notes}
            </textarea>
          </fieldset>
        ))}
        <label for="questions">Câu hỏi thảo luận</label>
        <textarea id="questions" name="questions" rows={4}>{lines(outline.questions)}</textarea>
        <label for="conclusion">Kết luận</label>
        <textarea id="conclusion" name="conclusion" rows={4}>{lines(outline.conclusion)}</textarea>
        <div class="actions">
          <button type="submit" data-busy="Đang lưu…">
            Lưu và dựng lại trình chiếu
          </button>
        </div>
      </form>
    </Layout>
  );
}
