import type { Context } from 'hono';
import { requestIsHttps } from '../security/request-is-https.ts';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import type { Role } from './accounts.ts';
import { randomToken, sha256Hex } from './password.ts';

export const SESSION_COOKIE = 'bantin_session';
const SESSION_DAYS = 14;

/** A signed-in browser. Stored under the SHA-256 of its cookie value, so a leaked store holds no usable token. */
export interface Session {
  username: string;
  role: Role;
  /** Token every form must echo back (CSRF). */
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

const keyOf = async (token: string) => `sessions/${await sha256Hex(token)}`;

export async function createSession(c: Context, store: Storage, user: { username: string; role: Role }, now: Date): Promise<Session> {
  const token = randomToken(32);
  const session: Session = {
    username: user.username,
    role: user.role,
    csrf: randomToken(24),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  };
  await putJson(store, await keyOf(token), session);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: requestIsHttps(c),
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
  return session;
}

export async function readSession(c: Context, store: Storage, now: Date): Promise<Session | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return null;
  const key = await keyOf(token);
  const session = await getJson<Session>(store, key);
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await store.delete(key);
    return null;
  }
  return session;
}

export async function endSession(c: Context, store: Storage): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 100) await store.delete(await keyOf(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: requestIsHttps(c) });
}

/** Signs out every browser of one account (after its password changes or it is deleted). */
export async function endSessionsOf(store: Storage, username: string): Promise<void> {
  for (const key of await store.list('sessions/')) {
    const session = await getJson<Session>(store, key);
    if (session?.username === username) await store.delete(key);
  }
}
