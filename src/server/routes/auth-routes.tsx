import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { findAccount, type Account } from '../auth/accounts.ts';
import { createSession, endSession } from '../auth/sessions.ts';
import { takeFlash } from '../flash.ts';
import { InputError, formText, parseFormBody, parseInput, readForm, readJson, safeNext } from '../http-helpers.ts';
import { createLoginLimiter } from '../security/login-limiter.ts';
import { LoginPage } from '../views/login-page.tsx';
import type { Workflows } from '../workflows.ts';

const LoginSchema = z.object({
  username: z.string({ error: 'Thiếu tên đăng nhập.' }).trim().toLowerCase().min(1, 'Thiếu tên đăng nhập.').max(64, 'Tên đăng nhập quá dài.'),
  password: z.string({ error: 'Thiếu mật khẩu.' }).min(1, 'Thiếu mật khẩu.').max(200, 'Mật khẩu quá dài.'),
});

const WRONG = 'Sai tên đăng nhập hoặc mật khẩu.';

/** Sign-in and sign-out, for forms and for the JSON API. */
export function authRoutes(workflows: Workflows) {
  const routes = new Hono<AppEnv>();

  async function attempt(c: Context<AppEnv>, input: { username: string; password: string }): Promise<Account> {
    const services = c.get('services');
    const limiter = createLoginLimiter(services.store, services.now);
    const address = services.clientAddress?.(c) ?? 'unknown';
    return limiter.serialize(address, async () => {
      const wait = await limiter.retryAfter(address, input.username);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new InputError(`Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${Math.ceil(wait / 60)} phút.`, 429);
      }
      const account = await findAccount(services.store, input.username);
      // A missing account costs a hash too, so timing does not tell which usernames exist.
      const ok = account ? await services.passwords.verify(input.password, account.passwordHash) : (await services.passwords.verify(input.password, DUMMY_HASH), false);
      if (!account || !ok) {
        await limiter.recordFailure(address, input.username);
        throw new InputError(WRONG, 400);
      }
      await limiter.recordSuccess(address, input.username);
      return account;
    });
  }

  routes.get('/login', async (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.get('session')) return c.redirect(next, 303);
    const cellName = c.get('services').config.cell.name;
    return c.html(<LoginPage next={next} flash={takeFlash(c)} cellName={cellName} />);
  });

  routes.post('/login', async (c) => {
    const form = await parseFormBody(c);
    const next = safeNext(formText(form, 'next'));
    const cellName = c.get('services').config.cell.name;
    try {
      const input = parseInput(LoginSchema, { username: formText(form, 'username'), password: formText(form, 'password') });
      const account = await attempt(c, input);
      await createSession(c, c.get('services').store, account, c.get('services').now());
      return c.redirect(next, 303);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return c.html(<LoginPage next={next} username={formText(form, 'username')} flash={{ kind: 'error', text: error.userMessage }} cellName={cellName} />, error.status);
    }
  });

  routes.post('/logout', async (c) => {
    if (c.get('session')) await readForm(c);
    await endSession(c, c.get('services').store);
    return c.redirect('/login', 303);
  });

  routes.post('/api/login', async (c) => {
    const input = parseInput(LoginSchema, await readJson(c), { username: 'Tên đăng nhập', password: 'Mật khẩu' });
    const account = await attempt(c, input);
    await createSession(c, c.get('services').store, account, c.get('services').now());
    return c.json({ username: account.username, role: account.role });
  });

  routes.post('/api/logout', async (c) => {
    await endSession(c, c.get('services').store);
    return c.json({ ok: true });
  });

  routes.get('/api/me', (c) => {
    const session = c.get('session');
    if (!session) return c.json({ error: 'Bạn cần đăng nhập.' }, 401);
    return c.json({ username: session.username, role: session.role, csrf: session.csrf });
  });

  return routes;
}

/** A valid hash of a random password, checked when the username does not exist. */
const DUMMY_HASH = 'pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
