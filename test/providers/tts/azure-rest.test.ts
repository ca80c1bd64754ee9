import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BantinError } from '../../../src/domain/errors.ts';
import { createAzureRestTts } from '../../../src/providers/tts/azure-rest.ts';
import { startAzureSpeechServer } from './azure-speech-server.ts';
import { testTts } from './tts-contract.ts';

describe('createAzureRestTts against a local Azure-like server', () => {
  let server: Awaited<ReturnType<typeof startAzureSpeechServer>>;
  beforeAll(async () => {
    server = await startAzureSpeechServer();
  });
  afterAll(() => server.close());

  testTts('Azure REST voice', () => createAzureRestTts({ key: 'k', region: 'southeastasia', voice: 'vi-VN-HoaiMyNeural', endpoint: server.endpoint }));

  it('posts well-formed vi-VN SSML with the documented headers and decodes the 24 kHz WAV', async () => {
    const before = server.requests.length;
    const tts = createAzureRestTts({ key: 'secret-key', region: 'southeastasia', voice: 'vi-VN-NamMinhNeural', rate: 1.1, endpoint: server.endpoint });
    const audio = await tts.synthesize('Kính thưa các đồng chí. Bản tin hôm nay & ngày mai.', {});
    const request = server.requests[before]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/cognitiveservices/v1');
    expect(request.headers['ocp-apim-subscription-key']).toBe('secret-key');
    expect(request.headers['content-type']).toBe('application/ssml+xml');
    expect(request.headers['x-microsoft-outputformat']).toBe('riff-24khz-16bit-mono-pcm');
    expect(request.headers['user-agent']).toMatch(/\S/);
    expect(XMLValidator.validate(request.body)).toBe(true);
    expect(request.body).toContain('xml:lang="vi-VN"');
    expect(request.body).toContain('<voice name="vi-VN-NamMinhNeural">');
    expect(request.body).toContain('<prosody rate="+10%">');
    expect(request.body).toContain('Bản tin hôm nay &amp; ngày mai.');
    expect(audio.sampleRate).toBe(24_000);
    expect(audio.samples.length).toBeGreaterThan(24_000);
    expect(tts.engine).toBe('azure');
  });
});

describe('createAzureRestTts retries and errors', () => {
  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    const server = await startAzureSpeechServer([{ status: 429, headers: { 'Retry-After': '3' }, body: 'Too many requests' }]);
    const waits: number[] = [];
    try {
      const tts = createAzureRestTts({ key: 'k', region: 'r', voice: 'vi-VN-HoaiMyNeural', endpoint: server.endpoint, sleep: async (ms) => void waits.push(ms) });
      const audio = await tts.synthesize('Xin chào các đồng chí.', {});
      expect(audio.samples.length).toBeGreaterThan(0);
      expect(server.requests).toHaveLength(2);
      // Never less than asked; up to 10 % more keeps parallel segments from returning together.
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThanOrEqual(3000);
      expect(waits[0]).toBeLessThanOrEqual(3300);
    } finally {
      await server.close();
    }
  });

  it('backs off and retries after a 503 without Retry-After', async () => {
    const server = await startAzureSpeechServer([{ status: 503 }, { status: 502 }]);
    const waits: number[] = [];
    try {
      const tts = createAzureRestTts({ key: 'k', region: 'r', voice: 'vi-VN-HoaiMyNeural', endpoint: server.endpoint, sleep: async (ms) => void waits.push(ms) });
      await tts.synthesize('Xin chào.', {});
      expect(server.requests).toHaveLength(3);
      expect(waits).toHaveLength(2);
      expect(waits[1]!).toBeGreaterThan(waits[0]!);
    } finally {
      await server.close();
    }
  });

  it('gives a Vietnamese error naming AZURE_SPEECH_KEY on 401 and does not retry', async () => {
    const server = await startAzureSpeechServer([{ status: 401, body: 'Access denied due to invalid subscription key.' }]);
    try {
      const tts = createAzureRestTts({ key: 'wrong', region: 'r', voice: 'vi-VN-HoaiMyNeural', endpoint: server.endpoint, sleep: async () => {} });
      const error = await tts.synthesize('Xin chào.', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BantinError);
      expect((error as BantinError).userMessage).toMatch(/AZURE_SPEECH_KEY/);
      expect((error as BantinError).userMessage).toMatch(/từ chối khóa/);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('names the voice when Azure rejects the request with 400', async () => {
    const server = await startAzureSpeechServer([{ status: 400, body: 'Unsupported voice' }]);
    try {
      const tts = createAzureRestTts({ key: 'k', region: 'r', voice: 'vi-VN-KhongCoNeural', endpoint: server.endpoint, sleep: async () => {} });
      await expect(tts.synthesize('Xin chào.', {})).rejects.toThrow(/vi-VN-KhongCoNeural.*HTTP 400: Unsupported voice/);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('gives up with a clear error after every attempt fails', async () => {
    const server = await startAzureSpeechServer([{ status: 500 }, { status: 500 }, { status: 500 }]);
    try {
      const tts = createAzureRestTts({ key: 'k', region: 'r', voice: 'vi-VN-HoaiMyNeural', endpoint: server.endpoint, attempts: 3, sleep: async () => {} });
      await expect(tts.synthesize('Xin chào.', {})).rejects.toThrow(/không phản hồi sau nhiều lần thử \(HTTP 500\)/);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
