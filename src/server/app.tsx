import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { BantinError } from '../domain/errors.ts';
import type { AppEnv } from './app-env.ts';
import { ensureAdmin } from './auth/accounts.ts';
import { readSession } from './auth/sessions.ts';
import { backTo, setFlash } from './flash.ts';
import { InputError } from './http-helpers.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { authRoutes } from './routes/auth-routes.tsx';
import { passwordRoutes } from './routes/password-routes.tsx';
import { shareRoutes } from './routes/share-routes.tsx';
import { editorRoutes } from './routes/editor-routes.tsx';
import { fileRoutes } from './routes/file-routes.ts';
import { listenRoutes } from './routes/listen-routes.tsx';
import { manageRoutes } from './routes/manage-routes.tsx';
import { meetingRoutes } from './routes/meeting-routes.ts';
import { topicRoutes } from './routes/topic-routes.tsx';
import { staticRoutes } from './routes/static-routes.ts';
import { sameOriginGuard } from './security/csrf-guard.ts';
import { securityHeaders } from './security/security-headers.ts';
import type { AppServices } from './services.ts';
import { ErrorPage } from './views/error-page.tsx';
import { createWorkflows, type Workflows } from './workflows.ts';

/** Forms and JSON bodies other than the topic upload stay small. */
export const MAX_FORM_BYTES = 256 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The web app: runtime-neutral (Web standards only), every reach outside it in `services`.
 * Serve `app.fetch` with @hono/node-server on Node or export it from a Worker.
 */
export function createApp(services: AppServices): { app: Hono<AppEnv>; workflows: Workflows } {
  const workflows = createWorkflows(services);
  const app = new Hono<AppEnv>();
  const maxUpload = services.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  app.use(securityHeaders());
  app.use(async (c, next) => {
    c.set('services', services);
    c.set('session', c.req.path.startsWith('/static/') ? null : await readSession(c, services.store, services.now()));
    await next();
  });
  app.use(sameOriginGuard());
  app.use(async (c, next) => {
    const limit = c.req.method === 'POST' && c.req.path === '/topic' ? maxUpload : MAX_FORM_BYTES;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new InputError(`Dữ liệu gửi lên quá lớn (tối đa ${String(Math.round((limit / 1024 / 1024) * 10) / 10).replace('.', ',')} MB).`, 413);
      },
    })(c, next);
  });

  app.route('/', staticRoutes());
  app.route('/', authRoutes(workflows));
  app.route('/', passwordRoutes());
  app.route('/', shareRoutes(workflows));
  app.route('/', apiRoutes(workflows));
  app.route('/', fileRoutes(workflows));
  app.route('/', listenRoutes(workflows));
  app.route('/', meetingRoutes(workflows));
  app.route('/', editorRoutes(workflows));
  app.route('/', topicRoutes(workflows));
  app.route('/', manageRoutes(workflows));

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'Không tìm thấy.' }, 404);
    return c.html(<ErrorPage session={c.get('session') ?? null} title="Không tìm thấy trang" message="Địa chỉ này không có trong bantin." />, 404);
  });

  app.onError((error, c) => {
    const api = c.req.path.startsWith('/api/');
    const known = error instanceof InputError ? { status: error.status, message: error.userMessage } : error instanceof BantinError ? { status: 400 as const, message: error.userMessage } : error instanceof HTTPException ? { status: error.status, message: error.message || 'Yêu cầu không hợp lệ.' } : null;
    if (!known) services.logger.error(`lỗi khi xử lý ${c.req.method} ${c.req.path}`, error);
    const status = known?.status ?? 500;
    const message = known?.message ?? 'Đã xảy ra lỗi trên máy chủ. Chi tiết đã được ghi vào nhật ký; hãy thử lại.';
    if (api) return c.json({ error: message }, status);
    // A body no form could have produced gets its 400 plainly; a form the user filled in wrong goes back with a message.
    const malformed = error instanceof HTTPException && status === 400;
    if (c.req.method === 'POST' && known && status !== 403 && status !== 401 && !malformed && c.get('session')) {
      setFlash(c, { kind: 'error', text: message });
      return c.redirect(backTo(c, '/'), 303);
    }
    return c.html(<ErrorPage session={c.get('session') ?? null} title={status === 403 ? 'Không được phép' : status === 413 ? 'Dữ liệu quá lớn' : 'Có lỗi xảy ra'} message={message} />, status);
  });

  return { app, workflows };
}

/** createApp plus the first-start admin account (BANTIN_ADMIN_PASSWORD or a random one printed once). */
export async function startApp(services: AppServices, options: { adminPassword?: string } = {}): Promise<{ app: Hono<AppEnv>; workflows: Workflows }> {
  await ensureAdmin(services.store, services.passwords, services.logger, services.now(), options.adminPassword);
  return createApp(services);
}
