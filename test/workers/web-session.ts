/** What the Worker's default export answers (the `exports.default` of cloudflare:workers). */
export interface WorkerFetcher {
  fetch(request: Request): Promise<Response>;
}

/** A signed-in browser on one cell's host: its cookie, its CSRF token, and same-origin requests. */
export interface WebSession {
  json<T>(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: T }>;
  /** Submits a page form (with the session's _csrf field); returns the response status. */
  form(path: string, fields?: Record<string, string>): Promise<number>;
  get(path: string): Promise<Response>;
}

/** Signs in to the cell served at `host` through its JSON API, as the browser's pages do. */
export async function signIn(worker: WorkerFetcher, host: string, username: string, password: string): Promise<WebSession> {
  const origin = `http://${host}`;
  const login = await worker.fetch(new Request(`${origin}/api/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) }));
  if (login.status !== 200) throw new Error(`sign-in to ${host} failed: HTTP ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const get = (path: string) => worker.fetch(new Request(`${origin}${path}`, { headers: { cookie } }));
  const me = (await (await get('/api/me')).json()) as { csrf: string };
  return {
    get,
    async json<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const response = await worker.fetch(
        new Request(`${origin}${path}`, {
          method: init.method ?? 'GET',
          headers: { cookie, origin, 'content-type': 'application/json' },
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        }),
      );
      return { status: response.status, body: (await response.json()) as T };
    },
    async form(path: string, fields: Record<string, string> = {}) {
      const body = new URLSearchParams({ ...fields, _csrf: me.csrf });
      const response = await worker.fetch(new Request(`${origin}${path}`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' }, body, redirect: 'manual' }));
      await response.arrayBuffer();
      return response.status;
    },
  };
}
