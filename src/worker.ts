/**
 * The Cloudflare Workers entry: the web app per cell (fetch), the hourly scheduler (scheduled) and
 * the fan-out consumers (queue). Everything it reaches comes from the bindings in wrangler.toml.
 */
import { waitUntil } from 'cloudflare:workers';
import type { Hono } from 'hono';
import { startApp } from './server/app.tsx';
import type { AppEnv } from './server/app-env.ts';
import { createWorkerDeps } from './runtime/workers.ts';
import type { WorkerEnv } from './workers/bindings.ts';
import { handleDeadLetter, handleWork } from './workers/work-handlers.ts';
import { startDueBulletins } from './workers/start-due-bulletins.ts';
import { createCellServices } from './workers/web-services.ts';
import { WorkMessageSchema } from './workers/work-message.ts';
import { cellFromHost } from './workers/cell-from-host.ts';

interface QueueMessage {
  body: unknown;
  attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

const DEAD_LETTER_QUEUE = 'bantin-dead-letter';
/** One app per cell per isolate: the job runner and its progress streams live in it. */
const apps = new Map<string, Promise<Hono<AppEnv> | null>>();

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/healthz') return new Response('ok', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const cellId = cellFromHost(url.hostname, env.DEFAULT_CELL);
    if (!cellId) return notFound('Địa chỉ này không thuộc chi bộ nào. Mỗi chi bộ có địa chỉ riêng dạng <mã chi bộ>.<tên miền>.');
    let app = apps.get(cellId);
    if (!app) {
      app = (async () => {
        const services = await createCellServices(cellId, createWorkerDeps(env), { keepAlive: waitUntil });
        return services ? (await startApp(services, { adminPassword: env.BANTIN_ADMIN_PASSWORD })).app : null;
      })();
      apps.set(cellId, app);
      app.catch(() => apps.delete(cellId));
    }
    const ready = await app;
    if (!ready) {
      apps.delete(cellId);
      return notFound(`Chưa có chi bộ "${cellId}" trong cơ sở dữ liệu. Thêm chi bộ vào bảng cells của D1 (xem docs/workers.md).`);
    }
    return ready.fetch(request);
  },

  async scheduled(controller: { scheduledTime: number }, env: WorkerEnv): Promise<void> {
    await startDueBulletins(new Date(controller.scheduledTime), createWorkerDeps(env));
  },

  async queue(batch: { queue: string; messages: readonly QueueMessage[] }, env: WorkerEnv): Promise<void> {
    const deps = createWorkerDeps(env);
    // Messages of one batch run one after another: each may fan out to up to 6 connections (the per-invocation cap).
    for (const message of batch.messages) {
      const parsed = WorkMessageSchema.safeParse(message.body);
      if (!parsed.success) {
        deps.logger.error(`bỏ tin nhắn hỏng trong hàng đợi ${batch.queue}: ${JSON.stringify(message.body).slice(0, 200)}`);
        message.ack();
        continue;
      }
      try {
        if (batch.queue.startsWith(DEAD_LETTER_QUEUE)) await handleDeadLetter(parsed.data, deps);
        else await handleWork(parsed.data, deps);
        message.ack();
      } catch (error) {
        deps.logger.error(`việc ${parsed.data.kind} lỗi (lần ${message.attempts}), sẽ thử lại`, error);
        message.retry({ delaySeconds: Math.min(300, 5 * 2 ** message.attempts) });
      }
    }
  },
};

function notFound(message: string): Response {
  return new Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
