/**
 * Why a summarizer could not write a story. writeStory turns every kind into the extractive
 * fallback; the message (Vietnamese) goes into the run report and the story's check note.
 */
export type SummarizerErrorKind = 'invalid-output' | 'refusal' | 'timeout' | 'rate-limited' | 'unavailable';

export class SummarizerError extends Error {
  readonly kind: SummarizerErrorKind;

  constructor(kind: SummarizerErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SummarizerError';
    this.kind = kind;
  }
}
