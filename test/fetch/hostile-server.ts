import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse, hits: number) => void;

/** A local HTTP server on 127.0.0.1 that misbehaves on purpose; counts hits per path. */
export interface HostileServer {
  origin: string;
  port: number;
  hits: Map<string, number>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startHostileServer(routes: Record<string, Handler> = {}): Promise<HostileServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const handler = table.get(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('không có');
      return;
    }
    handler(request, response, count);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Canned misbehaviours. */
export const misbehave = {
  send(body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Handler {
    return (_request, response) => response.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);
  },
  status(status: number, headers: Record<string, string> = {}): Handler {
    return (_request, response) => response.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(`HTTP ${status}`);
  },
  /** Fails `times` times with `status` (and Retry-After), then serves `body`. */
  failThen(times: number, status: number, retryAfter: string | null, body: string): Handler {
    return (_request, response, hits) => {
      if (hits <= times) response.writeHead(status, retryAfter ? { 'retry-after': retryAfter } : {}).end('chờ');
      else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    };
  },
  stallAfterHeaders(): Handler {
    return (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    };
  },
  trickle(intervalMs = 1000): Handler {
    return (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => response.write('<'), intervalMs);
      response.on('close', () => clearInterval(timer));
    };
  },
  endless(): Handler {
    return (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once('drain', pump);
      };
      response.on('error', () => undefined);
      pump();
    };
  },
  gzipBomb(decompressedBytes: number): Handler {
    const body = gzipSync(Buffer.alloc(decompressedBytes, 0x20));
    return (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
  },
  redirect(location: string, status = 302): Handler {
    return (_request, response) => response.writeHead(status, { location }).end();
  },
};
