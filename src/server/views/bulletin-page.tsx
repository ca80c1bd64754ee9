import { ReleaseControls } from './release-controls.tsx';
import type { Briefing } from '../../domain/briefing.ts';
import type { SegmentsFile } from '../../domain/segments.ts';
import { ChaptersTranscript } from './chapters-transcript.tsx';
import type { Session } from '../auth/sessions.ts';
import { BULLETIN_FILES, fileUrl, zipUrl, type BulletinRecord } from '../state/bulletins.ts';
import { formatDateTime, formatDay } from './format.ts';
import { CsrfField, Layout, type Flash } from './layout.tsx';
import { BulletinHeading } from './bulletin-heading.tsx';

const DOWNLOADS = ['briefing.mp3', 'briefing.pptx', 'briefing.html', 'briefing.docx', 'script.md', 'briefing.vtt', 'briefing.srt'] as const;

export function BulletinPage(props: { session: Session; record: BulletinRecord; briefing: Briefing; segments: SegmentsFile | null; isLatest: boolean; cellName: string; flash?: Flash | null; share?: ShareView | null }) {
  const { record, briefing, segments, session } = props;
  const hasAudio = record.files.includes('briefing.mp3');
  return (
    <Layout title={props.isLatest ? 'Bản tin mới nhất' : `Bản tin ngày ${formatDay(record.meetingDate)}`} session={session} page={props.isLatest ? 'home' : 'archive'} cellName={props.cellName} flash={props.flash}>
      <BulletinHeading record={record} briefing={briefing} />
      <ReleaseControls session={session} record={record} />
      {record.changed && session.role === 'editor' && (
        <div class="flash info">
          Bản nháp đã được sửa sau lần dựng gần nhất; âm thanh và trình chiếu dưới đây là bản cũ. <a href={`/review/${record.id}`}>Mở trang Biên tập để dựng lại</a>.
        </div>
      )}
      {record.files.length > 0 && <Downloads record={record} />}
      {hasAudio && (
        <div class="player">
          <audio data-player controls preload="metadata" src={fileUrl(record, 'briefing.mp3')}>
            {record.files.includes('briefing.vtt') && <track kind="subtitles" srclang="vi" label="Tiếng Việt" src={fileUrl(record, 'briefing.vtt')} />}
          </audio>
          <p class="now-playing" data-now-playing aria-live="polite"></p>
          {record.files.includes('segments.json') && (
            <a class="button" href={`/bulletins/${record.id}/meeting`}>
              Trình chiếu
            </a>
          )}
        </div>
      )}
      {props.share !== undefined && <ShareBox record={record} share={props.share} session={session} />}
      <ChaptersTranscript briefing={briefing} segments={segments} showKeyFigures chaptersFooter={record.renderedAt && <p class="muted small">Dựng lúc {formatDateTime(record.renderedAt)}.</p>} />
    </Layout>
  );
}

/** At the top of the page: a member comes for the files before the meeting, not to scroll past the chapters. */
function Downloads(props: { record: BulletinRecord }) {
  const { record } = props;
  return (
    <section class="downloads-bar" aria-label="Tải về">
      <strong class="downloads-label">Tải về:</strong>
      <div class="downloads">
        <a class="button" href={zipUrl(record)} download>
          Tải tất cả (.zip)
        </a>
        {DOWNLOADS.filter((name) => record.files.includes(name)).map((name) => (
          <a class={name === 'briefing.mp3' || name === 'briefing.pptx' ? 'button' : 'button secondary'} href={`${fileUrl(record, name)}&download=1`} download>
            {BULLETIN_FILES[name].label}
          </a>
        ))}
      </div>
    </section>
  );
}

/** What the editor sees of the bulletin's share link: its address, expiry and QR code (inline SVG). */
export interface ShareView {
  url: string;
  expiresAt: string;
  qrSvg: string;
}

/** Editors only, on a released bulletin: a read-only link (with a QR code for the meeting screen) and its revocation. */
function ShareBox(props: { record: BulletinRecord; share: ShareView | null; session: Session }) {
  const { record, share } = props;
  return (
    <details class="card share" id="chia-se" open={share !== null}>
      <summary>Chia sẻ cho người không có tài khoản</summary>
      {share ? (
        <div class="share-body">
          <div class="qr" dangerouslySetInnerHTML={{ __html: share.qrSvg }} />
          <div>
            <p>
              Liên kết chỉ để nghe và xem, dùng được đến {formatDateTime(share.expiresAt)}:
              <br />
              <input type="text" readonly value={share.url} aria-label="Liên kết chia sẻ" class="share-url" />
            </p>
            <form method="post" action={`/bulletins/${record.id}/share/revoke`}>
              <CsrfField session={props.session} />
              <button type="submit" class="secondary">Thu hồi liên kết</button>
            </form>
          </div>
        </div>
      ) : (
        <form method="post" action={`/bulletins/${record.id}/share`} class="share-body">
          <CsrfField session={props.session} />
          <label for="share-days">Dùng được trong</label>
          <select id="share-days" name="days">
            <option value="1">1 ngày</option>
            <option value="3">3 ngày</option>
            <option value="7" selected>7 ngày</option>
            <option value="14">14 ngày</option>
            <option value="30">30 ngày</option>
          </select>
          <button type="submit">Tạo liên kết chia sẻ (kèm mã QR)</button>
        </form>
      )}
    </details>
  );
}

export function NoBulletinPage(props: { session: Session; cellName: string; flash?: Flash | null }) {
  return (
    <Layout title="Bản tin mới nhất" session={props.session} page="home" cellName={props.cellName} flash={props.flash}>
      <div class="card empty">
        <h1>Chưa có bản tin nào</h1>
        {props.session.role === 'editor' ? (
          <>
            <p>Bấm nút dưới đây để thu thập tin và tạo bản tin đầu tiên.</p>
            <a class="button big" href="/generate">
              Tạo bản tin
            </a>
          </>
        ) : (
          <p>Khi đồng chí được phân công tạo bản tin xong, bản tin sẽ hiện ở đây.</p>
        )}
      </div>
    </Layout>
  );
}
