import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/decode-body.ts';
import { fetchDocument } from '../../src/fetch/fetch-document.ts';
import { FetchError } from '../../src/fetch/fetch-errors.ts';
import { createGuardedFetch } from '../../src/fetch/guarded-fetch.ts';
import { createSqliteStorage } from '../../src/providers/storage/sqlite.ts';
import { startHostileServer, type HostileServer } from './hostile-server.ts';

const FEED = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin Đồng Tháp</title></channel></rss>';
let server: HostileServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-fetch-'));
  server = await startHostileServer({
    '/etag.rss': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304, { etag: '"v1"' }).end();
      response.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(FEED);
    },
    '/last-modified.rss': (request, response) => {
      const stamp = 'Fri, 20 Nov 2026 01:00:00 GMT';
      if (request.headers['if-modified-since'] === stamp) return void response.writeHead(304).end();
      response.writeHead(200, { 'last-modified': stamp, 'content-type': 'application/rss+xml' }).end(FEED);
    },
    '/gone.rss': (_request, response) => void response.writeHead(410).end(),
    '/one-bad-byte.rss': (_request, response) => {
      const [before, after] = FEED.split('</title>').map((part) => new TextEncoder().encode(part));
      const body = new Uint8Array([...before!, 0xff, ...new TextEncoder().encode('</title>'), ...after!]);
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetcher = () => createGuardedFetch({ resolveHost: async () => [], allowPrivateHosts: true, timeoutMs: 2000 });

describe('fetchDocument', () => {
  it('sends the stored ETag on the next run, even after the cache file was closed and reopened', async () => {
    const path = join(dir, 'cache.db');
    const first = createSqliteStorage(path);
    const run1 = await fetchDocument(`${server.origin}/etag.rss`, { fetch: fetcher(), cache: first }, { conditional: true });
    first.close();
    const second = createSqliteStorage(path);
    const run2 = await fetchDocument(`${server.origin}/etag.rss`, { fetch: fetcher(), cache: second }, { conditional: true });
    second.close();
    expect(run1.status).toBe('ok');
    expect(run2.status).toBe('not-modified');
    expect(run2.text).toBe(FEED);
  });

  it('uses Last-Modified when the server gives no ETag', async () => {
    const cache = createSqliteStorage(':memory:');
    await fetchDocument(`${server.origin}/last-modified.rss`, { fetch: fetcher(), cache }, { conditional: true });
    const again = await fetchDocument(`${server.origin}/last-modified.rss`, { fetch: fetcher(), cache }, { conditional: true });
    expect(again.status).toBe('not-modified');
    expect(again.text).toContain('Tin Đồng Tháp');
  });

  it('reads a UTF-8 feed with one invalid byte as UTF-8, the byte becoming U+FFFD', async () => {
    const cache = createSqliteStorage(':memory:');
    const result = await fetchDocument(`${server.origin}/one-bad-byte.rss`, { fetch: fetcher(), cache });
    expect(result.text).toContain('<title>Tin Đồng Tháp\uFFFD</title>');
  });

  it('throws a Vietnamese error naming the URL for a non-2xx answer', async () => {
    const cache = createSqliteStorage(':memory:');
    const error = await fetchDocument(`${server.origin}/gone.rss`, { fetch: fetcher(), cache }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).userMessage).toMatch(/gone\.rss: không còn trang này \(HTTP 410\)/);
  });
});

/** windows-1258 has precomposed vowels (ê, ơ, ư) but tone marks only as combining characters. */
function encode1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const legacy = [...text.normalize('NFC')].map((char) => {
    const decomposed = char.normalize('NFD');
    return decomposed.replace(tones, '').normalize('NFC') + (decomposed.match(tones) ?? []).join('');
  });
  return iconv.encode(legacy.join(''), 'windows-1258');
}

describe('decodeBody', () => {
  const vietnamese = 'Viện kiểm sát nhân dân tỉnh Đồng Tháp';

  it('decodes windows-1258 named in the HTTP header even when the prolog claims UTF-8', () => {
    const bytes = encode1258(`<?xml version="1.0" encoding="utf-8"?><t>${vietnamese}</t>`);
    expect(decodeBody(bytes, 'text/xml; charset=windows-1258')).toContain(vietnamese);
  });

  it('falls back to windows-1258 for legacy bytes that no label describes correctly', () => {
    const bytes = encode1258(`<?xml version="1.0" encoding="UTF-8"?><t>${vietnamese}</t>`);
    expect(decodeBody(bytes, 'application/xml')).toContain(vietnamese);
  });

  it('trusts valid UTF-8 over a wrong label and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`<t>${vietnamese}</t>`)]);
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1')).toBe(`<t>${vietnamese}</t>`);
    expect(decodeBody(new TextEncoder().encode(vietnamese), 'text/html; charset=windows-1252')).toBe(vietnamese);
  });

  it('keeps UTF-8 for a document that is UTF-8 but for a few stray bytes, whatever the labels say', () => {
    const text = Array.from({ length: 4 }, () => vietnamese).join(' — ');
    const bytes = new Uint8Array([0x80, ...new TextEncoder().encode(text), 0xff, 0xc3]);
    const expected = `\uFFFD${text}\uFFFD\uFFFD`;
    expect(decodeBody(bytes, 'text/xml; charset=utf-8')).toBe(expected);
    expect(decodeBody(bytes, null)).toBe(expected);
    expect(decodeBody(bytes, 'text/html; charset=windows-1258')).toBe(expected);
  });

  it('reads the charset from an HTML meta tag', () => {
    const bytes = iconv.encode('<html><head><meta charset="windows-1252"></head><body>café</body></html>', 'windows-1252');
    expect(decodeBody(bytes, 'text/html')).toContain('café');
  });

  it('returns NFC text for decomposed input', () => {
    const decoded = decodeBody(new TextEncoder().encode(vietnamese.normalize('NFD')), null);
    expect(decoded).toBe(vietnamese);
    expect(decoded).toBe(decoded.normalize('NFC'));
  });
});
