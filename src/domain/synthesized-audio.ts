/** One word's place in synthesized audio, for subtitles. */
export interface WordTiming {
  text: string;
  /** Seconds from the start of this segment. */
  start: number;
  end: number;
}

/** Mono 16-bit PCM audio of one spoken item, as a voice returns it and the speech code reads it. */
export interface SynthesizedAudio {
  sampleRate: number;
  samples: Int16Array;
  /** Present when the engine reports word boundaries (Azure). */
  words?: WordTiming[];
}
