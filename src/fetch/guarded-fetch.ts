import { isIpLiteral, isPrivateAddress, isPrivateHostname } from './address-classifier.ts';
import {
  FetchError,
  abortedError,
  blockedHostError,
  dnsError,
  networkError,
  timeoutError,
  tooLargeError,
  tooManyRedirectsError,
  unsupportedUrlError,
} from './fetch-errors.ts';
import { concatArrays } from '../domain/concat-arrays.ts';
import { parseRetryAfter } from './retry-after.ts';
import { retry, type RetryVerdict } from './retry.ts';

/** Options of the one fetcher used for feeds and article pages alike. */
export interface GuardedFetchOptions {
  /** Resolves a hostname to its IP addresses (Node: resolveHostNode; Workers: DNS-over-HTTPS or none). */
  resolveHost: (hostname: string) => Promise<string[]>;
  /** Allow loopback/private/link-local targets (the demo server, an intranet feed). Default false. */
  allowPrivateHosts?: boolean;
  /** Origins (e.g. "http://127.0.0.1:8080") allowed even though private, like FreshRSS's allowlist. */
  allowedOrigins?: string[];
  /** The underlying fetch; defaults to globalThis.fetch. */
  fetch?: typeof fetch;
  /**
   * A fetch that connects only to the given addresses (Node: pinnedFetchNode). When set, every
   * request to a hostname goes to the addresses just checked, never to a second DNS answer.
   */
  pinnedFetch?: (addresses: string[]) => typeof fetch;
  /** Deadline for the whole request: every hop, retry and the body. Default 20 s. */
  timeoutMs?: number;
  /** Cap on the decompressed body. Default 15 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Extra tries after a 429 or 5xx. Default 2. */
  retries?: number;
  /** First backoff when no Retry-After is given; doubles each try. Default 500 ms. */
  retryBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the 429/503 is returned. Default 10 s. */
  maxRetryDelayMs?: number;
  userAgent?: string;
}

const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; bantin/0.1; +https://github.com/bantin) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Safari/537.36';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

class DeadlineReached extends Error {}

/**
 * A `fetch` that is safe to point at untrusted URLs: one total deadline, a decompressed size cap,
 * at most `maxRedirects` hops each re-checked, private addresses refused, 429/5xx retried with
 * Retry-After. The body is read fully inside the deadline, so callers never stall on it.
 * Failures throw a FetchError whose userMessage is Vietnamese and names the URL.
 */
export function createGuardedFetch(options: GuardedFetchOptions): typeof fetch {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 15 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 500;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);

  /** Throws unless `url` may be fetched; returns the addresses checked for a hostname, to connect to. */
  async function assertAllowed(url: URL): Promise<string[] | null> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw unsupportedUrlError(url.href);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const permitted = options.allowPrivateHosts || allowedOrigins.has(url.origin);
    if (isIpLiteral(host)) {
      if (!permitted && isPrivateAddress(host)) throw blockedHostError(url.href, host);
      return null;
    }
    if (permitted && !options.pinnedFetch) return null;
    if (!permitted && isPrivateHostname(host)) throw blockedHostError(url.href, host);
    let addresses: string[];
    try {
      addresses = await options.resolveHost(host);
    } catch (cause) {
      throw dnsError(url.href, host, cause);
    }
    if (addresses.length === 0) throw dnsError(url.href, host, undefined);
    const blocked = permitted ? undefined : addresses.find((address) => isPrivateAddress(address));
    if (blocked) throw blockedHostError(url.href, blocked);
    return addresses;
  }

  async function followRedirects(start: string, init: RequestInit, signal: AbortSignal): Promise<{ response: Response; url: URL; redirected: boolean }> {
    let url: URL;
    try {
      url = new URL(start);
    } catch {
      throw unsupportedUrlError(start);
    }
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', options.userAgent ?? DEFAULT_USER_AGENT);
    if (!headers.has('accept-language')) headers.set('accept-language', 'vi-VN,vi;q=0.9,en;q=0.5');
    for (let hop = 0; ; hop += 1) {
      const checked = await assertAllowed(url);
      const connect = checked && options.pinnedFetch ? options.pinnedFetch(checked) : baseFetch;
      const response = await connect(url.href, { ...init, method, body, headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || !location) return { response, url, redirected: hop > 0 };
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw tooManyRedirectsError(start, maxRedirects);
      url = new URL(location, url);
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
    }
  }

  async function readBody(response: Response, url: string, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLargeError(url, maxBytes);
    }
    if (!response.body) return new Uint8Array(0);
    const reader = response.body.getReader();
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => undefined);
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await Promise.race([reader.read(), aborted]);
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) throw tooLargeError(url, maxBytes);
        chunks.push(value);
      }
    } catch (error) {
      reader.cancel().catch(() => undefined);
      throw error;
    }
    return concatArrays(chunks);
  }

  const retryStatus = (response: Response): RetryVerdict =>
    RETRY_STATUSES.has(response.status) ? { retry: true, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) } : { retry: false };

  const guardedFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const start = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DeadlineReached()), timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    try {
      const { response, url, redirected } = await retry(() => followRedirects(start, init, signal), {
        attempts: retries + 1,
        baseDelayMs: retryBaseMs,
        maxDelayMs: maxRetryDelayMs,
        maxRetryAfterMs: maxRetryDelayMs,
        retryError: () => ({ retry: false }),
        retryResult: ({ response }) => retryStatus(response),
        discard: async ({ response }) => void (await response.body?.cancel().catch(() => undefined)),
        signal,
      });
      const bytes = await readBody(response, url.href, signal);
      const headers = new Headers(response.headers);
      headers.delete('content-encoding');
      headers.delete('content-length');
      const buffered = new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, { status: response.status, statusText: response.statusText, headers });
      Object.defineProperty(buffered, 'url', { value: url.href });
      Object.defineProperty(buffered, 'redirected', { value: redirected });
      return buffered;
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (deadline.signal.aborted) throw timeoutError(start, timeoutMs);
      if (init.signal?.aborted) throw abortedError(start, error);
      throw networkError(start, error);
    } finally {
      clearTimeout(timer);
    }
  };
  return guardedFetch as typeof fetch;
}
