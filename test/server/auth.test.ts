import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../src/server/auth/password.ts';
import { createTestApp, ADMIN_PASSWORD, ORIGIN } from './test-app.ts';

const jsonLogin = (username: string, password: string) => ({ method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ username, password }) });

describe('accounts and sign-in', () => {
  it('creates the editor admin on first start with BANTIN_ADMIN_PASSWORD and never prints it', async () => {
    const { app, logs } = await createTestApp({ adminPassword: 'mat-khau-dat-truoc' });
    expect(logs.join('\n')).not.toContain('mat-khau-dat-truoc');
    const response = await app.request('/api/login', jsonLogin('admin', 'mat-khau-dat-truoc'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ username: 'admin', role: 'editor' });
  });

  it('creates admin with a random password printed once when no password is configured', async () => {
    const { app, logs, services } = await createTestApp({ adminPassword: undefined });
    const line = logs.find((log) => log.includes('Mật khẩu'));
    const password = line?.split(': ').pop() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect((await app.request('/api/login', jsonLogin('admin', password))).status).toBe(200);
    const stored = new TextDecoder().decode((await services.store.get('accounts/admin'))!);
    expect(stored).not.toContain(password);
    // A second start over the same store creates nothing and prints nothing.
    const { startApp } = await import('../../src/server/app.tsx');
    const before = logs.length;
    await startApp(services, {});
    expect(logs.length).toBe(before);
  });

  it('sets an HttpOnly SameSite session cookie, Secure over HTTPS', async () => {
    const { app } = await createTestApp();
    const plain = await app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD));
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/bantin_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const secure = await app.request('https://bantin.example/api/login', { ...jsonLogin('admin', ADMIN_PASSWORD), headers: { 'content-type': 'application/json', origin: 'https://bantin.example' } });
    expect(secure.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('marks cookies Secure behind a trusted HTTPS proxy, and only behind one', async () => {
    const { app, services } = await createTestApp();
    const proxied = () => ({ ...jsonLogin('admin', ADMIN_PASSWORD), headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-proto': 'https' } });
    expect((await app.request('/api/login', proxied())).headers.get('set-cookie')).not.toMatch(/Secure/);
    services.fromTrustedProxy = () => true;
    expect((await app.request('/api/login', proxied())).headers.get('set-cookie')).toMatch(/Secure/);
    expect((await app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD))).headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('refuses a wrong password with a Vietnamese message and no cookie', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/login', jsonLogin('admin', 'sai-mat-khau'));
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({ error: 'Sai tên đăng nhập hoặc mật khẩu.' });
  });

  it('explains a malformed sign-in body in Vietnamese', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/login', jsonLogin('', ''));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('Thiếu tên đăng nhập');
  });

  it('rate-limits sign-in after five failures from one address, even with the right password', async () => {
    const { app } = await createTestApp();
    for (let attempt = 0; attempt < 5; attempt++) expect((await app.request('/api/login', jsonLogin('admin', 'sai'))).status).toBe(400);
    const blocked = await app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: string }).error).toContain('thử lại sau');
  });

  it('checks at most five of 50 parallel wrong attempts from one address; the rest get 429', async () => {
    const { app } = await createTestApp();
    const statuses = await Promise.all(Array.from({ length: 50 }, () => (async () => (await app.request('/api/login', jsonLogin('admin', 'sai'))).status)()));
    expect(statuses.filter((status) => status === 400)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);
    expect((await app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD))).status).toBe(429);
  });

  it('does not count a right password against the limit, even in parallel with wrong ones', async () => {
    const { app } = await createTestApp();
    const statuses = await Promise.all([
      ...Array.from({ length: 4 }, () => (async () => (await app.request('/api/login', jsonLogin('admin', 'sai'))).status)()),
      ...Array.from({ length: 3 }, () => (async () => (await app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD))).status)()),
    ]);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
  });

  it('keys the sign-in limit on the connection address, not on X-Forwarded-For', async () => {
    const { app } = await createTestApp();
    for (let attempt = 0; attempt < 5; attempt++) {
      const init = jsonLogin('admin', 'sai');
      await app.request('/api/login', { ...init, headers: { ...init.headers, 'x-forwarded-for': `10.0.0.${attempt}` } });
    }
    const init = jsonLogin('admin', ADMIN_PASSWORD);
    expect((await app.request('/api/login', { ...init, headers: { ...init.headers, 'x-forwarded-for': '10.9.9.9' } })).status).toBe(429);
  });

  it('lets another address sign in while one is blocked', async () => {
    const blocked = await createTestApp({ address: '192.0.2.1' });
    for (let attempt = 0; attempt < 5; attempt++) await blocked.app.request('/api/login', jsonLogin('admin', 'sai'));
    expect((await blocked.app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD))).status).toBe(429);
    const other = await createTestApp({ address: '192.0.2.2' });
    expect((await other.app.request('/api/login', jsonLogin('admin', ADMIN_PASSWORD))).status).toBe(200);
  });

  it('signs in through the form and redirects only to a local page', async () => {
    const { app } = await createTestApp();
    const body = new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD, next: '//evil.example/x' }).toString();
    const response = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, body });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  it('sends every next that is not a same-origin path to /, and never fails on one', async () => {
    const { app } = await createTestApp();
    const hostile = ['/\t/evil.example/', '/\n/evil.example/', '/\r\nSet-Cookie: x=1', '/\\evil.example', '\\\\evil.example', '//evil.example', '/.//evil.example', '/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example', 'https://evil.example/', 'javascript:alert(1)', ' /x'];
    for (const next of hostile) {
      const body = new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD, next }).toString();
      const response = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, body });
      expect({ next, status: response.status, location: response.headers.get('location') }).toEqual({ next, status: 303, location: '/' });
    }
    const body = new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD, next: '/ban-tin/2026-11-27?tab=kich-ban#tin-2' }).toString();
    const local = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, body });
    expect(local.headers.get('location')).toBe('/ban-tin/2026-11-27?tab=kich-ban#tin-2');
  });

  it('ends the session on sign-out', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    expect((await client.form('/logout', {})).status).toBe(303);
    expect((await client.request('/api/briefings')).status).toBe(401);
  });

  it('hashes with PBKDF2-SHA256 at 210k iterations by default and verifies only the right password', async () => {
    const hasher = createPbkdf2Hasher();
    const stored = await hasher.hash('mật khẩu đúng');
    expect(stored).toMatch(/^pbkdf2-sha256\$210000\$/);
    expect(await hasher.verify('mật khẩu đúng', stored)).toBe(true);
    expect(await hasher.verify('mật khẩu sai', stored)).toBe(false);
    expect(await hasher.hash('mật khẩu đúng')).not.toBe(stored);
  });
});

describe('access control', () => {
  const pages = ['/', '/generate', '/review', '/archive', '/sources', '/topic', '/members', '/jobs/abcdefgh', '/bulletins/2026-11-27-abcd'];
  const api = ['/api/briefings', '/api/briefings/latest', '/api/jobs/abcdefgh', '/files/2026-11-27-abcd/briefing.mp3'];

  it('redirects every page to sign-in when signed out', async () => {
    const { app } = await createTestApp();
    for (const path of pages) {
      const response = await app.request(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('answers 401 on the API and on files when signed out', async () => {
    const { app } = await createTestApp();
    for (const path of api) expect([401, 303], path).toContain((await app.request(path)).status);
    expect((await app.request('/api/briefings', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('lets a member listen but not generate, edit or manage', async () => {
    const test = await createTestApp();
    await test.addAccount('dangvien', 'member');
    const member = await test.signIn('dangvien', 'mat-khau-thanh-vien');
    expect((await member.request('/')).status).toBe(200);
    expect((await member.request('/archive')).status).toBe(200);
    for (const path of ['/generate', '/review', '/sources', '/topic', '/members']) expect((await member.request(path)).status, path).toBe(403);
    const api = await member.json('/api/briefings', {});
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: string }).error).toBe('Chức năng này chỉ dành cho tài khoản biên tập.');
    expect((await member.form('/sources', { id: 'x1', name: 'X', url: 'https://x.example/rss', section: 'tinh' })).status).toBe(403);
    const home = await (await member.request('/')).text();
    expect(home).not.toContain('href="/generate"');
  });
});
