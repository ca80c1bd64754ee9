import type { Briefing } from '../../domain/briefing.ts';
import type { SegmentsFile } from '../../domain/segments.ts';
import { ChaptersTranscript } from './chapters-transcript.tsx';
import { BulletinHeading } from './bulletin-heading.tsx';
import type { BulletinRecord } from '../state/bulletins.ts';
import { formatDate, formatDay } from './format.ts';
import { Layout } from './layout.tsx';

/** The player opened from a share link: listen and follow the text, no account, nothing to change. */
export function SharedBulletinPage(props: { record: BulletinRecord; briefing: Briefing; segments: SegmentsFile | null; cellName: string; fileUrl: (name: 'briefing.mp3' | 'briefing.vtt') => string; expiresAt: string }) {
  const { record, briefing, segments } = props;
  return (
    <Layout title={`Bản tin ngày ${formatDay(record.meetingDate)}`} session={null} page="other" cellName={props.cellName}>
      <BulletinHeading record={record} briefing={briefing} />
      <p class="muted small">Liên kết chia sẻ chỉ để nghe và xem, dùng được đến {formatDate(props.expiresAt)}.</p>
      {record.files.includes('briefing.mp3') && (
        <div class="player">
          <audio data-player controls preload="metadata" src={props.fileUrl('briefing.mp3')}>
            {record.files.includes('briefing.vtt') && <track kind="subtitles" srclang="vi" label="Tiếng Việt" src={props.fileUrl('briefing.vtt')} />}
          </audio>
          <p class="now-playing" data-now-playing aria-live="polite"></p>
        </div>
      )}
      <ChaptersTranscript briefing={briefing} segments={segments} />
    </Layout>
  );
}
