import type { Session } from '../auth/sessions.ts';
import type { TopicRecord } from '../workflows.ts';
import { formatDateTime } from './format.ts';
import { Layout, type Flash } from './layout.tsx';

/** Published topic decks, for every member: title, date, download. */
export function TopicListPage(props: { session: Session; cellName: string; topics: TopicRecord[]; flash?: Flash | null }) {
  return (
    <Layout title="Tài liệu chuyên đề" session={props.session} page="topics" cellName={props.cellName} flash={props.flash}>
      <h1>Tài liệu sinh hoạt chuyên đề</h1>
      {props.topics.length === 0 ? (
        <p class="muted">Chưa có trình chiếu chuyên đề nào được công bố.</p>
      ) : (
        <ul class="card">
          {props.topics.map((topic) => (
            <li>
              <strong>{topic.title}</strong> <span class="muted small">({formatDateTime(topic.updatedAt ?? topic.createdAt)})</span>{' '}
              <a href={`/files/topic/${topic.id}?download=1`}>Tải trình chiếu (.pptx)</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
