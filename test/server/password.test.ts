import { describe, expect, it } from 'vitest';
import { createTestApp } from './test-app.ts';

const OLD = 'mat-khau-thanh-vien';
const NEW = 'mat-khau-moi-cua-toi-2026';

async function memberApp() {
  const test = await createTestApp();
  await test.addAccount('lan', 'member', OLD);
  return test;
}

describe('changing one’s own password', () => {
  it('lets a member change their password: the new one signs in, the old one and other browsers no longer do', async () => {
    const test = await memberApp();
    const here = await test.signIn('lan', OLD);
    const elsewhere = await test.signIn('lan', OLD);
    const page = await here.request('/account/password');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Mật khẩu hiện tại');
    const response = await here.form('/account/password', { current: OLD, password: NEW, confirm: NEW });
    expect(response.status).toBe(303);
    const fresh = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(fresh).toMatch(/^bantin_session=/);
    expect((await test.app.request('/', { headers: { cookie: fresh } })).status).toBe(200);
    expect((await elsewhere.request('/')).status).not.toBe(200);
    await expect(test.signIn('lan', OLD)).rejects.toThrow(/400/);
    await expect(test.signIn('lan', NEW)).resolves.toBeTruthy();
    const account = JSON.parse(new TextDecoder().decode((await test.services.store.get('accounts/lan'))!));
    expect(account.role).toBe('member');
  });

  it.each([
    [{ current: 'sai-mat-khau-roi', password: NEW, confirm: NEW }, 'Mật khẩu hiện tại không đúng'],
    [{ current: OLD, password: 'ngan', confirm: 'ngan' }, 'ít nhất 10 ký tự'],
    [{ current: OLD, password: NEW, confirm: `${NEW}x` }, 'không khớp'],
    [{ current: OLD, password: OLD, confirm: OLD }, 'phải khác mật khẩu hiện tại'],
  ])('refuses %o in Vietnamese and keeps the old password', async (fields, message) => {
    const test = await memberApp();
    const client = await test.signIn('lan', OLD);
    const response = await client.form('/account/password', fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    await expect(test.signIn('lan', OLD)).resolves.toBeTruthy();
  });

  it('stops guessing the current password after five wrong tries, even with the right one, as sign-in does', async () => {
    const test = await memberApp();
    const client = await test.signIn('lan', OLD);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await client.form('/account/password', { current: `sai-mat-khau-${attempt}`, password: NEW, confirm: NEW })).status).toBe(400);
    }
    const blocked = await client.form('/account/password', { current: OLD, password: NEW, confirm: NEW });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau');
    // The password is unchanged, and sign-in from this address is held too.
    await expect(test.signIn('lan', OLD)).rejects.toThrow(/429/);
    const other = await client.request('/account/password');
    expect(other.status).toBe(200);
  });

  it('refuses a form without the CSRF token and a visitor who is not signed in', async () => {
    const test = await memberApp();
    const client = await test.signIn('lan', OLD);
    const forged = await client.request('/account/password', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ current: OLD, password: NEW, confirm: NEW }).toString() });
    expect(forged.status).toBe(403);
    expect((await test.app.request('/account/password')).status).not.toBe(200);
    await expect(test.signIn('lan', OLD)).resolves.toBeTruthy();
  });

  it('is linked from the user name in the header on every page', async () => {
    const test = await memberApp();
    const client = await test.signIn('lan', OLD);
    expect(await (await client.request('/archive')).text()).toContain('href="/account/password"');
  });
});
