import type { Context } from 'hono';
import { requestIsHttps } from './security/request-is-https.ts';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Flash } from './views/layout.tsx';

const FLASH_COOKIE = 'bantin_flash';

/** A one-time message shown on the next page after a form's redirect. */
export function setFlash(c: Context, flash: Flash): void {
  // Hono's setCookie/getCookie percent-encode and decode the value themselves.
  setCookie(c, FLASH_COOKIE, JSON.stringify({ kind: flash.kind, text: flash.text.slice(0, 1200) }), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: requestIsHttps(c),
    maxAge: 60,
  });
}

export function takeFlash(c: Context): Flash | null {
  const raw = getCookie(c, FLASH_COOKIE);
  if (!raw) return null;
  deleteCookie(c, FLASH_COOKIE, { path: '/' });
  try {
    const value = JSON.parse(raw) as Flash;
    if ((value.kind === 'ok' || value.kind === 'error' || value.kind === 'info') && typeof value.text === 'string') return value;
  } catch {
    // A mangled flash cookie is dropped: it only ever carried a convenience message.
    return null;
  }
  return null;
}

/** Redirect back to the page the form was on (same origin only). */
export function backTo(c: Context, fallback: string): string {
  const referer = c.req.header('referer');
  if (!referer) return fallback;
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(c.req.url).origin) return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}
