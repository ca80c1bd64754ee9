import type { Briefing } from '../../domain/briefing.ts';
import { SAMPLE_MARK } from '../../domain/sample-mark.ts';
import type { BulletinRecord } from '../state/bulletins.ts';
import { formatDate, formatDay } from './format.ts';

/** The bulletin's title line with its news window, and the sample warning a fictional bulletin must carry. */
export function BulletinHeading(props: { record: BulletinRecord; briefing: Briefing }) {
  const { record } = props;
  return (
    <>
      <h1>
        Bản tin thời sự ngày {formatDay(record.meetingDate)}
        <span class="muted small"> · tin từ {formatDate(record.window.since)} đến {formatDate(record.window.until)}</span>
      </h1>
      {props.briefing.meta.sample && (
        <div class="flash error sample-mark">
          <strong>{SAMPLE_MARK}</strong>: bản tin mẫu từ tin chạy thử (sự kiện giả định), không dùng trong buổi họp.
        </div>
      )}
    </>
  );
}
