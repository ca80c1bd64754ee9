import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeWav } from '../../../src/speech/audio/encode-wav.ts';
import { createFakeTts } from './fake-tts.ts';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers for one request; by default it speaks the text of the SSML. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'speak';

/**
 * A local stand-in for Azure's text-to-speech REST endpoint on 127.0.0.1: it reads the SSML,
 * "speaks" its text with the fake voice at 24 kHz and answers riff-24khz-16bit-mono-pcm WAV.
 * `script` decides the reply to each request in turn (then it speaks).
 */
export async function startAzureSpeechServer(script: Reply[] = []): Promise<{ endpoint: string; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const voice = createFakeTts({ sampleRate: 24_000 });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const reply = script[requests.length - 1] ?? 'speak';
      if (reply !== 'speak') {
        response.writeHead(reply.status, reply.headers ?? {});
        response.end(reply.body ?? '');
        return;
      }
      if (request.url !== '/cognitiveservices/v1' || !request.headers['ocp-apim-subscription-key']) {
        response.writeHead(404);
        response.end();
        return;
      }
      const text = body
        .replace(/<[^>]+>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
      const audio = await voice.synthesize(text, {});
      response.writeHead(200, { 'Content-Type': 'audio/wav' });
      response.end(Buffer.from(encodeWav(audio.samples, audio.sampleRate)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
