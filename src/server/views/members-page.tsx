import type { Member } from '../../config.ts';
import type { Account } from '../auth/accounts.ts';
import type { Session } from '../auth/sessions.ts';
import { formatDay } from './format.ts';
import { CsrfField, Layout, PostButton, type Flash } from './layout.tsx';

export function MembersPage(props: { session: Session; cellName: string; members: Member[]; accounts: Account[]; flash?: Flash | null }) {
  const { session } = props;
  return (
    <Layout title="Thành viên" session={session} page="members" cellName={props.cellName} flash={props.flash}>
      <h1>Thành viên chi bộ</h1>
      <section class="card">
        <h2>Danh sách đảng viên (chúc mừng sinh nhật)</h2>
        <p class="muted small">Bản tin có lời chúc mừng sinh nhật các đồng chí sinh trong tháng họp.</p>
        {props.members.length === 0 ? (
          <p class="muted">Chưa có ai trong danh sách.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Họ và tên</th>
                  <th>Ngày sinh</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {props.members.map((member, index) => (
                  <tr>
                    <td>{member.name}</td>
                    <td>{formatDay(member.birthDate)}</td>
                    <td>
                      <PostButton action="/members/delete" fields={{ index: String(index) }} label="Xóa" secondary session={session} confirm={`Xóa ${member.name} khỏi danh sách?`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <form method="post" action="/members">
          <CsrfField session={session} />
          <div class="grid2">
            <div>
              <label for="member-name">Họ và tên</label>
              <input id="member-name" name="name" type="text" required maxlength={120} />
            </div>
            <div>
              <label for="member-birth">Ngày sinh</label>
              <input id="member-birth" name="birthDate" type="date" required />
            </div>
          </div>
          <div class="actions">
            <button type="submit">Thêm vào danh sách</button>
          </div>
        </form>
      </section>
      <section class="card">
        <h2>Tài khoản đăng nhập</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Tên đăng nhập</th>
                <th>Quyền</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {props.accounts.map((account) => (
                <tr>
                  <td>{account.username}</td>
                  <td>{account.role === 'editor' ? 'Biên tập (tạo, sửa bản tin)' : 'Thành viên (nghe, tải về)'}</td>
                  <td>{account.username !== session.username && <PostButton action="/accounts/delete" fields={{ username: account.username }} label="Xóa" secondary session={session} confirm={`Xóa tài khoản ${account.username}?`} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="post" action="/accounts">
          <CsrfField session={session} />
          <h3>Tạo tài khoản hoặc đặt lại mật khẩu</h3>
          <div class="grid2">
            <div>
              <label for="account-username">Tên đăng nhập</label>
              <input id="account-username" name="username" type="text" required autocomplete="off" />
            </div>
            <div>
              <label for="account-password">Mật khẩu (ít nhất 10 ký tự)</label>
              <input id="account-password" name="password" type="password" required minlength={10} autocomplete="new-password" />
            </div>
            <div>
              <label for="account-role">Quyền</label>
              <select id="account-role" name="role">
                <option value="member">Thành viên (nghe, tải về)</option>
                <option value="editor">Biên tập (tạo, sửa bản tin)</option>
              </select>
            </div>
          </div>
          <div class="actions">
            <button type="submit">Lưu tài khoản</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}
