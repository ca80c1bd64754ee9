import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedFetch, type GuardedFetchOptions } from '../../src/fetch/guarded-fetch.ts';
import { FetchError } from '../../src/fetch/fetch-errors.ts';
import { pinnedFetchNode } from '../../src/fetch/pinned-fetch-node.ts';
import { misbehave, startHostileServer, type HostileServer } from './hostile-server.ts';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title></channel></rss>';
let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer({
    '/ok': misbehave.send(FEED),
    '/404': misbehave.status(404),
    '/500': misbehave.status(500),
    '/flaky': misbehave.failThen(1, 503, null, FEED),
    '/429': misbehave.failThen(1, 429, '1', FEED),
    '/429-long': misbehave.status(429, { 'retry-after': '3600' }),
    '/stall': misbehave.stallAfterHeaders(),
    '/trickle': misbehave.trickle(1000),
    '/endless': misbehave.endless(),
    '/bomb': misbehave.gzipBomb(20 * 1024 * 1024),
    '/big': misbehave.send('x'.repeat(300_000)),
    '/loop-a': misbehave.redirect('/loop-b'),
    '/loop-b': misbehave.redirect('/loop-a'),
    '/hop-1': misbehave.redirect('/hop-2', 301),
    '/hop-2': misbehave.redirect('/ok', 307),
  });
});
afterAll(() => server.close());

/** Loopback is opted in for the test server only by its exact origin; everything else stays guarded. */
function guarded(overrides: Partial<GuardedFetchOptions> = {}) {
  return createGuardedFetch({
    resolveHost: async () => ['203.0.113.200'],
    allowedOrigins: [server.origin],
    timeoutMs: 1500,
    maxBytes: 256 * 1024,
    retryBaseMs: 10,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('createGuardedFetch against a misbehaving server', () => {
  it('returns a fully read body for a normal answer', async () => {
    const response = await guarded()(`${server.origin}/ok`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FEED);
  });

  it('returns 404 and 500 as responses for the caller to judge, after retrying the 500', async () => {
    expect((await guarded()(`${server.origin}/404`)).status).toBe(404);
    const before = server.hits.get('/500') ?? 0;
    expect((await guarded({ retries: 2 })(`${server.origin}/500`)).status).toBe(500);
    expect(server.hits.get('/500')! - before).toBe(3);
  });

  it('retries a 503 and then succeeds', async () => {
    const response = await guarded()(`${server.origin}/flaky`);
    expect(response.status).toBe(200);
  });

  it('waits for a short Retry-After on 429 and then succeeds', async () => {
    const response = await guarded({ timeoutMs: 4000 })(`${server.origin}/429`);
    expect(response.status).toBe(200);
    expect(server.hits.get('/429')).toBe(2);
  });

  it('does not wait for a Retry-After longer than the cap', async () => {
    const response = await guarded()(`${server.origin}/429-long`);
    expect(response.status).toBe(429);
    expect(server.hits.get('/429-long')).toBe(1);
  });

  it('ends a stall after the headers at the total deadline', async () => {
    const error = await failure(guarded({ timeoutMs: 500 })(`${server.origin}/stall`));
    expect(error.kind).toBe('timeout');
    expect(error.userMessage).toContain('/stall');
  });

  it('ends a 1 byte per second trickle at the total deadline', async () => {
    const error = await failure(guarded({ timeoutMs: 1200 })(`${server.origin}/trickle`));
    expect(error.kind).toBe('timeout');
  });

  it('stops an endless body at the size cap', async () => {
    const error = await failure(guarded()(`${server.origin}/endless`));
    expect(error.kind).toBe('too-large');
  });

  it('stops a gzip bomb at the cap on decompressed bytes', async () => {
    const error = await failure(guarded()(`${server.origin}/bomb`));
    expect(error.kind).toBe('too-large');
  });

  it('refuses a declared body larger than the cap', async () => {
    const error = await failure(guarded({ maxBytes: 100_000 })(`${server.origin}/big`));
    expect(error.kind).toBe('too-large');
  });

  it('follows a few redirects and reports the final URL', async () => {
    const response = await guarded()(`${server.origin}/hop-1`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.origin}/ok`);
    expect(response.redirected).toBe(true);
  });

  it('gives up on a redirect loop after 5 hops', async () => {
    const before = (server.hits.get('/loop-a') ?? 0) + (server.hits.get('/loop-b') ?? 0);
    const error = await failure(guarded()(`${server.origin}/loop-a`));
    expect(error.kind).toBe('too-many-redirects');
    expect((server.hits.get('/loop-a') ?? 0) + (server.hits.get('/loop-b') ?? 0) - before).toBe(6);
  });

  it('refuses a redirect hop to another loopback address before connecting', async () => {
    for (const target of [`http://127.0.0.2:${server.port}/ok`, `http://[::1]:${server.port}/ok`, `http://localhost:${server.port}/ok`, `http://2130706434:${server.port}/ok`, 'http://169.254.169.254/latest/meta-data/']) {
      server.route('/to-private', misbehave.redirect(target));
      const error = await failure(guarded()(`${server.origin}/to-private`));
      expect({ target, kind: error.kind }).toEqual({ target, kind: 'blocked-host' });
    }
  });

  it('refuses a public-looking name that resolves to 127.0.0.1, without any request reaching the server', async () => {
    const before = server.hits.get('/ok') ?? 0;
    const fetcher = createGuardedFetch({ resolveHost: async () => ['127.0.0.1'], timeoutMs: 1000 });
    const error = await failure(fetcher(`http://tin-dong-thap.example:${server.port}/ok`));
    expect(error.kind).toBe('blocked-host');
    expect(error.userMessage).toContain('--allow-private-hosts');
    expect(server.hits.get('/ok') ?? 0).toBe(before);
  });

  it('refuses IP literals of private addresses in any notation', async () => {
    const fetcher = createGuardedFetch({ resolveHost: async () => ['203.0.113.200'], timeoutMs: 1000 });
    for (const url of [`http://0x7f.1:${server.port}/ok`, `http://017700000001:${server.port}/ok`, `http://[::ffff:127.0.0.1]:${server.port}/ok`, `http://0.0.0.0:${server.port}/ok`]) {
      const error = await failure(fetcher(url));
      expect({ url, kind: error.kind }).toEqual({ url, kind: 'blocked-host' });
    }
  });

  it('reaches a loopback server when private hosts are allowed', async () => {
    const fetcher = createGuardedFetch({ resolveHost: async () => ['127.0.0.1'], allowPrivateHosts: true, timeoutMs: 1000 });
    expect((await fetcher(`http://127.0.0.1:${server.port}/ok`)).status).toBe(200);
  });

  it('refuses schemes other than http and https', async () => {
    const error = await failure(guarded()('file:///etc/passwd'));
    expect(error.kind).toBe('unsupported-url');
  });

  it('names a DNS failure in Vietnamese', async () => {
    const fetcher = createGuardedFetch({ resolveHost: async () => Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' })), timeoutMs: 1000 });
    const error = await failure(fetcher('https://khong-ton-tai.example/rss.xml'));
    expect(error.kind).toBe('dns');
    expect(error.userMessage).toContain('không tìm thấy tên miền khong-ton-tai.example');
  });
});

describe('the connection pinned to the checked address', () => {
  it('connects to the address the guard resolved and checked, never asking DNS again', async () => {
    const pinned = await startHostileServer({ '/tin.rss': misbehave.send('<rss version="2.0"><channel><title>Tin</title></channel></rss>') });
    try {
      const lookups: string[] = [];
      const guarded = createGuardedFetch({
        // A name no resolver knows: only the checked answer can reach the server.
        resolveHost: async (host) => (lookups.push(host), ['127.0.0.1']),
        allowPrivateHosts: true,
        pinnedFetch: pinnedFetchNode,
        timeoutMs: 5000,
      });
      const response = await guarded(`http://tin.doi-ten.invalid:${pinned.port}/tin.rss`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Tin</title>');
      expect(lookups).toEqual(['tin.doi-ten.invalid']);
    } finally {
      await pinned.close();
    }
  });

  it('still refuses a name whose checked address is private', async () => {
    const guarded = createGuardedFetch({ resolveHost: async () => ['10.0.0.7'], pinnedFetch: pinnedFetchNode, timeoutMs: 2000 });
    await expect(guarded('http://noi-bo.example/tin.rss')).rejects.toMatchObject({ userMessage: expect.stringContaining('địa chỉ nội bộ (10.0.0.7)') });
  });
});
