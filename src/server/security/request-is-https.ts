import type { Context } from 'hono';
import type { AppServices } from '../services.ts';

/**
 * Whether the browser reached us over HTTPS, so cookies get `Secure`. Behind a TLS-terminating
 * proxy the request arrives as plain HTTP; its X-Forwarded-Proto is believed only when the
 * connection comes from a proxy the administrator named (BANTIN_TRUSTED_PROXY), since any client
 * can send the header.
 */
export function requestIsHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const services = c.get('services') as AppServices | undefined;
  if (!services?.fromTrustedProxy?.(c)) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
