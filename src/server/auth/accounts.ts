import { z } from 'zod';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import type { Logger, PasswordHasher } from '../services.ts';
import { randomToken } from './password.ts';

/** editor: generate, edit, manage sources and accounts; member: listen and download. */
export type Role = 'editor' | 'member';

export interface Account {
  username: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
}

export const UsernameSchema = z
  .string({ error: 'Thiếu tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'Tên đăng nhập gồm 2–32 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.');

export const MIN_PASSWORD_LENGTH = 10;

export const NewPasswordSchema = z.string({ error: 'Thiếu mật khẩu.' }).min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(200, 'Mật khẩu quá dài (tối đa 200 ký tự).');

const key = (username: string) => `accounts/${username}`;

export async function findAccount(store: Storage, username: string): Promise<Account | null> {
  const parsed = UsernameSchema.safeParse(username);
  return parsed.success ? getJson<Account>(store, key(parsed.data)) : null;
}

export async function listAccounts(store: Storage): Promise<Account[]> {
  const keys = await store.list('accounts/');
  const accounts = await Promise.all(keys.map((name) => getJson<Account>(store, name)));
  return accounts.filter((account): account is Account => account !== null);
}

export async function saveAccount(store: Storage, passwords: PasswordHasher, input: { username: string; role: Role; password: string }, now: Date): Promise<Account> {
  const username = UsernameSchema.parse(input.username);
  const account: Account = { username, role: input.role, passwordHash: await passwords.hash(input.password), createdAt: now.toISOString() };
  await putJson(store, key(username), account);
  return account;
}

/** Replaces one account's password, keeping its role; null when there is no such account. */
export async function setPassword(store: Storage, passwords: PasswordHasher, username: string, password: string): Promise<Account | null> {
  const account = await findAccount(store, username);
  if (!account) return null;
  const updated: Account = { ...account, passwordHash: await passwords.hash(NewPasswordSchema.parse(password)) };
  await putJson(store, key(account.username), updated);
  return updated;
}

export async function deleteAccount(store: Storage, username: string): Promise<void> {
  await store.delete(key(UsernameSchema.parse(username)));
}

/**
 * First start: with no accounts at all, create the editor "admin" with BANTIN_ADMIN_PASSWORD,
 * or a random password printed once to the console (it is stored only hashed).
 */
export async function ensureAdmin(store: Storage, passwords: PasswordHasher, logger: Logger, now: Date, adminPassword?: string): Promise<{ created: boolean; password?: string }> {
  if ((await store.list('accounts/')).length > 0) return { created: false };
  const password = adminPassword && adminPassword.length > 0 ? adminPassword : randomToken(12);
  await saveAccount(store, passwords, { username: 'admin', role: 'editor', password }, now);
  if (adminPassword) logger.info('Đã tạo tài khoản biên tập "admin" với mật khẩu trong BANTIN_ADMIN_PASSWORD.');
  else logger.info(`Đã tạo tài khoản biên tập "admin". Mật khẩu (chỉ hiện một lần, hãy ghi lại): ${password}`);
  return { created: true, password: adminPassword ? undefined : password };
}
