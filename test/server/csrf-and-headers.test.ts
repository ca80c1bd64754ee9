import { describe, expect, it } from 'vitest';
import { createTestApp, ADMIN_PASSWORD } from './test-app.ts';

describe('CSRF protection', () => {
  it('refuses a JSON request with no Origin and no Sec-Fetch-Site', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const response = await test.app.request('/api/briefings', { method: 'POST', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toContain('CSRF');
    expect(test.engine.generateCalls).toBe(0);
  });

  it('refuses a JSON request from another origin, and a cross-site fetch', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const foreign = await client.request('/api/briefings', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const crossSite = await test.app.request('/api/briefings', { method: 'POST', headers: { cookie: client.cookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, body: '{}' });
    expect(crossSite.status).toBe(403);
    const sameSite = await test.app.request('/api/briefings', { method: 'POST', headers: { cookie: client.cookie, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, body: '{}' });
    expect(sameSite.status).toBe(403);
  });

  it('accepts a same-origin JSON request identified only by Sec-Fetch-Site', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const response = await test.app.request('/api/briefings', { method: 'POST', headers: { cookie: client.cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(202);
  });

  it('refuses a sign-in posted from another site', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a same-origin form without the session token, or with a wrong one', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const fields = { id: 'moi-1', name: 'Nguồn mới', url: 'https://example.org/rss', section: 'tinh', kind: 'rss' };
    const missing = await client.request('/sources', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
    expect(missing.status).toBe(403);
    const wrong = await client.request('/sources', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...fields, _csrf: 'x'.repeat(32) }).toString() });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toContain('tải lại trang');
    const right = await client.form('/sources', fields);
    expect(right.status).toBe(303);
    const catalog = await test.workflows.cell.catalog();
    expect(catalog.feeds.filter((feed) => feed.id === 'moi-1')).toHaveLength(1);
  });
});

describe('secure headers', () => {
  it('sends a strict Content-Security-Policy and the usual secure headers on pages', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/login');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('renders pages in Vietnamese with no inline script or style', async () => {
    const { app } = await createTestApp();
    const html = await (await app.request('/login')).text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Đăng nhập');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('serves the client script and stylesheet from fixed same-origin routes', async () => {
    const { app } = await createTestApp();
    const script = await app.request('/static/app.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('EventSource');
    expect((await app.request('/static/../static/app.js')).status).not.toBe(500);
    expect((await app.request('/static/other.js')).status).toBe(404);
  });
});
