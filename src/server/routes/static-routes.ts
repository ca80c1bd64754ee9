import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { APP_CSS } from '../static/app-css.ts';
import { APP_JS } from '../static/app-js.ts';
import { MEETING_CSS } from '../../stages/meeting/meeting-style.ts';
import { MEETING_JS } from '../../stages/meeting/meeting-script.ts';

/** The stylesheet and the client script: fixed routes, no file system behind them. */
export function staticRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/static/app.css', (c) => c.body(APP_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  routes.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  routes.get('/static/meeting.css', (c) => c.body(MEETING_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  routes.get('/static/meeting.js', (c) => c.body(MEETING_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  routes.get('/favicon.ico', (c) => c.body(null, 204));
  routes.get('/healthz', (c) => c.json({ ok: true }));
  return routes;
}
