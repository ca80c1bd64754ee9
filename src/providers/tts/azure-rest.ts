import { decodeWav } from '../../speech/audio/decode-wav.ts';
import { buildSsml } from '../../speech/ssml.ts';
import { azureAuthError, azureRequestError, azureUnavailableError } from './azure-errors.ts';
import { parseRetryAfter } from '../../fetch/retry-after.ts';
import { retry, RetryableError } from '../../fetch/retry.ts';
import type { Tts } from './tts.ts';

export interface AzureRestOptions {
  key: string;
  region: string;
  /** e.g. "vi-VN-HoaiMyNeural" or "vi-VN-NamMinhNeural". */
  voice: string;
  /** Speaking rate, 1 = normal. */
  rate?: number;
  fetch?: typeof fetch;
  /** Default https://{region}.tts.speech.microsoft.com (tests point it at a local server). */
  endpoint?: string;
  /** Attempts per item, first included; default 5. */
  attempts?: number;
  /** Injected for tests that check the Retry-After wait without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Azure neural voices over the plain REST endpoint, using only `fetch`: the client for
 * Cloudflare Workers, where the SDK's WebSocket is unavailable. REST returns audio only, so
 * there are no word timings (subtitles fall back to sentence timing).
 * https://learn.microsoft.com/azure/ai-services/speech-service/rest-text-to-speech
 */
export function createAzureRestTts(options: AzureRestOptions): Tts {
  const doFetch = options.fetch ?? fetch;
  const url = `${(options.endpoint ?? `https://${options.region}.tts.speech.microsoft.com`).replace(/\/+$/, '')}/cognitiveservices/v1`;
  return {
    engine: 'azure',
    voice: options.voice,
    async synthesize(text, { signal }) {
      const body = buildSsml(text, { voice: options.voice, rate: options.rate, lang: 'vi-VN' });
      try {
        return await retry(
          async () => {
            let response: Response;
            try {
              response = await doFetch(url, {
                method: 'POST',
                headers: {
                  'Ocp-Apim-Subscription-Key': options.key,
                  'Content-Type': 'application/ssml+xml',
                  'X-Microsoft-OutputFormat': 'riff-24khz-16bit-mono-pcm',
                  'User-Agent': 'bantin',
                },
                body,
                signal,
              });
            } catch (cause) {
              if (signal?.aborted) throw cause;
              throw new RetryableError(`network error: ${(cause as Error).message}`, { cause });
            }
            if (response.ok) {
              const bytes = new Uint8Array(await response.arrayBuffer());
              if (bytes.byteLength <= 44) throw new RetryableError(`HTTP ${response.status} with an empty body`);
              return decodeWav(bytes);
            }
            const detail = `HTTP ${response.status}${await excerpt(response)}`;
            if (response.status === 401 || response.status === 403) throw azureAuthError(detail);
            if (response.status === 429 || response.status >= 500) {
              throw new RetryableError(detail, { retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
            }
            throw azureRequestError(options.voice, detail);
          },
          { attempts: options.attempts ?? 5, baseDelayMs: 1000, maxDelayMs: 20_000, signal, sleep: options.sleep },
        );
      } catch (error) {
        if (error instanceof RetryableError) throw azureUnavailableError(error.message, error);
        throw error;
      }
    },
  };
}

async function excerpt(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200);
  return text ? `: ${text}` : '';
}
