import { Layout, type Flash } from './layout.tsx';

export function LoginPage(props: { next: string; username?: string; flash?: Flash | null; cellName?: string }) {
  return (
    <Layout title="Đăng nhập" session={null} page="login" cellName={props.cellName} flash={props.flash}>
      <div class="card login-box">
        <h1>Đăng nhập</h1>
        <form method="post" action="/login">
          <input type="hidden" name="next" value={props.next} />
          <label for="username">Tên đăng nhập</label>
          <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" required value={props.username ?? ''} />
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <div class="actions">
            <button type="submit" class="big">Đăng nhập</button>
          </div>
        </form>
        <p class="muted small">Tài khoản do người quản trị chi bộ cấp. Lần chạy đầu tiên, mật khẩu của tài khoản "admin" được in ra cửa sổ dòng lệnh.</p>
      </div>
    </Layout>
  );
}
