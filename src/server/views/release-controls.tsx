import type { Session } from '../auth/sessions.ts';
import { isReleased, type BulletinRecord } from '../state/bulletins.ts';
import { formatDay } from './format.ts';
import { PostButton } from './layout.tsx';

/** Editors only: whether members see the bulletin yet, with "Phát hành" and "Xóa bản tin". */
export function ReleaseControls(props: { session: Session; record: BulletinRecord; compact?: boolean }) {
  const { session, record } = props;
  if (session.role !== 'editor') return null;
  const released = isReleased(record);
  const buttons = (
    <div class="actions">
      {!released && record.renderedAt && <PostButton action={`/bulletins/${record.id}/release`} label="Phát hành" session={session} />}
      <PostButton action={`/bulletins/${record.id}/delete`} label="Xóa bản tin" secondary session={session} confirm={`Xóa hẳn bản tin ngày ${formatDay(record.meetingDate)} cùng mọi tệp của nó? Không thể hoàn tác.`} />
    </div>
  );
  if (props.compact) return buttons;
  return (
    <div class={`flash ${released ? 'ok' : 'info'}`} data-release={released ? 'released' : 'draft'}>
      {released ? 'Đã phát hành: mọi thành viên xem được bản tin này.' : 'Bản nháp: thành viên chưa xem được bản tin này cho đến khi bấm "Phát hành".'}
      {buttons}
    </div>
  );
}
