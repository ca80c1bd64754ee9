import type { Session } from '../auth/sessions.ts';
import { fileUrl, type BulletinRecord } from '../state/bulletins.ts';
import { formatDate, formatDateTime, formatDay } from './format.ts';
import { Layout, type Flash } from './layout.tsx';
import { ReleaseControls } from './release-controls.tsx';
import { isReleased } from '../state/bulletins.ts';
import { SAMPLE_MARK } from '../../domain/sample-mark.ts';

export function ArchivePage(props: { session: Session; cellName: string; records: BulletinRecord[]; flash?: Flash | null }) {
  return (
    <Layout title="Lưu trữ" session={props.session} page="archive" cellName={props.cellName} flash={props.flash}>
      <h1>Lưu trữ bản tin</h1>
      {props.records.length === 0 ? (
        <p class="card muted">Chưa có bản tin nào.</p>
      ) : (
        <div class="card table-wrap">
          <table class="archive-table">
            <thead>
              <tr>
                <th>Ngày họp</th>
                <th>Tin trong khoảng</th>
                <th>Số tin</th>
                <th>Tải về</th>
                {props.session.role === 'editor' && <th>Phát hành</th>}
              </tr>
            </thead>
            <tbody>
              {props.records.map((record) => (
                <tr>
                  <td>
                    {record.renderedAt ? <a href={`/bulletins/${record.id}`}>{formatDay(record.meetingDate)}</a> : formatDay(record.meetingDate)}
                    {record.sample && <div class="badge bad">{SAMPLE_MARK}</div>}
                    <div class="muted small">tạo lúc {formatDateTime(record.createdAt)}</div>
                  </td>
                  <td>
                    {formatDate(record.window.since)} – {formatDate(record.window.until)}
                  </td>
                  <td>{String(record.storyCount)}</td>
                  <td>
                    {record.renderedAt ? (
                      <span class="downloads">
                        <a href={`/bulletins/${record.id}`}>Nghe</a>
                        <a href={`${fileUrl(record, 'briefing.mp3')}&download=1`}>MP3</a>
                        <a href={`${fileUrl(record, 'briefing.pptx')}&download=1`}>PowerPoint</a>
                        <a href={`${fileUrl(record, 'script.md')}&download=1`}>Kịch bản</a>
                      </span>
                    ) : (
                      <span class="muted">chưa dựng xong</span>
                    )}
                  </td>
                  {props.session.role === 'editor' && (
                    <td data-release={isReleased(record) ? 'released' : 'draft'}>
                      {isReleased(record) ? <span class="badge ok">đã phát hành</span> : <span class="badge warn">bản nháp</span>}
                      <ReleaseControls session={props.session} record={record} compact />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
