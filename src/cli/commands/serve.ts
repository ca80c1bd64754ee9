import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { Command } from '../command.ts';
import { BantinError } from '../../domain/errors.ts';
import { startApp } from '../../server/app.tsx';
import { createNodeApp } from '../../runtime/node-app.ts';

const USAGE = `Cách dùng: bantin serve [--port N] [--host ĐỊA_CHỈ] [--demo]

Chạy ứng dụng web bantin (mặc định http://localhost:8787).

Tùy chọn:
  --port N       cổng (mặc định biến PORT, hoặc 8787)
  --host ĐỊA_CHỈ địa chỉ lắng nghe (mặc định biến HOST, hoặc 127.0.0.1: chỉ máy này truy cập được)
  --demo         dùng tin mẫu ngoại tuyến (hoặc BANTIN_DEMO=1; tự bật khi chưa có danh mục nguồn tin)

Biến môi trường:
  BANTIN_DATA_DIR        thư mục dữ liệu (mặc định .bantin trong thư mục hiện tại)
  BANTIN_ADMIN_PASSWORD  mật khẩu tài khoản "admin" tạo lần chạy đầu tiên
                         (không đặt thì mật khẩu ngẫu nhiên được in ra một lần)
  BANTIN_CATALOG         tệp danh mục nguồn tin (mặc định feeds/catalog.json)
`;

export const serveCommand: Command = {
  name: 'serve',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' }, demo: { type: 'boolean', default: false } } });
    const port = Number(values.port ?? process.env.PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.stderr(`Cổng "${values.port ?? process.env.PORT}" không hợp lệ. Dùng một số từ 1 đến 65535.\n`);
      return 2;
    }
    const hostname = values.host ?? process.env.HOST ?? '127.0.0.1';
    const nodeApp = await createNodeApp({ env: process.env, demo: values.demo || process.env.BANTIN_DEMO === '1', log: (line) => io.stderr(`${line}\n`) });
    const { app, workflows } = await startApp(nodeApp.services, { adminPassword: process.env.BANTIN_ADMIN_PASSWORD });
    const server = serve({ fetch: app.fetch, port, hostname });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    }).catch(async (error: NodeJS.ErrnoException) => {
      await nodeApp.close();
      throw error.code === 'EADDRINUSE' ? new BantinError('server', `cổng ${port} đang được dùng. Đặt biến PORT để chọn cổng khác.`) : error;
    });
    const address = server.address();
    const shownPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
    io.stderr(`bantin đang chạy tại http://${shownHost}:${shownPort} (dữ liệu: ${nodeApp.dataDir}). Dừng bằng Ctrl+C.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        io.stderr('Đang dừng…\n');
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await workflows.runner.stopAll();
    await nodeApp.close();
    return 0;
  },
};
