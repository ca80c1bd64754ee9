import type * as Sdk from 'microsoft-cognitiveservices-speech-sdk';
import { buildSsml } from '../../speech/ssml.ts';
import { azureAuthError, azureRequestError, azureUnavailableError } from './azure-errors.ts';
import { retry, RetryableError } from '../../fetch/retry.ts';
import type { SynthesizedAudio, Tts, WordTiming } from './tts.ts';

export interface AzureOptions {
  key: string;
  region: string;
  /** e.g. "vi-VN-HoaiMyNeural" or "vi-VN-NamMinhNeural". */
  voice: string;
  /** Speaking rate, 1 = normal. */
  rate?: number;
}

const SAMPLE_RATE = 24_000;
const TICKS_PER_SECOND = 10_000_000;

// The SDK takes about half a second to load; a run on the offline voice never needs it.
let sdkModule: Promise<typeof Sdk> | undefined;
const loadSdk = () => (sdkModule ??= import('microsoft-cognitiveservices-speech-sdk'));

const isTransient = (sdk: typeof Sdk, code: Sdk.CancellationErrorCode) =>
  [sdk.CancellationErrorCode.TooManyRequests, sdk.CancellationErrorCode.ConnectionFailure, sdk.CancellationErrorCode.ServiceTimeout, sdk.CancellationErrorCode.ServiceError].includes(code);

/**
 * Azure neural voices through the Speech SDK (Node): raw 24 kHz PCM plus word-boundary events,
 * which give word-level subtitles. One request per spoken item keeps each far below Azure's
 * 10-minute audio and 64 KB SSML limits.
 */
export function createAzureTts(options: AzureOptions): Tts {
  return {
    engine: 'azure',
    voice: options.voice,
    async synthesize(text, { signal }) {
      const ssml = buildSsml(text, { voice: options.voice, rate: options.rate, lang: 'vi-VN' });
      try {
        return await retry(() => speakOnce(ssml, options, signal), { attempts: 5, baseDelayMs: 1000, maxDelayMs: 20_000, signal });
      } catch (error) {
        if (error instanceof RetryableError) throw azureUnavailableError(error.message, error);
        throw error;
      }
    },
  };
}

async function speakOnce(ssml: string, options: AzureOptions, signal?: AbortSignal): Promise<SynthesizedAudio> {
  signal?.throwIfAborted();
  const sdk = await loadSdk();
  const config = sdk.SpeechConfig.fromSubscription(options.key, options.region);
  config.speechSynthesisOutputFormat = sdk.SpeechSynthesisOutputFormat.Raw24Khz16BitMonoPcm;
  // A null audio config keeps the audio in the result instead of playing it.
  const synthesizer = new sdk.SpeechSynthesizer(config, null);
  const words: WordTiming[] = [];
  synthesizer.wordBoundary = (_sender, event) => {
    if (event.boundaryType !== sdk.SpeechSynthesisBoundaryType.Word) return;
    const start = event.audioOffset / TICKS_PER_SECOND;
    words.push({ text: event.text, start, end: start + event.duration / TICKS_PER_SECOND });
  };
  return new Promise<SynthesizedAudio>((resolve, reject) => {
    const onAbort = () => {
      synthesizer.close();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    synthesizer.speakSsmlAsync(
      ssml,
      (result) => {
        signal?.removeEventListener('abort', onAbort);
        synthesizer.close();
        if (result.reason === sdk.ResultReason.SynthesizingAudioCompleted) {
          const data = result.audioData;
          resolve({ sampleRate: SAMPLE_RATE, samples: new Int16Array(data, 0, Math.floor(data.byteLength / 2)), words });
          return;
        }
        const details = sdk.CancellationDetails.fromResult(result);
        const detail = `${sdk.CancellationErrorCode[details.ErrorCode]}: ${details.errorDetails}`;
        if (details.ErrorCode === sdk.CancellationErrorCode.AuthenticationFailure || details.ErrorCode === sdk.CancellationErrorCode.Forbidden) reject(azureAuthError(detail));
        else if (isTransient(sdk, details.ErrorCode)) reject(new RetryableError(detail));
        else reject(azureRequestError(options.voice, detail));
      },
      (error) => {
        signal?.removeEventListener('abort', onAbort);
        synthesizer.close();
        reject(new RetryableError(String(error)));
      },
    );
  });
}
