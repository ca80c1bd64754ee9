import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { constantTimeEqual } from '../auth/password.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const encoder = new TextEncoder();

/**
 * Every unsafe request must come from our own pages: Sec-Fetch-Site "same-origin", or else an Origin
 * equal to ours; a request with neither is refused. Unlike Hono's csrf(), this also covers JSON bodies.
 */
export function sameOriginGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const ours = new URL(c.req.url).origin;
    const allowed = site ? site === 'same-origin' && (!origin || origin === ours) : origin === ours;
    if (allowed) return next();
    const message = 'Yêu cầu bị từ chối vì không đến từ trang của bantin (kiểm tra CSRF). Hãy mở lại trang và thử lại.';
    if (c.req.path.startsWith('/api/')) return c.json({ error: message }, 403);
    return c.text(message, 403);
  };
}

/** The form's hidden `_csrf` field must equal the session's token (the second CSRF layer, for forms). */
export function formTokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return constantTimeEqual(encoder.encode(expected), encoder.encode(given));
}
