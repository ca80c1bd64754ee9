import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { createSqliteStorage } from '../../src/providers/storage/sqlite.ts';
import { findAccount, saveAccount } from '../../src/server/auth/accounts.ts';
import { createPbkdf2Hasher } from '../../src/server/auth/password.ts';

const hasher = createPbkdf2Hasher({ iterations: 1000 });

function captureIo(stdin = ''): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: () => out.join(''), err: () => err.join(''), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => stdin, interactive: false };
}

/** A data folder as "bantin serve" leaves it: an admin, a member and a signed-in session of the admin. */
async function dataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-user-'));
  const store = createSqliteStorage(join(dir, 'state.db'));
  await saveAccount(store, hasher, { username: 'admin', role: 'editor', password: 'mat-khau-da-quen-1' }, new Date());
  await saveAccount(store, hasher, { username: 'lan', role: 'member', password: 'mat-khau-thanh-vien' }, new Date());
  await store.put('sessions/abc', JSON.stringify({ username: 'admin', role: 'editor', csrf: 'x', createdAt: '', expiresAt: '2999-01-01T00:00:00Z' }));
  store.close();
  vi.stubEnv('BANTIN_DATA_DIR', dir);
  return dir;
}

async function verify(dir: string, username: string, password: string): Promise<boolean> {
  const store = createSqliteStorage(join(dir, 'state.db'));
  try {
    const account = await findAccount(store, username);
    return account !== null && (await hasher.verify(password, account.passwordHash));
  } finally {
    store.close();
  }
}

afterEach(() => void vi.unstubAllEnvs());

describe('bantin user reset-password', () => {
  it('prints a new random password once on stdout, which then signs in, and ends the old sessions', async () => {
    const dir = await dataDir();
    vi.stubEnv('BANTIN_NEW_PASSWORD', '');
    const io = captureIo();
    expect(await main(['user', 'reset-password', 'admin'], io)).toBe(0);
    const password = io.out().trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    expect(io.out()).toBe(`${password}\n`);
    expect(io.err()).toContain('chỉ hiện một lần');
    expect(await verify(dir, 'admin', password)).toBe(true);
    expect(await verify(dir, 'admin', 'mat-khau-da-quen-1')).toBe(false);
    expect(await verify(dir, 'lan', 'mat-khau-thanh-vien')).toBe(true);
    const store = createSqliteStorage(join(dir, 'state.db'));
    expect(await store.get('sessions/abc')).toBeNull();
    expect((await findAccount(store, 'admin'))!.role).toBe('editor');
    store.close();
  });

  it('takes the new password from BANTIN_NEW_PASSWORD and prints no password', async () => {
    const dir = await dataDir();
    vi.stubEnv('BANTIN_NEW_PASSWORD', 'mat-khau-tu-bien-moi-truong');
    const io = captureIo();
    expect(await main(['user', 'reset-password', 'admin'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(await verify(dir, 'admin', 'mat-khau-tu-bien-moi-truong')).toBe(true);
  });

  it('reads the new password from the first line of stdin with --stdin', async () => {
    const dir = await dataDir();
    vi.stubEnv('BANTIN_NEW_PASSWORD', '');
    const io = captureIo('mat-khau-tu-stdin-123\n');
    expect(await main(['user', 'reset-password', 'admin', '--stdin'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(await verify(dir, 'admin', 'mat-khau-tu-stdin-123')).toBe(true);
  });

  it('refuses a short password in Vietnamese and keeps the old one', async () => {
    const dir = await dataDir();
    vi.stubEnv('BANTIN_NEW_PASSWORD', 'ngan');
    const io = captureIo();
    expect(await main(['user', 'reset-password', 'admin'], io)).toBe(2);
    expect(io.err()).toContain('ít nhất 10 ký tự');
    expect(await verify(dir, 'admin', 'mat-khau-da-quen-1')).toBe(true);
  });

  it('names the accounts that exist when the name is wrong, and the data folder when there is none', async () => {
    await dataDir();
    vi.stubEnv('BANTIN_NEW_PASSWORD', '');
    const io = captureIo();
    expect(await main(['user', 'reset-password', 'adminn'], io)).toBe(1);
    expect(io.err()).toContain('không có tài khoản "adminn". Các tài khoản hiện có: admin, lan');
    expect(io.out()).toBe('');
    vi.stubEnv('BANTIN_DATA_DIR', join(tmpdir(), 'bantin-khong-co-thu-muc-nay'));
    const missing = captureIo();
    expect(await main(['user', 'reset-password', 'admin'], missing)).toBe(1);
    expect(missing.err()).toContain('không thấy dữ liệu ứng dụng web');
  });

  it('explains itself in Vietnamese on --help and when the action or name is missing', async () => {
    const help = captureIo();
    expect(await main(['user', '--help'], help)).toBe(0);
    expect(help.out()).toContain('BANTIN_NEW_PASSWORD');
    expect(help.out()).toContain('--stdin');
    const bare = captureIo();
    expect(await main(['user', 'reset-password'], bare)).toBe(2);
    expect(bare.err()).toContain('thiếu tên tài khoản');
  });
});
