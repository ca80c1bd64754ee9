import type { Briefing } from '../../domain/briefing.ts';
import type { SegmentsFile } from '../../domain/segments.ts';
import { listSpokenItems } from '../../domain/spoken-items.ts';
import { SAMPLE_MARK } from '../../domain/sample-mark.ts';
import type { BulletinRecord } from '../state/bulletins.ts';
import { formatClock, formatDate, formatDay } from './format.ts';
import { Layout } from './layout.tsx';

/** The player opened from a share link: listen and follow the text, no account, nothing to change. */
export function SharedBulletinPage(props: { record: BulletinRecord; briefing: Briefing; segments: SegmentsFile | null; cellName: string; fileUrl: (name: 'briefing.mp3' | 'briefing.vtt') => string; expiresAt: string }) {
  const { record, briefing, segments } = props;
  const timing = new Map((segments?.items ?? []).map((item) => [item.id, item]));
  const spoken = listSpokenItems(briefing);
  return (
    <Layout title={`Bản tin ngày ${formatDay(record.meetingDate)}`} session={null} page="other" cellName={props.cellName}>
      <h1>
        Bản tin thời sự ngày {formatDay(record.meetingDate)}
        <span class="muted small"> · tin từ {formatDate(record.window.since)} đến {formatDate(record.window.until)}</span>
      </h1>
      {briefing.meta.sample && (
        <div class="flash error sample-mark">
          <strong>{SAMPLE_MARK}</strong>: bản tin mẫu từ tin chạy thử (sự kiện giả định), không dùng trong buổi họp.
        </div>
      )}
      <p class="muted small">Liên kết chia sẻ chỉ để nghe và xem, dùng được đến {formatDate(props.expiresAt)}.</p>
      {record.files.includes('briefing.mp3') && (
        <div class="player">
          <audio data-player controls preload="metadata" src={props.fileUrl('briefing.mp3')}>
            {record.files.includes('briefing.vtt') && <track kind="subtitles" srclang="vi" label="Tiếng Việt" src={props.fileUrl('briefing.vtt')} />}
          </audio>
          <p class="now-playing" data-now-playing aria-live="polite"></p>
        </div>
      )}
      <div class="layout-player">
        <aside class="card">
          <h2>Mục lục</h2>
          <ol class="chapters">
            {spoken.map((item) => {
              const at = timing.get(item.id);
              if (!at) return null;
              return (
                <li class={item.kind} data-item={item.id} data-start={String(at.start)} data-end={String(at.end)} data-title={item.title}>
                  <button type="button" data-seek={String(at.start)}>
                    <span class="time">{formatClock(at.start)}</span>
                    <span>{item.title}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </aside>
        <section class="card transcript" aria-label="Lời đọc">
          <h2>Lời đọc</h2>
          {spoken.map((item) => {
            const at = timing.get(item.id);
            const marks = at ? { 'data-item': item.id, 'data-start': String(at.start), 'data-end': String(at.end), 'data-title': item.title } : {};
            return (
              <div>
                {item.kind === 'section' && <h3>{item.title}</h3>}
                {item.kind === 'story' && <h3 class="small">{item.title}</h3>}
                <p {...marks}>{item.text}</p>
              </div>
            );
          })}
        </section>
      </div>
    </Layout>
  );
}
