import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { findAccount, NewPasswordSchema, setPassword } from '../auth/accounts.ts';
import { createSession, endSessionsOf } from '../auth/sessions.ts';
import { setFlash, takeFlash } from '../flash.ts';
import { InputError, formText, parseInput, readForm, requireUser } from '../http-helpers.ts';
import { createLoginLimiter } from '../security/login-limiter.ts';
import { PasswordPage } from '../views/password-page.tsx';

/** Every signed-in user, editor or member, changes their own password. */
export function passwordRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('/account/*', requireUser);

  routes.get('/account/password', (c) => c.html(<PasswordPage session={c.get('session')!} cellName={c.get('services').config.cell.name} flash={takeFlash(c)} />));

  routes.post('/account/password', async (c) => {
    const form = await readForm(c);
    const services = c.get('services');
    const session = c.get('session')!;
    const page = (text: string, status: 400 | 429) => c.html(<PasswordPage session={session} cellName={services.config.cell.name} flash={{ kind: 'error', text }} />, status);
    const account = await findAccount(services.store, session.username);
    if (!account) return page('Không tìm thấy tài khoản đang đăng nhập. Hãy đăng xuất rồi đăng nhập lại.', 400);
    // The current password is guessed here as on the sign-in page (a session left open is enough),
    // so wrong guesses count against the same limits.
    const limiter = createLoginLimiter(services.store, services.now);
    const address = services.clientAddress?.(c) ?? 'unknown';
    const currentOk = await limiter.serialize(address, async () => {
      const wait = await limiter.retryAfter(address, account.username);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return wait;
      }
      const ok = await services.passwords.verify(formText(form, 'current'), account.passwordHash);
      if (ok) await limiter.recordSuccess(address, account.username);
      else await limiter.recordFailure(address, account.username);
      return ok;
    });
    if (typeof currentOk === 'number') return page(`Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau ${Math.ceil(currentOk / 60)} phút.`, 429);
    if (!currentOk) return page('Mật khẩu hiện tại không đúng. Hãy nhập lại.', 400);
    const password = formText(form, 'password');
    try {
      parseInput(NewPasswordSchema, password);
    } catch (error) {
      if (error instanceof InputError) return page(`Mật khẩu mới chưa dùng được: ${error.userMessage}`, 400);
      throw error;
    }
    if (password !== formText(form, 'confirm')) return page('Hai lần nhập mật khẩu mới không khớp. Hãy nhập lại.', 400);
    if (password === formText(form, 'current')) return page('Mật khẩu mới phải khác mật khẩu hiện tại.', 400);
    await setPassword(services.store, services.passwords, account.username, password);
    // Whoever knew the old password is signed out everywhere; this browser gets a fresh session.
    await endSessionsOf(services.store, account.username);
    await createSession(c, services.store, account, services.now());
    setFlash(c, { kind: 'ok', text: 'Đã đổi mật khẩu. Các trình duyệt khác đã được đăng xuất.' });
    return c.redirect('/account/password', 303);
  });

  return routes;
}
