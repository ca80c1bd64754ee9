import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What the fake server saw: one Chat Completions request body. */
export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string };
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to an OpenAI-style error for non-200 statuses. */
  json?: unknown;
  /** Never answer (the client must time out). */
  hang?: boolean;
  delayMs?: number;
}

export type Responder = (request: ChatRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeChatServer {
  baseURL: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

/** A completion body as an OpenAI-compatible server returns it. */
export function completion(content: string | null, extra: { refusal?: string; finishReason?: string; promptTokens?: number } = {}): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_790_000_000,
    model: 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: extra.refusal ?? null },
        finish_reason: extra.finishReason ?? 'stop',
      },
    ],
    usage: { prompt_tokens: extra.promptTokens ?? 0, completion_tokens: 0, total_tokens: extra.promptTokens ?? 0 },
  };
}

export function draftReply(draft: { headline: string; script: string; bullets: string[] }): FakeReply {
  return { json: completion(JSON.stringify(draft)) };
}

/** The data block between the random delimiters of the user message. */
export function delimitedData(request: ChatRequest): { delimiter: string; data: string } | null {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  const match = /(<<<DU_LIEU_[0-9a-f]+>>>)\n([\s\S]*)\n\1/.exec(user);
  return match ? { delimiter: match[1]!, data: match[2]! } : null;
}

/** Starts a Chat Completions server on 127.0.0.1 (a random port) that answers with `respond`. */
export async function startFakeChatServer(respond: Responder): Promise<FakeChatServer> {
  const requests: ChatRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
          res.writeHead(404).end();
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
        requests.push(body);
        const reply = await respond(body, requests.length - 1);
        if (reply.hang) return;
        if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
        const status = reply.status ?? 200;
        const json = reply.json ?? { error: { message: `fake error ${status}`, type: 'server_error' } };
        res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify(json));
      })();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake chat server has no port');
  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
