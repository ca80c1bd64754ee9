import { decodeBody } from './decode-body.ts';
import { httpStatusError } from './fetch-errors.ts';
import { sha256Hex } from './hash-key.ts';

/** A fetched feed or page, decoded to NFC text. */
export interface FetchedDocument {
  /** not-modified: the server answered 304 and `text` is the copy kept from the last run. */
  status: 'ok' | 'not-modified';
  /** Final URL after redirects, for resolving relative links. */
  url: string;
  text: string;
  contentType: string;
}

/**
 * Where conditional-request validators and bodies are kept: any key → bytes store (the Storage
 * providers fit). Declared here so fetching does not depend on the storage layer.
 */
export interface DocumentCache {
  get(key: string): Promise<Uint8Array | null>;
  put(key: string, value: Uint8Array | string): Promise<void>;
}

interface Validators {
  url: string;
  finalUrl: string;
  contentType: string;
  etag?: string;
  lastModified?: string;
}

/**
 * GET through the guarded fetcher with a conditional request (ETag / Last-Modified) whose validators
 * and body live in `cache`, so a re-run on another day still gets a 304 instead of a download.
 * Throws FetchError on a non-2xx answer.
 */
export async function fetchDocument(url: string, deps: { fetch: typeof fetch; cache: DocumentCache; signal?: AbortSignal }, options: { conditional?: boolean } = {}): Promise<FetchedDocument> {
  const key = await sha256Hex(url);
  const validatorKey = `http/validators/${key}`;
  const bodyKey = `http/bodies/${key}`;
  const known = options.conditional ? await readJson<Validators>(deps.cache, validatorKey) : null;
  const headers = new Headers({ accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5' });
  if (known?.etag) headers.set('if-none-match', known.etag);
  if (known?.lastModified) headers.set('if-modified-since', known.lastModified);
  const response = await deps.fetch(url, { headers, signal: deps.signal });
  if (response.status === 304 && known) {
    const text = await readText(deps.cache, bodyKey);
    if (text !== null) return { status: 'not-modified', url: known.finalUrl, text, contentType: known.contentType };
    return fetchDocument(url, deps, { conditional: false });
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw httpStatusError(url, response.status, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const text = decodeBody(new Uint8Array(await response.arrayBuffer()), contentType);
  const finalUrl = response.url || url;
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  if (options.conditional && (etag || lastModified)) {
    await deps.cache.put(bodyKey, text);
    await deps.cache.put(validatorKey, JSON.stringify({ url, finalUrl, contentType, etag, lastModified } satisfies Validators));
  }
  return { status: 'ok', url: finalUrl, text, contentType };
}

async function readText(cache: DocumentCache, key: string): Promise<string | null> {
  const bytes = await cache.get(key);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

async function readJson<T>(cache: DocumentCache, key: string): Promise<T | null> {
  const text = await readText(cache, key);
  return text === null ? null : (JSON.parse(text) as T);
}
