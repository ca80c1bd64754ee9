import { MIN_PASSWORD_LENGTH } from '../auth/accounts.ts';
import type { Session } from '../auth/sessions.ts';
import { CsrfField, Layout, type Flash } from './layout.tsx';

/** Any signed-in user changes their own password here. */
export function PasswordPage(props: { session: Session; cellName: string; flash?: Flash | null }) {
  return (
    <Layout title="Đổi mật khẩu" session={props.session} page="other" cellName={props.cellName} flash={props.flash}>
      <div class="card login-box">
        <h1>Đổi mật khẩu</h1>
        <p class="muted small">Tài khoản: {props.session.username}. Sau khi đổi, các trình duyệt khác đang đăng nhập bằng tài khoản này sẽ bị đăng xuất.</p>
        <form method="post" action="/account/password">
          <CsrfField session={props.session} />
          <input type="text" name="username" autocomplete="username" value={props.session.username} hidden />
          <label for="current">Mật khẩu hiện tại</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required />
          <label for="password">Mật khẩu mới (ít nhất {MIN_PASSWORD_LENGTH} ký tự)</label>
          <input id="password" name="password" type="password" autocomplete="new-password" minlength={MIN_PASSWORD_LENGTH} required />
          <label for="confirm">Nhập lại mật khẩu mới</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" minlength={MIN_PASSWORD_LENGTH} required />
          <div class="actions">
            <button type="submit" class="big">Đổi mật khẩu</button>
          </div>
        </form>
      </div>
    </Layout>
  );
}
