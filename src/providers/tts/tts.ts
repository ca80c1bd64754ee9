import type { SynthesizedAudio } from '../../domain/synthesized-audio.ts';

export type { SynthesizedAudio, WordTiming } from '../../domain/synthesized-audio.ts';

/**
 * The contract every voice implements. Input is text already normalized for speech
 * (numbers, dates and abbreviations expanded to words); the voice adds nothing of its own.
 */
export interface Tts {
  /** "espeak" or "azure": part of the segment cache key. */
  readonly engine: string;
  /** Voice name: part of the segment cache key. */
  readonly voice: string;
  synthesize(text: string, options: { signal?: AbortSignal }): Promise<SynthesizedAudio>;
  /** Frees worker threads or sockets. */
  close?(): Promise<void>;
}
