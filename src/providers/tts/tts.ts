/** One word's place in synthesized audio, for subtitles. */
export interface WordTiming {
  text: string;
  /** Seconds from the start of this segment. */
  start: number;
  end: number;
}

/** Mono 16-bit PCM audio of one spoken item. */
export interface SynthesizedAudio {
  sampleRate: number;
  samples: Int16Array;
  /** Present when the engine reports word boundaries (Azure). */
  words?: WordTiming[];
}

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
